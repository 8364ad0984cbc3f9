// The rule modules a batch or impact run needs, checked and up to date (prepare-worker.ts), then loaded here.
import { once } from "node:events";
import type { AnyModule } from "../../runtime/evaluate.js";
import { UsageError, type Io } from "../io.js";
import type { BatchPolicy } from "./load.js";
import { tsWorker } from "./ts-worker.js";

type Answer = { loaded?: { id: string; url: string }[]; usage?: string; err: string };

/** Undefined when a policy does not check (its diagnostics are printed). */
export async function preparePolicies(root: string, policies: string[], io: Io): Promise<BatchPolicy[] | undefined> {
  const worker = tsWorker(new URL("./prepare-worker.ts", import.meta.url), { root, policies });
  const [answer] = (await Promise.race([once(worker, "message"), once(worker, "error").then(([e]) => Promise.reject(e))])) as [Answer];
  await worker.terminate();
  if (answer.err) io.err(answer.err);
  if (answer.usage) throw new UsageError(answer.usage);
  if (!answer.loaded) return undefined;
  return Promise.all(answer.loaded.map(async ({ id, url }) => ({ id, url, module: ((await import(url)) as { policy: AnyModule }).policy })));
}
