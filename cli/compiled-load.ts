// What `regc run` evaluates, found without compiling the rule files: generated/manifest.json (written by
// `regc build`, compiled-manifest.ts) names the module(s) a name calls and the files each was built from. A
// module is current when those files still hash to the version it was built with (compiler/build/
// content-version.ts): a few files read and hashed, no parsing, no checking, nothing written. A stale module is
// an error that says to run regc build. When the manifest cannot answer — no manifest, a name it does not
// list, a rule file added or removed since the build — the caller compiles the rule files instead.
import { existsSync, readFileSync, realpathSync } from "node:fs";
import * as say from "./messages/usage.js";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { contentVersion } from "../compiler/build/content-version.js";
import { filesUnder, notProjectFile, relativePath } from "../compiler/load/files.js";
import { calendarDataFor, type CalendarData } from "../runtime/calendar-data.js";
import { runCase, type AnyModule, type RunOptions } from "../runtime/evaluate.js";
import { runPlanCase, type PlanRun, type PlanSpec } from "../runtime/plan.js";
import { importGenerated, importRuleModule } from "./import-rule-module.js";
import { projectOptions, projectPath, StaleModuleError, type Io } from "./io.js";
import { COMPILED, REGC_ROOT } from "./regc-root.js";
import type { CalendarOf } from "./run-options.js";

export const MANIFEST = "generated/manifest.json";

export interface Manifest {
  /** Every rule file under policies/ when the modules were built. */
  ruleFiles: string[];
  /** Every name `regc run` accepts → the policy (by id) or the plan (by name) it calls. */
  names: Record<string, { policy: string } | { plan: string }>;
  /** By policy id: its module (under generated/, no extension), its version and the files it is hashed from. */
  policies: Record<string, { module: string; version: string; inputs: string[] }>;
}

/** A name ready to evaluate cases: one policy's module, or a plan routing each claim to a version's module. */
export interface Runnable {
  /** The name called (a plan's name, or the policy id). */
  id: string;
  plan?: PlanSpec;
  /** Every module it may use, by policy id, with its file URL. */
  modules: Map<string, { module: AnyModule; url: string }>;
  calendar: CalendarOf;
  run(json: unknown, options: RunOptions): PlanRun;
}

/** How cases are run against one module or a plan's modules: the same for compiled and freshly built modules. */
export function runnerOf(plan: PlanSpec | undefined, modules: ReadonlyMap<string, AnyModule>): Runnable["run"] {
  if (plan) return (json, options) => runPlanCase({ spec: plan, modules }, json, options);
  const mod = [...modules.values()][0]!;
  return (json, options) => {
    const result = runCase(mod, json, options);
    return { result, modules: "claims" in result ? result.claims.map(() => mod) : [mod], outcomes: [] };
  };
}

/** What `name` calls, from the compiled modules; undefined when the manifest cannot answer. */
export async function compiledRunnable(root: string, name: string): Promise<Runnable | undefined> {
  const manifest = readJson<Manifest>(join(root, MANIFEST));
  const calendarFile = join(root, "generated/calendar.json");
  if (!manifest || !existsSync(calendarFile)) return undefined;
  const target = manifest.names[name] ?? manifest.names[projectPath(root, name) ?? ""];
  if (!target || !sameRuleFiles(root, manifest.ruleFiles)) return undefined;
  const plan = "plan" in target ? (await importGenerated<{ plans: Record<string, PlanSpec> }>(generatedUrl(root, "plans"))).plans[target.plan] : undefined;
  if ("plan" in target && !plan) return undefined;
  const ids = plan ? plan.versions.flatMap((v) => (v.policy === undefined ? [] : [v.policy])) : [(target as { policy: string }).policy];
  const modules: Runnable["modules"] = new Map();
  for (const id of ids) {
    const entry = manifest.policies[id];
    if (!entry) return undefined;
    const file = `generated/${entry.module}.ts`;
    const missing = entry.inputs.find((f) => !existsSync(join(root, f)));
    if (missing) throw new StaleModuleError(say.staleModule({ module: file, why: say.staleBecause.gone({ file: missing }) }));
    if (contentVersion(root, entry.inputs) !== entry.version)
      throw new StaleModuleError(say.staleModule({ module: file, why: say.staleBecause.changed({ files: entry.inputs }) }));
    const url = generatedUrl(root, entry.module);
    const module = await importRuleModule(url);
    if (module.meta.version !== entry.version)
      throw new StaleModuleError(say.staleModule({ module: file, why: say.staleBecause.versions({ module: module.meta.version, manifest: entry.version }) }));
    modules.set(id, { module, url });
  }
  let data: CalendarData | undefined;
  const calendar: CalendarOf = (provisional) => {
    data ??= readJson<CalendarData>(calendarFile)!;
    return calendarDataFor(data, provisional);
  };
  const id = plan ? plan.name : ids[0]!;
  return { id, ...(plan ? { plan } : {}), modules, calendar, run: runnerOf(plan, new Map([...modules].map(([k, v]) => [k, v.module]))) };
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

/** No rule file added or removed since the build: a new one may amend, extend or repeal what a name calls. */
function sameRuleFiles(root: string, built: readonly string[]): boolean {
  const now = filesUnder(join(root, "policies"), notProjectFile).filter((f) => f.endsWith(".policy"));
  const before = new Set(built);
  return now.length === before.size && now.every((f) => before.has(relativePath(root, f)));
}

/**
 * A generated module's URL: compiled under dist/ when regc runs compiled in its own project (`npm run build`
 * compiles generated/ with the rest), else the TypeScript module in the project's generated/.
 */
function generatedUrl(root: string, module: string): string {
  if (COMPILED && realpathSync(root) === realpathSync(REGC_ROOT)) {
    const js = join(REGC_ROOT, "dist/generated", `${module}.js`);
    if (existsSync(js)) return pathToFileURL(js).href;
  }
  return pathToFileURL(join(root, "generated", `${module}.ts`)).href;
}

/**
 * What `name` calls, from the compiled modules when the manifest answers; else from the rule files compiled
 * here — with drafts (`--policies`), with `--rebuild`, or for a name only the full resolver knows (or rejects).
 * Undefined (after printing them) when its rule files have errors.
 */
export async function runnableFor(root: string, name: string, opts: { policies?: string[]; rebuild?: boolean }, io: Io): Promise<Runnable | undefined> {
  const options = projectOptions(root, opts);
  if (!options.policies.length && !opts.rebuild) {
    const compiled = await compiledRunnable(root, name);
    if (compiled) return compiled;
  }
  const [{ loadEvaluation, projectProgram }, { calendarData }] = await Promise.all([import("./policy-module.js"), import("../compiler/calendar/index.js")]);
  const program = projectProgram(root, options);
  const e = await loadEvaluation(root, name, io, program, { rebuild: opts.rebuild === true });
  if (!e) return undefined;
  return {
    id: e.id,
    ...(e.target.kind === "plan" ? { plan: e.target.spec } : {}),
    modules: new Map([...e.loaded].map(([id, l]) => [id, { module: l.module, url: l.url }])),
    calendar: (provisional) => calendarData(program.calendar, { provisional }),
    run: e.run,
  };
}
