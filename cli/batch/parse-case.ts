// A case's text (a JSON line, a person's CSV rows) or a person's Parquet rows → its JSON value, or the problem
// with it.
import { parseCaseJson } from "../../runtime/case-json.js";
import { CaseError } from "../../runtime/errors.js";
import type { AnyModule } from "../../runtime/evaluate.js";
import type { Text } from "../../runtime/lang.js";
import { splitCsvLine } from "./csv.js";
import { caseFromRecords } from "./records.js";
import type { CaseText } from "./cases.js";
import type { WorkerSetup } from "./protocol.js";

/** A case read, or why it could not be: in both languages, the English as the result file writes it. */
export type ParsedCase = { json: unknown } | { problem: Text };

export function parseCase(mod: AnyModule, setup: WorkerSetup, c: CaseText): ParsedCase {
  if (c.rows) return { json: caseFromRecords(setup.header, c.rows, mod.person, mod.claim) };
  return setup.format === "csv" ? { json: caseFromRecords(setup.header, c.lines.map(splitCsvLine), mod.person, mod.claim) } : parseJsonCase(c.lines[0]!);
}

/** One line of JSON Lines; a problem said of the line at `$` (`not valid JSON: …` / `该行不是有效的 JSON：…`). */
export function parseJsonCase(text: string): ParsedCase {
  try {
    return { json: parseCaseJson(text, "the line") };
  } catch (e) {
    if (!(e instanceof CaseError)) throw e;
    const { en, zh } = e.problems[0]!.message;
    return { problem: { en: en.replace(/^the line (is )?/, ""), zh } };
  }
}

/** The `id` a case gives its person, if any (a field the schema does not read). */
export function personIdOf(json: unknown): string | undefined {
  const person = (json as { person?: { id?: unknown } } | null)?.person;
  return typeof person?.id === "string" ? person.id : undefined;
}
