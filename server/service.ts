// What `regc serve` serves, prepared once at start: the project's rule files checked, every policy's generated
// module loaded (never rebuilt: a module older than its rule files stops the start with "run regc build"),
// each with its version, and the documents `status` answers for. Requests only look things up here.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { modulePath } from "../compiler/build/build.js";
import type { UnitIr } from "../compiler/ir/ir.js";
import type { DocumentLife } from "../compiler/lifecycle/periods.js";
import { compileProgram, unitId, type Program } from "../compiler/program.js";
import { resolvePolicy, type Resolution } from "../compiler/query/resolve-policy.js";
import { contentVersion } from "../compiler/build/content-version.js";
import { unitVersion } from "../compiler/build/version.js";
import { hasErrors } from "../dsl/diagnostic.js";
import type { Text } from "../runtime/lang.js";
import { PROBLEMS } from "./problem-messages.js";
import type { Calendar } from "../runtime/calendar.js";
import { calendarFor, type AnyModule, type RunOptions } from "../runtime/evaluate.js";
import { calendarRunOptions } from "../cli/calendar-options.js";
import { explainContext, type ExplainContext } from "../cli/explain/context.js";
import { byCodePoint } from "../dsl/text-order.js";
import { importGenerated } from "../cli/import-rule-module.js";

export interface ServedPolicy {
  /** The id requests name it by: 文号, or 文号/part. */
  id: string;
  unit: UnitIr;
  module: AnyModule;
  /** The content hash of its rule files and gazette text, as its module carries it. */
  version: string;
  explain(): ExplainContext;
}

/** How cases are evaluated: with the project's official calendar, as `regc run` does without flags. */
export interface Evaluation {
  options: Pick<RunOptions, "calendar">;
  /** The same calendar, ready for batch lines. */
  calendar: Calendar;
}

export interface ServedDocument {
  life: DocumentLife;
  /** A content hash of the rule files that decide its period of force: its own and those naming it. */
  version: string;
}

export interface Service {
  program: Program;
  evaluation: Evaluation;
  policies: ReadonlyMap<string, ServedPolicy>;
  documents: ReadonlyMap<string, ServedDocument>;
  /** What a name in a request path stands for (the same resolution as the command line's). */
  resolve(name: string): Resolution & { policy?: ServedPolicy };
}

/** Why a service cannot start: the lines to print, in both languages (`message` is the Chinese). */
export class ServiceError extends Error {
  constructor(readonly text: Text) {
    super(text.zh);
  }
}

export async function loadService(root: string, program: Program = compileProgram(root)): Promise<Service> {
  if (hasErrors(program.diagnostics)) throw new ServiceError(PROBLEMS.cannotStart);
  const policies = new Map<string, ServedPolicy>();
  const stale: string[] = [];
  for (const unit of [...program.units].sort((a, b) => byCodePoint(unitId(a), unitId(b)))) {
    const file = join(root, modulePath(unit));
    const version = unitVersion(program, unit);
    const module = existsSync(file) ? (await importGenerated<{ policy?: AnyModule }>(pathToFileURL(file).href)).policy : undefined;
    if (module?.meta.version !== version) {
      stale.push(modulePath(unit));
      continue;
    }
    let cx: ExplainContext | undefined;
    policies.set(unitId(unit), { id: unitId(unit), unit, module, version, explain: () => (cx ??= explainContext(program, unit)) });
  }
  if (stale.length) throw new ServiceError(PROBLEMS.staleModules(stale));
  const documents = new Map<string, ServedDocument>();
  for (const life of program.lifecycle.documents.values()) {
    const files = [life.file, ...life.namedBy.map((n) => program.lifecycle.documents.get(n)?.file ?? "")].filter(Boolean);
    documents.set(life.number, { life, version: contentVersion(root, [...new Set(files)].sort()) });
  }
  const options = calendarRunOptions(program, {});
  return {
    program,
    evaluation: { options, calendar: calendarFor(options, false) },
    policies,
    documents,
    resolve(name) {
      const r = resolvePolicy(program, name);
      return r.kind === "unit" ? { ...r, policy: policies.get(unitId(r.unit))! } : r;
    },
  };
}
