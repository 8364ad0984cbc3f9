// `regc explain <policy> --case <file> [--format text|html] [--notice]`: the result as a readable account,
// article by article, with the articles quoted from the gazette text; as HTML, a self-contained page to print;
// with --notice, the decision notice handed to the applicant. All three are rendered from one explanation. A
// plan's claims are each explained under the version that decided them. The account and the page are in the
// reader's language (--lang, else the locale, else Chinese); the notice is always Chinese, for the applicant.
import type { AnyModule } from "../../runtime/evaluate.js";
import type { Lang } from "../../dsl/lang.js";
import * as say from "../messages/usage.js";
import { explainContext, type ExplainContext } from "../explain/context.js";
import { explanationHtml } from "../explain/html.js";
import { noticeHtml } from "../explain/notice.js";
import { explainRun } from "../explain/plan.js";
import { explanationText } from "../explain/text.js";
import { calendarRunOptions, type CalendarFlags } from "../calendar-options.js";
import { explanationLang, messageLang, projectOptions, readJsonCase, reportEvaluationError, UsageError, type Io } from "../io.js";
import { noticeInChinese } from "../messages/progress.js";
import { loadEvaluation, projectProgram } from "../policy-module.js";
import { localToday } from "../today.js";

export async function explainCommand(
  root: string,
  policy: string,
  opts: { case: string; format?: string; notice?: boolean; policies?: string[]; rebuild?: boolean } & CalendarFlags,
  io: Io,
): Promise<number> {
  const format = opts.format ?? "text";
  if (format !== "text" && format !== "html") throw new UsageError(say.explainFormat({ got: format }));
  if (opts.notice && format !== "html") throw new UsageError(say.noticeNeedsHtml({}));
  try {
    const json = readJsonCase(root, opts.case);
    const evaluation = await loadEvaluation(root, policy, io, projectProgram(root, projectOptions(root, opts)), { rebuild: opts.rebuild === true });
    if (!evaluation) return 1;
    // The notice is handed to the applicant: Chinese whatever the case worker reads, who is told so.
    const lang = opts.notice ? "zh" : explanationLang(io);
    if (opts.notice && explanationLang(io) !== "zh") io.err(`${noticeInChinese({})[messageLang(io)]}\n`);
    const run = evaluation.run(json, { trace: true, ...calendarRunOptions(evaluation.program, opts), lang });
    const units = new Map([...evaluation.loaded.values()].map((l) => [l.module, l.unit]));
    const contexts = new Map<AnyModule, ExplainContext>();
    const cxOf = (mod: AnyModule): ExplainContext => {
      if (!contexts.has(mod)) contexts.set(mod, explainContext(evaluation.program, units.get(mod)!));
      return contexts.get(mod)!;
    };
    const explained = <L extends Lang>(l: L) => explainRun(evaluation.id, run, json, units, cxOf, l);
    if (opts.notice) io.out(noticeHtml(explained("zh"), localToday()));
    else {
      const x = explained(lang);
      io.out(format === "html" ? explanationHtml(x) : explanationText(x));
    }
    return 0;
  } catch (e) {
    return reportEvaluationError(e, io);
  }
}
