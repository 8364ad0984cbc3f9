// `regc batch`: streams a case file through the worker pool, writes one JSON result per case in input order,
// and adds up the summary (and a report, when asked).
import { statSync } from "node:fs";
import type { Lang } from "../../runtime/lang.js";
import type { OutputSpec } from "../../runtime/module.js";
import { openCases } from "./input.js";
import type { CalendarData } from "../../runtime/calendar-data.js";
import { runPool } from "./pool.js";
import { progress } from "./progress.js";
import type { EvaluatePart, WorkerSetup } from "./protocol.js";
import type { Report } from "./report.js";
import { openResults } from "./results-out.js";
import { emptySummary, mergeSummary, type Summary } from "./summary.js";

export interface BatchOptions {
  /** The project root. */
  root: string;
  /** The official calendar, and the date it is known on. */
  calendar: CalendarData;
  knownOn?: string;
  /** The language of the results' reasons (RunOptions.lang). */
  lang?: Lang;
  /** File URLs of the generated rule modules: the policy's, or a plan's versions'. */
  modules: string[];
  /** For a plan: its routing table and the policy id of each module. */
  plan?: WorkerSetup["plan"];
  cases: string;
  /** JSON Lines, or Parquet for *.parquet (results-out.ts). */
  out: string;
  /** The policy's outputs: the columns of a Parquet result file. */
  outputs: readonly OutputSpec[];
  report?: Report;
  workers?: number;
  /** Where progress goes (a terminal's stderr), if anywhere. */
  progress?: (text: string) => void;
  /** Every problem line (invalid case, undecidable rule), as it is found. */
  problem(text: string): void;
}

export async function runBatch(opts: BatchOptions): Promise<Summary> {
  const size = statSync(opts.cases).size;
  const input = await openCases(opts.cases);
  const out = openResults(opts.out, opts.outputs);
  const summary = emptySummary();
  const shown = progress(opts.progress, input.bytesRead, size);
  try {
    await runPool<EvaluatePart>({
      root: opts.root,
      setup: {
        task: "evaluate",
        modules: opts.modules,
        ...(opts.plan ? { plan: opts.plan } : {}),
        format: input.format,
        header: input.header,
        report: opts.report !== undefined,
        output: "",
        top: 0,
        calendar: opts.calendar,
        ...(opts.knownOn ? { knownOn: opts.knownOn } : {}),
        ...(opts.lang ? { lang: opts.lang } : {}),
      },
      pieces: input.pieces,
      ...(opts.workers ? { workers: opts.workers } : {}),
      onPart: async (part) => {
        mergeSummary(summary, part.summary);
        for (const p of part.problems) opts.problem(p);
        for (const row of part.rows) opts.report?.add(row);
        await out.write(part.bytes);
        shown.update(summary.cases + summary.invalid + summary.errors, summary.claims);
      },
    });
  } finally {
    await input.close();
  }
  shown.done();
  await out.close();
  return summary;
}
