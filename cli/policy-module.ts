// Finds the policy a command names (文号, 文号/part, or a rule file path), makes sure its generated module
// matches the rule file, and loads it.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { emitUnit, modulePath } from "../compiler/build/build.js";
import { writeGenerated } from "../compiler/build/generated-dir.js";
import type { UnitIr } from "../compiler/ir/ir.js";
import { compileProgram, unitId, type Program } from "../compiler/program.js";
import { resolvePolicy } from "../compiler/query/resolve-policy.js";
import type { AnyModule } from "../runtime/evaluate.js";
import { unitAsksCalendar } from "../compiler/lower/calendar-needs.js";
import { printDiagnostics } from "./diagnostics.js";
import { meant } from "../dsl/suggest.js";
import { projectPath, UsageError, type Io } from "./io.js";
import { byCodePoint } from "../dsl/text-order.js";

export interface LoadedPolicy {
  program: Program;
  unit: UnitIr;
  module: AnyModule;
}

export function findUnit(program: Program, root: string, policy: string): UnitIr {
  const r = resolvePolicy(program, policy, projectPath(root, policy));
  if (r.kind === "unit") return r.unit;
  if (r.kind === "dates-only") {
    throw new UsageError(`${policy} has no rules to evaluate (its rule file holds its dates only); regc status ${policy} --on YYYY-MM-DD says whether it is in force`);
  }
  const hint = r.suggestions.length ? meant(r.suggestions) : undefined;
  throw new UsageError(`unknown policy "${policy}"${hint ? ` (${hint})` : ""}; known: ${program.units.map(unitId).sort(byCodePoint).join(", ")}`);
}

/** The diagnostics of a policy's own rule file and of the templates it is built from. */
export function diagnosticsOf(program: Program, unit: UnitIr): Program["diagnostics"] {
  const own = new Set([unit.file, ...unit.provenance.map((p) => p.source.split(":")[0]!)]);
  return program.diagnostics.filter((d) => own.has(d.span.file));
}

/**
 * Returns undefined (after printing them) when the policy has errors. Problems of unrelated rule files do not
 * stop a policy from running: only those in its own file and the templates it is built from count.
 */
export async function loadPolicy(root: string, policy: string, io: Io, program: Program = compileProgram(root)): Promise<LoadedPolicy | undefined> {
  const asPath = projectPath(root, policy);
  const resolved = resolvePolicy(program, policy, asPath);
  const unit = resolved.kind === "unit" ? resolved.unit : undefined;
  if (printDiagnostics({ ...program, diagnostics: unit ? diagnosticsOf(program, unit) : program.diagnostics.filter((d) => d.span.file === asPath) }, io)) return undefined;
  const found = unit ?? findUnit(program, root, policy);
  // A policy counting working days needs a calendar whose data checks: a wrong notice would answer wrongly.
  if (unitAsksCalendar(found) && printDiagnostics({ ...program, diagnostics: program.calendar.diagnostics }, io)) return undefined;
  const path = join(root, modulePath(found));
  const code = await emitUnit(program, found);
  if (writeGenerated(root, modulePath(found), code)) io.err(`regc: rebuilt ${modulePath(found)} from ${found.file}\n`);
  const loaded = (await import(pathToFileURL(path).href)) as { policy: AnyModule };
  return { program, unit: found, module: loaded.policy };
}
