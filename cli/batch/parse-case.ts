// A case's text (a JSON line, a person's CSV rows) or a person's Parquet rows → its JSON value, or the problem
// with it.
import { parseCaseJson } from "../../runtime/case-json.js";
import { CaseError } from "../../runtime/errors.js";
import type { AnyModule } from "../../runtime/evaluate.js";
import { splitCsvLine } from "./csv.js";
import { caseFromRecords } from "./records.js";
import type { CaseText } from "./cases.js";
import type { WorkerSetup } from "./protocol.js";

export type ParsedCase = { json: unknown } | { problem: string };

export function parseCase(mod: AnyModule, setup: WorkerSetup, c: CaseText): ParsedCase {
  if (c.rows) return { json: caseFromRecords(setup.header, c.rows, mod.person, mod.claim) };
  return setup.format === "csv" ? { json: caseFromRecords(setup.header, c.lines.map(splitCsvLine), mod.person, mod.claim) } : parseJsonCase(c.lines[0]!);
}

/** One line of JSON Lines. */
export function parseJsonCase(text: string): ParsedCase {
  try {
    return { json: parseCaseJson(text, "the line") };
  } catch (e) {
    if (!(e instanceof CaseError)) throw e;
    return { problem: e.issues[0]!.message.replace(/^the line (is )?/, "") };
  }
}

/** The `id` a case gives its person, if any (a field the schema does not read). */
export function personIdOf(json: unknown): string | undefined {
  const person = (json as { person?: { id?: unknown } } | null)?.person;
  return typeof person?.id === "string" ? person.id : undefined;
}
