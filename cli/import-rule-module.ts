// Generated modules are TypeScript (generated/, or a draft's folder in the cache). From the sources tsx loads
// them; compiled (dist/), tsx is registered the first time a .ts module is imported, so a command that loads
// only compiled modules never starts its loader.
import type { AnyModule } from "../runtime/evaluate.js";
import { COMPILED } from "./regc-root.js";

let loader: Promise<void> | undefined;

/** A generated module (a rule module, plans.ts) by its file URL. */
export async function importGenerated<T>(url: string): Promise<T> {
  if (COMPILED && url.endsWith(".ts")) await (loader ??= import("tsx/esm/api").then((tsx) => void tsx.register()));
  return (await import(url)) as T;
}

export async function importRuleModule(url: string): Promise<AnyModule> {
  return (await importGenerated<{ policy: AnyModule }>(url)).policy;
}
