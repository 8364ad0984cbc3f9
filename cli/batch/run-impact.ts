// `regc impact`: the same case file through two versions of a plan, in the worker pool; per-person totals of
// one output compared, and the largest changes with the provision that caused each.
import { statSync } from "node:fs";
import type { Lang } from "../../runtime/lang.js";
import { openCases } from "./input.js";
import { emptyTotals, keepLargest, type Change, type ImpactPart, type ImpactTotals } from "./impact-task.js";
import type { CalendarData } from "../../runtime/calendar-data.js";
import { openChanges } from "./changes-out.js";
import { runPool } from "./pool.js";
import { progress } from "./progress.js";

export interface ImpactOptions {
  /** The project root. */
  root: string;
  /** The official calendar, and the date it is known on. */
  calendar: CalendarData;
  knownOn?: string;
  /** The language of the problems' words (RunOptions.lang). */
  lang?: Lang;
  modules: [string, string];
  cases: string;
  output: string;
  top: number;
  asIf?: boolean;
  workers?: number;
  /** Where each person's comparison goes (changes-out.ts), if anywhere. */
  out?: string;
  progress?: (text: string) => void;
  problem(text: string): void;
}

export interface Impact {
  totals: ImpactTotals;
  top: Change[];
}

export async function runImpact(opts: ImpactOptions): Promise<Impact> {
  const size = statSync(opts.cases).size;
  const input = await openCases(opts.cases);
  const totals = emptyTotals();
  let top: Change[] = [];
  const shown = progress(opts.progress, input.bytesRead, size);
  const out = opts.out === undefined ? undefined : openChanges(opts.out);
  try {
    await runPool<ImpactPart>({
      root: opts.root,
      setup: {
        task: "impact",
        modules: opts.modules,
        format: input.format,
        header: input.header,
        report: out !== undefined,
        output: opts.output,
        top: opts.top,
        calendar: opts.calendar,
        ...(opts.knownOn ? { knownOn: opts.knownOn } : {}),
        ...(opts.lang ? { lang: opts.lang } : {}),
        asIf: opts.asIf === true,
      },
      pieces: input.pieces,
      ...(opts.workers ? { workers: opts.workers } : {}),
      onPart: (part) => {
        for (const k of ["cases", "claims", "skipped", "better", "worse", "same"] as const) totals[k] += part.totals[k];
        totals.oldTotal += part.totals.oldTotal;
        totals.newTotal += part.totals.newTotal;
        for (const c of part.top) top = keepLargest(top, c, opts.top, (x) => Math.abs(x.new - x.old));
        for (const p of part.problems) opts.problem(p);
        if (out) for (const p of part.people) out.add(p);
        shown.update(totals.cases, totals.claims);
      },
    });
  } finally {
    await input.close();
  }
  await out?.close();
  shown.done();
  return { totals, top };
}
