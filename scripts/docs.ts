// `npm run docs`: the parts of docs/ generated from the sources — the table of built-in functions in
// docs/language.md, from compiler/builtins/. Each generated part stands between two markers:
//   <!-- generated: functions (npm run docs) -->  …  <!-- end: functions -->
// and a test fails when one is out of date (test/docs/).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { BUILTINS } from "../compiler/builtins/index.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

export function functionTable(): string {
  const rows = BUILTINS.map((b) => `| \`${b.signature}\` | ${b.doc} |`);
  return ["| function | gives |", "|---|---|", ...rows].join("\n");
}

const open = (name: string) => `<!-- generated: ${name} (npm run docs) -->`;
const close = (name: string) => `<!-- end: ${name} -->`;

/** The text between a generated part's markers. */
export function regionOf(text: string, name: string): string | undefined {
  const start = text.indexOf(open(name));
  const end = text.indexOf(close(name));
  return start < 0 || end < start ? undefined : text.slice(start + open(name).length, end).trim();
}

function replaceRegion(text: string, name: string, body: string): string {
  const start = text.indexOf(open(name));
  const end = text.indexOf(close(name));
  if (start < 0 || end < start) throw new Error(`no ${open(name)} … ${close(name)} in the file`);
  return `${text.slice(0, start)}${open(name)}\n${body}\n${text.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = join(ROOT, "docs/language.md");
  writeFileSync(file, replaceRegion(readFileSync(file, "utf8"), "functions", functionTable()));
}
