// The rule modules a batch or impact run needs, checked and up to date (prepare-worker.ts, in a child process),
// then loaded here.
import { fork } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import type { AnyModule } from "../../runtime/evaluate.js";
import { UsageError, type Io } from "../io.js";
import type { BatchPolicy } from "./load.js";

type Answer = { loaded?: { id: string; url: string }[]; usage?: string; err: string };

/** Undefined when a policy does not check (its diagnostics are printed). */
export async function preparePolicies(root: string, policies: string[], io: Io): Promise<BatchPolicy[] | undefined> {
  const child = fork(fileURLToPath(new URL("./prepare-worker.ts", import.meta.url)), [JSON.stringify({ root, policies })], {
    execArgv: ["--import", import.meta.resolve("tsx")],
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  const answer = await new Promise<Answer>((resolve, reject) => {
    child.once("message", (m) => resolve(m as Answer));
    child.once("exit", (code) => reject(new Error(`checking ${policies.join(", ")} stopped (exit ${code})`)));
  });
  if (child.exitCode === null) await once(child, "exit");
  if (answer.err) io.err(answer.err);
  if (answer.usage) throw new UsageError(answer.usage);
  if (!answer.loaded) return undefined;
  return Promise.all(answer.loaded.map(async ({ id, url }) => ({ id, url, module: ((await import(url)) as { policy: AnyModule }).policy })));
}
