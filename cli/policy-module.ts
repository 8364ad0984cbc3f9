// Finds what a command names — a plan (or `plan/part`), a document amended from a date, a 文号, `文号/part` or
// a rule file path — in the compiled program, makes sure the generated modules it needs match their rule files,
// and loads them. A stale or missing module is an error unless the command was asked to rebuild (`--rebuild`,
// and `regc test`). With drafts (`--policies`), modules are written to a cache of their own, never to generated/.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import * as say from "./messages/usage.js";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { emitUnit, modulePath } from "../compiler/build/build.js";
import { besideModule } from "../compiler/build/module-names.js";
import { writeGenerated } from "../compiler/build/generated-dir.js";
import { unitVersion } from "../compiler/build/version.js";
import type { UnitIr } from "../compiler/ir/ir.js";
import { unitAsksCalendar } from "../compiler/lower/calendar-needs.js";
import { plansOf } from "../compiler/lifecycle/plans.js";
import { compileProgram, unitId, type Program, type ProjectOptions } from "../compiler/program.js";
import { resolvePolicy } from "../compiler/query/resolve-policy.js";
import { suggest } from "../dsl/suggest.js";
import type { AnyModule, RunOptions } from "../runtime/evaluate.js";
import type { PlanRun, PlanSpec } from "../runtime/plan.js";
import { cacheDir, sha256 } from "./batch/cache.js";
import { runnerOf } from "./compiled-load.js";
import { importRuleModule } from "./import-rule-module.js";
import { printDiagnostics } from "./diagnostics.js";
import { messageLang, projectPath, StaleModuleError, UsageError, type Io } from "./io.js";
import { byCodePoint } from "../dsl/text-order.js";

/** What a name on the command line calls: one policy's rules, or a plan that routes each claim by its date. */
export type Target = { kind: "unit"; unit: UnitIr } | { kind: "plan"; spec: PlanSpec };

/** The program of the project, with the drafts a command was given. */
export function projectProgram(root: string, options: ProjectOptions = {}): Program {
  return compileProgram(root, [], options);
}

export function findTarget(program: Program, root: string, name: string): Target {
  const plans = plansOf(program.lifecycle, program.units);
  const asPath = projectPath(root, name);
  const resolved = resolvePolicy(program, name, asPath);
  const unit = resolved.kind === "unit" ? resolved.unit : undefined;
  // A document whose text changes from a date routes between its texts, called by its 文号 or its file.
  const amended = plans.find((p) => p.name === (unit && !unit.part && !unit.amendments ? unit.number : name) && program.lifecycle.documents.has(p.name));
  if (amended && (!unit || (!unit.part && !unit.amendments))) return { kind: "plan", spec: amended };
  if (unit) return { kind: "unit", unit };
  const plan = plans.find((p) => p.name === name);
  if (plan) return { kind: "plan", spec: plan };
  if (resolved.kind === "dates-only") {
    throw new UsageError(say.datesOnly({ name }));
  }
  const suggestions = suggest(name, [...plans.map((p) => p.name), ...program.units.map(unitId), ...program.lifecycle.documents.keys()]);
  const planNames = plans.filter((p) => !p.name.includes("/") && !program.lifecycle.documents.has(p.name)).map((p) => p.name);
  const documents = [...new Set(program.units.map((u) => unitId(u).split("/")[0]!))].sort(byCodePoint);
  throw new UsageError(say.unknownPolicy({ name, meant: suggestions, plans: planNames, documents }));
}

/** Kept for commands that take one policy's rules only: the unit a name calls. */
export function findUnit(program: Program, root: string, name: string): UnitIr {
  // A 文号 amended from a date names its text as written here, not the versions it routes between.
  const exact = program.units.find((u) => unitId(u) === name);
  if (exact) return exact;
  const t = findTarget(program, root, name);
  if (t.kind === "unit") return t.unit;
  const only = t.spec.versions.length === 1 ? t.spec.versions[0]!.policy : undefined;
  const unit = only === undefined ? undefined : program.units.find((u) => unitId(u) === only);
  if (unit) return unit;
  throw new UsageError(say.planOfVersions({ name, versions: t.spec.versions.map(versionName) }));
}

const versionName = (v: PlanSpec["versions"][number]): string => v.policy ?? v.document;

/** The diagnostics of a policy's own rule file and of the templates it is built from. */
export function diagnosticsOf(program: Program, unit: UnitIr): Program["diagnostics"] {
  const own = new Set([unit.file, ...unit.provenance.map((p) => p.source.split(":")[0]!)]);
  return program.diagnostics.filter((d) => own.has(d.span.file));
}

/** The units a target evaluates with, and the rule files of its documents (whose problems stop it). */
function unitsOf(program: Program, target: Target): { units: UnitIr[]; files: Set<string> } {
  if (target.kind === "unit") return { units: [target.unit], files: new Set() };
  const ids = new Set(target.spec.versions.flatMap((v) => (v.policy === undefined ? [] : [v.policy])));
  const numbers = new Set(target.spec.versions.map((v) => v.document));
  const files = new Set([...numbers].map((n) => program.lifecycle.documents.get(n)?.file).filter((f): f is string => f !== undefined));
  return { units: program.units.filter((u) => ids.has(unitId(u))), files };
}

/** Where a unit's module goes: generated/, or for a program with drafts a folder of the cache of its own. */
export function moduleFile(program: Program, unit: UnitIr): string {
  return program.drafts.length ? `${draftsDir(program)}/${unit.moduleName}.ts` : modulePath(unit);
}

/** The folder (relative to the root) of the modules of a program with drafts, one per set of draft folders. */
export function draftsDir(program: Program): string {
  const key = sha256(...program.drafts.map((d) => resolve(program.root, d))).slice(0, 16);
  return relative(program.root, join(cacheDir(program.root), "drafts", key))
    .split("\\")
    .join("/");
}

/**
 * Imports the unit's module. Without `rebuild`, a module in generated/ must be there with the version its rule
 * files give now; with it, a missing or stale module is emitted first. Draft modules are always kept current.
 */
export async function loadUnitModule(program: Program, unit: UnitIr, io: Io, rebuild: boolean): Promise<{ module: AnyModule; url: string }> {
  const rel = moduleFile(program, unit);
  const path = join(program.root, rel);
  if (!rebuild && !program.drafts.length) {
    if (!existsSync(path)) throw new StaleModuleError(say.staleModule({ module: rel, why: say.staleBecause.notBuilt({}) }));
    const url = pathToFileURL(path).href;
    const module = await importRuleModule(url);
    if (module.meta.version !== unitVersion(program, unit))
      throw new StaleModuleError(say.staleModule({ module: rel, why: say.staleBecause.changed({ files: [unit.file] }) }));
    return { module, url };
  }
  const emitted = await emitUnit(program, unit, rel);
  const beside = besideModule(rel);
  // The data files first: a module is never there without what it reads beside it.
  const files: [string, string][] = [
    [beside.provenance, emitted.provenance],
    [beside.schema, emitted.schema],
    [rel, emitted.code],
  ];
  // Under node_modules a module is CommonJS unless its folder says otherwise; generated modules are ES modules.
  const scope = program.drafts.length ? join(program.root, draftsDir(program), "package.json") : undefined;
  if (scope && !existsSync(scope)) {
    mkdirSync(dirname(scope), { recursive: true });
    writeFileSync(scope, '{ "type": "module", "private": true }\n');
  }
  if (!program.drafts.length) {
    let rebuilt = false;
    for (const [file, content] of files) rebuilt = writeGenerated(program.root, file, content) || rebuilt;
    if (rebuilt) io.err(`regc: ${say.rebuilt({ module: rel, file: unit.file })[messageLang(io)]}\n`);
  } else {
    for (const [file, content] of files) {
      const abs = join(program.root, file);
      if (existsSync(abs) && readFileSync(abs, "utf8") === content) continue;
      mkdirSync(dirname(abs), { recursive: true });
      // Whole or not at all: tests and parallel runs may write the same draft module at once.
      const temp = `${abs}.${process.pid}.tmp`;
      writeFileSync(temp, content);
      renameSync(temp, abs);
    }
  }
  const url = pathToFileURL(path).href;
  return { module: await importRuleModule(url), url };
}

/** A target ready to evaluate cases: one module, or a plan with the modules of its versions. */
export interface Evaluation {
  /** The name called (a plan's name, or the policy id). */
  id: string;
  program: Program;
  target: Target;
  /** Every module it may use, by policy id, with its unit and file URL. */
  loaded: Map<string, { unit: UnitIr; module: AnyModule; url: string }>;
  run(json: unknown, options: RunOptions): PlanRun;
}

/**
 * Loads what `name` calls; undefined (after printing them) when its rule files have errors. Problems of
 * unrelated rule files do not stop it: only those of its own files and the templates they are built from.
 */
export async function loadEvaluation(
  root: string,
  name: string,
  io: Io,
  program: Program,
  options: { rebuild?: boolean } = {},
): Promise<Evaluation | undefined> {
  const target = findTarget(program, root, name);
  const { units, files } = unitsOf(program, target);
  const diagnostics = [...new Set([...units.flatMap((u) => diagnosticsOf(program, u)), ...program.diagnostics.filter((d) => files.has(d.span.file))])];
  if (printDiagnostics({ ...program, diagnostics }, io)) return undefined;
  // A policy counting working days needs a calendar whose data checks: a wrong notice would answer wrongly.
  if (units.some(unitAsksCalendar) && printDiagnostics({ ...program, diagnostics: program.calendar.diagnostics }, io)) return undefined;
  const loaded = new Map<string, { unit: UnitIr; module: AnyModule; url: string }>();
  for (const unit of units) loaded.set(unitId(unit), { unit, ...(await loadUnitModule(program, unit, io, options.rebuild === true)) });
  const modules = new Map([...loaded].map(([id, l]) => [id, l.module]));
  const plan = target.kind === "plan" ? target.spec : undefined;
  return { id: plan ? plan.name : unitId((target as { unit: UnitIr }).unit), program, target, loaded, run: runnerOf(plan, modules) };
}
