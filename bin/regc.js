#!/usr/bin/env node
// Runs regc compiled (dist/, built by `npm run build`, which `npm ci` runs through `prepare`): a command loads
// only the JavaScript it needs. In a checkout where a source is newer than the build (an edit, a pull, a
// `regc build` that rewrote generated/), the TypeScript sources run through tsx instead, so a command never runs
// code older than what is on disk; `npm run build` makes it fast again. The installed package has no sources.
import { distCurrent } from "./dist-current.js";

let entry = { main: "../dist/cli/main.js", io: "../dist/cli/io.js" };
if (!distCurrent(new URL("..", import.meta.url))) {
  const { register } = await import("tsx/esm/api");
  register();
  entry = { main: "../cli/main.ts", io: "../cli/io.ts" };
}
const { main } = await import(entry.main);
const { processIo } = await import(entry.io);
process.exitCode = await main(process.argv.slice(2), processIo());
