// regc's own version, from its package.json: `regc --version`, and beside each policy's version in what the
// HTTP service answers and in SARIF reports.
import { readFileSync } from "node:fs";

export const REGC_VERSION: string = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;
