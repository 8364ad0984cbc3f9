#!/usr/bin/env node
// Runs the TypeScript sources directly (tsx) so that `npx regc` works right after `npm ci`, and so that
// `regc run` can load the generated rule modules it has just rebuilt.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../cli/main.ts");
const { processIo } = await import("../cli/io.ts");
process.exitCode = await main(process.argv.slice(2), processIo());
