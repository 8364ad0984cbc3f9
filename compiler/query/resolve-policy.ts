// What a policy name stands for, wherever one is given: on the command line (`regc run <policy>`) or in the
// HTTP service's paths (`/run/<policy>`). Both resolve names here, so a new kind of name is added once.
import type { UnitIr } from "../ir/ir.js";
import type { DocumentLife } from "../lifecycle/periods.js";
import { unitId, type Program } from "../program.js";
import { suggest } from "../../dsl/suggest.js";

export type Resolution =
  | { kind: "unit"; unit: UnitIr }
  /** A document the rule files know only by its dates (an extension decision, a repealed plan): no rules. */
  | { kind: "dates-only"; number: string }
  | { kind: "unknown"; name: string; suggestions: string[] };

/**
 * `name` is a unit's id (文号, or 文号/part). `file`, when the caller has one, is the project-relative rule file
 * the name is a path to; the HTTP service never passes one.
 */
export function resolvePolicy(program: Pick<Program, "units" | "lifecycle">, name: string, file?: string): Resolution {
  const unit = program.units.find((u) => unitId(u) === name) ?? (file !== undefined ? program.units.find((u) => u.file === file) : undefined);
  if (unit) return { kind: "unit", unit };
  if (program.lifecycle.documents.has(name)) return { kind: "dates-only", number: name };
  return { kind: "unknown", name, suggestions: suggest(name, program.units.map(unitId)) };
}

export type DocumentResolution = { kind: "document"; life: DocumentLife } | { kind: "unknown"; name: string; suggestions: string[] };

/**
 * The document a name stands for when its dates are asked (`regc status`, `/status/…`): a 文号, a policy id
 * (文号/part: its document), or — from the command line — the document of the rule file `fileDocument`.
 */
export function resolveDocument(documents: ReadonlyMap<string, DocumentLife>, name: string, fileDocument?: string): DocumentResolution {
  const number = [name, name.split("/")[0]!, fileDocument].find((n) => n !== undefined && documents.has(n));
  if (number !== undefined) return { kind: "document", life: documents.get(number)! };
  return { kind: "unknown", name, suggestions: suggest(name, documents.keys()) };
}
