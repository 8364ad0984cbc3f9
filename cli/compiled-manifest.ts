// generated/manifest.json, written by `regc build` beside the modules: every name `regc run` accepts with what it
// calls, and for each policy its module and the files its version hashes. With it, run/explain/batch find and
// check a module without compiling the rule files (compiled-load.ts).
import { unitInputs, unitVersion } from "../compiler/build/version.js";
import { findPolicyFiles, relativePath, unitId, type Program } from "../compiler/program.js";
import { plansOf } from "../compiler/lifecycle/plans.js";
import { byCodePoint } from "../dsl/text-order.js";
import type { Manifest } from "./compiled-load.js";
import { findTarget } from "./policy-module.js";
import { UsageError } from "./io.js";

export function manifestText(program: Program): string {
  const root = program.root;
  const candidates = new Set<string>([
    ...program.units.flatMap((u) => [unitId(u), u.file]),
    ...plansOf(program.lifecycle, program.units).map((p) => p.name),
    ...program.lifecycle.documents.keys(),
  ]);
  const names: Manifest["names"] = {};
  for (const name of [...candidates].sort(byCodePoint)) {
    try {
      const t = findTarget(program, root, name);
      names[name] = t.kind === "unit" ? { policy: unitId(t.unit) } : { plan: t.spec.name };
    } catch (e) {
      // A name that calls nothing runnable (a document with dates only) is left to the full resolver's message.
      if (!(e instanceof UsageError)) throw e;
    }
  }
  const policies: Manifest["policies"] = {};
  for (const u of [...program.units].sort((a, b) => byCodePoint(unitId(a), unitId(b)))) {
    policies[unitId(u)] = { module: u.moduleName, version: unitVersion(program, u), inputs: unitInputs(program, u) };
  }
  const ruleFiles = findPolicyFiles(root)
    .map((f) => relativePath(root, f))
    .sort(byCodePoint);
  return JSON.stringify({ ruleFiles, names, policies } satisfies Manifest, null, 1) + "\n";
}
