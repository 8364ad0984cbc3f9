// `npm run docs`: the parts of docs/ generated from the sources — the table of built-in functions in
// docs/language.md, from compiler/builtins/, and the catalogued diagnostics of docs/diagnostics.md in English and
// Chinese, from compiler/messages/. Each generated part stands between two markers:
//   <!-- generated: functions (npm run docs) -->  …  <!-- end: functions -->
// and a test fails when one is out of date (test/docs/).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { BUILTINS } from "../compiler/builtins/index.js";
import { CATALOGUE, type Family } from "../compiler/messages/catalogue.js";
import type { Entry } from "../dsl/messages/entry.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

export function functionTable(): string {
  const rows = BUILTINS.map((b) => `| \`${b.signature}\` | ${b.doc} |`);
  return ["| function | gives |", "|---|---|", ...rows].join("\n");
}

/** A table cell: no line breaks, and "|" escaped. */
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

function diagnosticRow(e: Entry<never>): string {
  const en = `${e.message.en(e.example)} — help: ${e.help.en(e.example)}`;
  const zh = `${e.message.zh(e.example)}——帮助：${e.help.zh(e.example)}`;
  return `| ${e.code} | ${cell(e.title.en)} | ${cell(e.title.zh)} | ${code(e.sample)} | ${cell(en)} | ${cell(zh)} |`;
}

/** The catalogued codes of a family: what each means, an example, and what regc says of it in both languages. */
export function diagnosticTable(family: Family): string {
  const rows = [...family.entries].sort((a, b) => (a.code < b.code ? -1 : 1)).map(diagnosticRow);
  return ["| code | meaning | 含义 | example | message and help | 信息与帮助 |", "|---|---|---|---|---|---|", ...rows].join("\n");
}

/** The name of a family's generated region in docs/diagnostics.md. */
export const diagnosticRegion = (family: Family) => `diagnostics ${family.heading.toLowerCase()}`;

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
  const diagnostics = join(ROOT, "docs/diagnostics.md");
  writeFileSync(
    diagnostics,
    CATALOGUE.reduce((text, f) => replaceRegion(text, diagnosticRegion(f), diagnosticTable(f)), readFileSync(diagnostics, "utf8")),
  );
}
