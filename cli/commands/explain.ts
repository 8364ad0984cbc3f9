// `regc explain <policy> --case <file>`: the result as a readable account, article by article.
import { runCase } from "../../runtime/evaluate.js";
import { explainResult } from "../explain-text.js";
import { readJsonCase, reportEvaluationError, type Io } from "../io.js";
import { loadPolicy } from "../policy-module.js";

export async function explainCommand(root: string, policy: string, opts: { case: string }, io: Io): Promise<number> {
  try {
    const json = readJsonCase(root, opts.case);
    const loaded = await loadPolicy(root, policy, io);
    if (!loaded) return 1;
    io.out(explainResult(loaded.module, runCase(loaded.module, json, { trace: true })));
    return 0;
  } catch (e) {
    return reportEvaluationError(e, io);
  }
}
