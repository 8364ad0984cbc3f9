// Checks a policy and rebuilds its module if stale, in a thread of its own: the compiler, prettier and the
// TypeScript checker then leave memory when the thread ends, before a batch run starts.
import { parentPort, workerData } from "node:worker_threads";
import { UsageError } from "../io.js";
import { loadBatchPolicy } from "./load.js";

const { root, policies } = workerData as { root: string; policies: string[] };
let err = "";
const io = { cwd: root, out: () => {}, err: (t: string) => void (err += t) };
try {
  const loaded = [];
  for (const p of policies) {
    const l = await loadBatchPolicy(root, p, io);
    if (!l) break;
    loaded.push({ id: l.id, url: l.url });
  }
  parentPort!.postMessage({ loaded: loaded.length === policies.length ? loaded : undefined, err });
} catch (e) {
  if (!(e instanceof UsageError)) throw e;
  parentPort!.postMessage({ usage: e.message, err });
}
