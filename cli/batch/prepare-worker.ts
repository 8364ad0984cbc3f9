// Checks policies and rebuilds their modules if stale, in a process of its own: the compiler and prettier
// then leave memory when it exits, before a batch run starts.
import { UsageError } from "../io.js";
import { loadBatchPolicy } from "./load.js";

const { root, policies } = JSON.parse(process.argv[2]!) as { root: string; policies: string[] };
let err = "";
const io = { cwd: root, out: () => {}, err: (t: string) => void (err += t) };
try {
  const loaded = [];
  for (const p of policies) {
    const l = await loadBatchPolicy(root, p, io);
    if (!l) break;
    loaded.push({ id: l.id, url: l.url });
  }
  process.send!({ loaded: loaded.length === policies.length ? loaded : undefined, err });
} catch (e) {
  if (!(e instanceof UsageError)) throw e;
  process.send!({ usage: e.message, err });
}
