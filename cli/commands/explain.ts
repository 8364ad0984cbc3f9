// `regc explain <policy> --case <file> [--format text|html]`: the result as a readable account, article by
// article, with the articles quoted from the gazette text; as HTML, a self-contained page to print.
import { runCase } from "../../runtime/evaluate.js";
import { explainContext } from "../explain-context.js";
import { explainHtml } from "../explain-html.js";
import { explainResult } from "../explain-text.js";
import { readJsonCase, reportEvaluationError, UsageError, type Io } from "../io.js";
import { loadPolicy } from "../policy-module.js";

export async function explainCommand(root: string, policy: string, opts: { case: string; format?: string }, io: Io): Promise<number> {
  const format = opts.format ?? "text";
  if (format !== "text" && format !== "html") throw new UsageError(`--format expects text or html, got "${format}"`);
  try {
    const json = readJsonCase(root, opts.case);
    const loaded = await loadPolicy(root, policy, io);
    if (!loaded) return 1;
    const result = runCase(loaded.module, json, { trace: true });
    const cx = explainContext(loaded.program, loaded.unit);
    io.out(format === "html" ? explainHtml(loaded.module, result, cx) : explainResult(loaded.module, result, cx));
    return 0;
  } catch (e) {
    return reportEvaluationError(e, io);
  }
}
