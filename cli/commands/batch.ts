// `regc batch <policy> --cases <file.jsonl|file.csv> --out <file>`: evaluates every case of a file on all
// cores, one JSON result per line in input order, and prints a summary (claims by status, exact totals by
// output). Invalid cases are reported with their line and JSON path and counted; the run goes on and exits 1.
import { existsSync } from "node:fs";
import * as say from "../messages/usage.js";
import { resolve } from "node:path";
import { formatSummary } from "../batch/summary.js";
import { problemPrinter } from "../batch/problems.js";
import { preparePolicies } from "../batch/prepare.js";
import { reports } from "../batch/report.js";
import { runBatch } from "../batch/run-batch.js";
import { compiledBatchPolicy, summaryModule } from "../batch/load.js";
import { messageLang, projectOptions, reportLang, UsageError, type Io } from "../io.js";
import { projectCalendar, type CalendarFlags } from "../calendar-options.js";

export interface BatchFlags extends CalendarFlags {
  cases: string;
  out: string;
  report?: boolean;
  workers?: string;
  policies?: string[];
  rebuild?: boolean;
}

export async function batchCommand(root: string, policy: string, opts: BatchFlags, io: Io): Promise<number> {
  const cases = resolve(root, opts.cases);
  if (!existsSync(cases)) throw new UsageError(say.caseFileNotFound({ file: opts.cases }));
  const workers = opts.workers === undefined ? undefined : Number(opts.workers);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 1))
    throw new UsageError(say.wholeNumber({ flag: "--workers", min: 1, got: opts.workers! }));
  const drafts = projectOptions(root, opts).policies;
  const calendar = projectCalendar(root, opts, drafts);
  const compiled = drafts.length || opts.rebuild ? undefined : await compiledBatchPolicy(root, policy);
  const loaded = compiled ?? (await preparePolicies(root, [policy], io, drafts, opts.rebuild === true))?.[0];
  if (!loaded) return 1;
  if (summaryModule(loaded).meta.mode === "facts" && /\.csv$/i.test(cases)) throw new UsageError(say.factsNeedJsonLines({ id: loaded.id }));
  const makeReport = opts.report ? reports[loaded.id] : undefined;
  if (opts.report && !makeReport) throw new UsageError(say.noReport({ id: loaded.id }));
  const report = makeReport?.();
  const problems = problemPrinter(io);
  const start = performance.now();
  const summary = await runBatch({
    root,
    ...calendar,
    modules: loaded.modules.map((m) => m.url),
    ...(loaded.plan ? { plan: { spec: loaded.plan, ids: loaded.modules.map((m) => m.id) } } : {}),
    cases,
    out: resolve(root, opts.out),
    outputs: summaryModule(loaded).outputs,
    ...(report ? { report } : {}),
    ...(workers ? { workers } : {}),
    ...(io.tty ? { progress: io.err } : {}),
    problem: problems.print,
    ...(io.lang ? { lang: io.lang } : {}),
  });
  problems.finish();
  const seconds = (performance.now() - start) / 1000;
  const lang = messageLang(io);
  io.out(formatSummary(summary, summaryModule(loaded).outputs, seconds, lang));
  const mb = Math.round(process.resourceUsage().maxRSS / 1024);
  io.out(lang === "zh" ? `内存峰值：${mb} MB\n` : `peak memory: ${mb} MB\n`);
  if (report) io.out(report.render(reportLang(io, "en")));
  return summary.invalid || summary.errors ? 1 : 0;
}
