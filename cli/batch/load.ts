// What a batch or impact run evaluates: one policy's module, or a plan with the modules of its versions —
// compiled and current (as `regc run` finds them), or checked from the rule files, and named by the file URLs
// its worker threads import.
import type { Program } from "../../compiler/program.js";
import type { AnyModule } from "../../runtime/evaluate.js";
import type { PlanSpec } from "../../runtime/plan.js";
import { compiledRunnable } from "../compiled-load.js";
import type { Io } from "../io.js";
import { loadEvaluation } from "../policy-module.js";

/** A checked target: its modules by policy id and file URL, and for a plan its routing table. */
export interface BatchTarget {
  id: string;
  modules: { id: string; url: string }[];
  plan?: PlanSpec;
}

export interface BatchPolicy extends BatchTarget {
  /** The modules, imported, in the order of `modules`. */
  loaded: AnyModule[];
}

/** From the compiled modules, without compiling (compiled-load.ts); undefined when the manifest cannot answer. */
export async function compiledBatchPolicy(root: string, name: string): Promise<BatchPolicy | undefined> {
  const r = await compiledRunnable(root, name);
  if (!r) return undefined;
  const modules = [...r.modules];
  return { id: r.id, modules: modules.map(([id, m]) => ({ id, url: m.url })), ...(r.plan ? { plan: r.plan } : {}), loaded: modules.map(([, m]) => m.module) };
}

/** Undefined when the rule files do not check (the diagnostics are printed). */
export async function loadBatchTarget(root: string, name: string, io: Io, program: Program, rebuild: boolean): Promise<BatchTarget | undefined> {
  const evaluation = await loadEvaluation(root, name, io, program, { rebuild });
  if (!evaluation) return undefined;
  return {
    id: evaluation.id,
    modules: [...evaluation.loaded].map(([id, l]) => ({ id, url: l.url })),
    ...(evaluation.target.kind === "plan" ? { plan: evaluation.target.spec } : {}),
  };
}

/** The module whose outputs a summary lists: the policy's own, or a plan's latest version's. */
export function summaryModule(p: BatchPolicy): AnyModule {
  return p.loaded[p.loaded.length - 1]!;
}
