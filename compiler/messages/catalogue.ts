// Every catalogued diagnostic, by family: the one list docs/diagnostics.md is generated from (npm run docs) and
// the tests read (each entry used, each code once, both languages rendered).
import type { Entry } from "../../dsl/messages/entry.js";
import * as limits from "../../dsl/messages/limits.js";
import * as parser from "../../dsl/messages/parser.js";
import * as syntax from "../../dsl/messages/syntax.js";
import * as calendar from "./calendar.js";
import * as caseInputs from "./case-inputs.js";
import * as citations from "./citations.js";
import * as coverage from "./coverage.js";
import * as cycles from "./cycles.js";
import * as deadline from "./deadline.js";
import * as documents from "./documents.js";
import * as exactNumbers from "./exact-numbers.js";
import * as names from "./names.js";
import * as ruleFiles from "./rule-files.js";
import * as sourceFiles from "./source-files.js";
import * as sources from "./sources.js";
import * as tables from "./tables.js";
import * as types from "./types.js";

/** Entries of one family, and the `## heading` of docs/diagnostics.md whose table they head. */
export interface Family {
  heading: string;
  entries: Entry<never>[];
}

const entriesOf = (module: Record<string, unknown>): Entry<never>[] =>
  Object.values(module).filter((v): v is Entry<never> => typeof v === "object" && v !== null && "code" in v && "message" in v);

export const CATALOGUE: readonly Family[] = [
  { heading: "Syntax", entries: [...entriesOf(syntax), ...entriesOf(parser), ...entriesOf(limits), ...entriesOf(ruleFiles)] },
  { heading: "Names", entries: entriesOf(names) },
  { heading: "Types and units", entries: [...entriesOf(types), ...entriesOf(caseInputs), ...entriesOf(exactNumbers)] },
  { heading: "Tables, bands and exceptions", entries: entriesOf(tables) },
  { heading: "Citations and rulings", entries: entriesOf(citations) },
  { heading: "Cycles", entries: entriesOf(cycles) },
  { heading: "Documents", entries: entriesOf(documents) },
  { heading: "Sources and citations", entries: [...entriesOf(sources), ...entriesOf(sourceFiles), ...entriesOf(coverage)] },
  { heading: "Calendar", entries: [...entriesOf(calendar), ...entriesOf(deadline)] },
];

/** The modules whose exports are entries, by the file that declares them (for the test that each is used). */
export const CATALOGUE_FILES: Record<string, Record<string, unknown>> = {
  "dsl/messages/syntax.ts": syntax,
  "dsl/messages/parser.ts": parser,
  "dsl/messages/limits.ts": limits,
  "compiler/messages/rule-files.ts": ruleFiles,
  "compiler/messages/names.ts": names,
  "compiler/messages/types.ts": types,
  "compiler/messages/case-inputs.ts": caseInputs,
  "compiler/messages/exact-numbers.ts": exactNumbers,
  "compiler/messages/tables.ts": tables,
  "compiler/messages/citations.ts": citations,
  "compiler/messages/cycles.ts": cycles,
  "compiler/messages/sources.ts": sources,
  "compiler/messages/source-files.ts": sourceFiles,
  "compiler/messages/coverage.ts": coverage,
  "compiler/messages/calendar.ts": calendar,
  "compiler/messages/deadline.ts": deadline,
  "compiler/messages/documents.ts": documents,
};
