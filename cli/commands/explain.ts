// `regc explain <policy> --case <file> [--format text|html] [--notice]`: the result as a readable account,
// article by article, with the articles quoted from the gazette text; as HTML, a self-contained page to print;
// with --notice, the decision notice handed to the applicant. All three are rendered from one explanation.
import { runCase } from "../../runtime/evaluate.js";
import { explainContext } from "../explain/context.js";
import { explanationHtml } from "../explain/html.js";
import { explain } from "../explain/model.js";
import { noticeHtml } from "../explain/notice.js";
import { explanationText } from "../explain/text.js";
import { calendarRunOptions, type CalendarFlags } from "../calendar-options.js";
import { readJsonCase, reportEvaluationError, UsageError, type Io } from "../io.js";
import { loadPolicy } from "../policy-module.js";
import { localToday } from "../today.js";

export async function explainCommand(root: string, policy: string, opts: { case: string; format?: string; notice?: boolean } & CalendarFlags, io: Io): Promise<number> {
  const format = opts.format ?? "text";
  if (format !== "text" && format !== "html") throw new UsageError(`--format expects text or html, got "${format}"`);
  if (opts.notice && format !== "html") throw new UsageError("--notice is a printable page: use it with --format html");
  try {
    const json = readJsonCase(root, opts.case);
    const loaded = await loadPolicy(root, policy, io);
    if (!loaded) return 1;
    const result = runCase(loaded.module, json, { trace: true, ...calendarRunOptions(loaded.program, opts) });
    const x = explain(loaded.module, loaded.unit, result, json, explainContext(loaded.program, loaded.unit));
    io.out(opts.notice ? noticeHtml(x, localToday()) : format === "html" ? explanationHtml(x) : explanationText(x));
    return 0;
  } catch (e) {
    return reportEvaluationError(e, io);
  }
}
