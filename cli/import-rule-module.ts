// Rule modules are TypeScript (generated/, or a draft's folder in the cache). From the sources tsx loads them;
// compiled (dist/), tsx is registered the first time a .ts module is imported, so a command that loads only
// compiled modules never starts its loader.
import type { AnyModule } from "../runtime/evaluate.js";
import { COMPILED } from "./regc-root.js";

let loader: Promise<void> | undefined;

export async function importRuleModule(url: string): Promise<AnyModule> {
  if (COMPILED && url.endsWith(".ts")) await (loader ??= import("tsx/esm/api").then((tsx) => void tsx.register()));
  return ((await import(url)) as { policy: AnyModule }).policy;
}
