// Checks policies and rebuilds their modules if stale, in a process of its own: the compiler then leaves
// memory when it exits, before a batch run starts.
import type { Lang } from "../../dsl/lang.js";
import { StaleModuleError, UsageError } from "../io.js";
import { projectProgram } from "../policy-module.js";
import { loadBatchTarget, type BatchTarget } from "./load.js";

const { root, policies, drafts, rebuild, lang } = JSON.parse(process.argv[2]!) as {
  root: string;
  policies: string[];
  drafts: string[];
  rebuild: boolean;
  lang?: Lang;
};
let err = "";
const io = { cwd: root, ...(lang ? { lang } : {}), out: () => {}, err: (t: string) => void (err += t) };
try {
  const program = projectProgram(root, { policies: drafts });
  const loaded: BatchTarget[] = [];
  for (const p of policies) {
    const l = await loadBatchTarget(root, p, io, program, rebuild);
    if (!l) break;
    loaded.push(l);
  }
  process.send!({ loaded: loaded.length === policies.length ? loaded : undefined, err });
} catch (e) {
  if (e instanceof StaleModuleError) process.send!({ stale: e.text, err });
  else if (e instanceof UsageError) process.send!({ usage: e.text, err });
  else throw e;
}
