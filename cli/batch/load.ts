// The rule module a batch or impact run evaluates: checked and rebuilt if stale (as `regc run` does), and
// named by the file URL its worker threads import.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { modulePath } from "../../compiler/build/build.js";
import { unitId } from "../../compiler/program.js";
import type { AnyModule } from "../../runtime/evaluate.js";
import type { Io } from "../io.js";
import { loadPolicy } from "../policy-module.js";

export interface BatchPolicy {
  id: string;
  module: AnyModule;
  url: string;
}

/** Undefined when the policy's rule files do not check (the diagnostics are printed). */
export async function loadBatchPolicy(root: string, policy: string, io: Io): Promise<BatchPolicy | undefined> {
  const loaded = await loadPolicy(root, policy, io);
  if (!loaded) return undefined;
  return { id: unitId(loaded.unit), module: loaded.module, url: pathToFileURL(join(root, modulePath(loaded.unit))).href };
}
