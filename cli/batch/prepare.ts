// The rule modules a batch or impact run needs, checked and up to date, then loaded here. The check (compiling
// the rule files, emitting and laying out the modules: prepare-worker.ts) runs in a child process, so the
// compiler and its memory are gone before the run starts. A check that passed without a word is
// remembered (cache.ts) for as long as the rule files, regc and the modules it vouched for are unchanged.
import { fork } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Lang, Text } from "../../dsl/lang.js";
import { importRuleModule } from "../import-rule-module.js";
import { StaleModuleError, UsageError, type Io } from "../io.js";
import { readCache, regcSourcesHash, sha256, treeHash, writeCache } from "./cache.js";
import type { BatchPolicy, BatchTarget } from "./load.js";
import { COMPILED, siblingModule } from "../regc-root.js";

// Verdicts on other projects and policies are left behind (copies of a project made by tests); the most
// recently written are kept.
const KEPT = 32;

type Answer = { loaded?: BatchTarget[]; usage?: Text; stale?: Text; err: string };
interface Verdict {
  key: string;
  targets: BatchTarget[];
  /** Each module the verdict vouched for, by file URL, with the hash of its text. */
  shas: Record<string, string>;
}

/**
 * Undefined when a policy does not check (its diagnostics are printed). `drafts`: the --policies folders;
 * `rebuild`: write a missing or stale module into generated/ rather than stop (StaleModuleError).
 */
export async function preparePolicies(
  root: string,
  policies: string[],
  io: Io,
  drafts: readonly string[],
  rebuild: boolean,
): Promise<BatchPolicy[] | undefined> {
  // Everything the check reads is under policies/ and the draft folders: rule files, rulings, gazette texts.
  const key = sha256(regcSourcesHash(), treeHash(root, ["policies", ...drafts]), resolve(root), ...policies, "\u0000", ...drafts, String(rebuild));
  const entry = `prepared-${sha256(resolve(root), ...policies, "\u0000", ...drafts).slice(0, 16)}.json`;
  let loaded = remembered(root, entry, key);
  if (!loaded) {
    const answer = await checkInChild(root, policies, drafts, rebuild, io.lang);
    if (answer.err) io.err(answer.err);
    if (answer.usage) throw new UsageError(answer.usage);
    if (answer.stale) throw new StaleModuleError(answer.stale);
    if (!answer.loaded) return undefined;
    loaded = answer.loaded;
    // Only a check that printed nothing (no warning, no rebuilt module) can be skipped next time unseen.
    if (!answer.err) {
      const shas = Object.fromEntries(loaded.flatMap((t) => t.modules.map((m) => [m.url, moduleSha(m.url)])));
      writeCache(root, entry, JSON.stringify({ key, targets: loaded, shas } satisfies Verdict), KEPT);
    }
  }
  return Promise.all(loaded.map(async (t) => ({ ...t, loaded: await Promise.all(t.modules.map((m) => importRuleModule(m.url))) })));
}

function remembered(root: string, entry: string, key: string): BatchTarget[] | undefined {
  const text = readCache(root, entry);
  if (text === undefined) return undefined;
  try {
    const verdict = JSON.parse(text) as Verdict;
    if (verdict.key !== key || !Object.entries(verdict.shas).every(([url, sha]) => moduleSha(url) === sha)) return undefined;
    return verdict.targets;
  } catch {
    // A damaged entry or a module gone since: check again.
    return undefined;
  }
}

function moduleSha(url: string): string {
  return sha256(readFileSync(fileURLToPath(url)));
}

async function checkInChild(root: string, policies: string[], drafts: readonly string[], rebuild: boolean, lang: Lang | undefined): Promise<Answer> {
  // Compiled (dist/), the worker is JavaScript; from the sources, tsx compiles it.
  const child = fork(siblingModule(import.meta.url, "./prepare-worker.ts"), [JSON.stringify({ root, policies, drafts, rebuild, lang })], {
    execArgv: COMPILED ? [] : ["--import", import.meta.resolve("tsx")],
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  const answer = await new Promise<Answer>((resolve, reject) => {
    child.once("message", (m) => resolve(m as Answer));
    child.once("exit", (code) => reject(new Error(`checking ${policies.join(", ")} stopped (exit ${code})`)));
  });
  if (child.exitCode === null) await once(child, "exit");
  return answer;
}
