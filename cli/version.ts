// regc's own version, from its package.json: `regc --version`, and beside each policy's version in what the
// HTTP service answers and in SARIF reports.
import { readFileSync } from "node:fs";
import { regcFile } from "./regc-root.js";

export const REGC_VERSION: string = (JSON.parse(readFileSync(regcFile("package.json"), "utf8")) as { version: string }).version;
