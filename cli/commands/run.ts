// `regc run <policy> --case <file>`: one JSON result on stdout (docs/contracts.md). A plan routes each claim
// to the version in force on its date; `--known-on` reads the law as it stood that day.
import { calendarRunOptions, type CalendarFlags } from "../calendar-options.js";
import { projectOptions, readJsonCase, reportEvaluationError, type Io } from "../io.js";
import { loadEvaluation, projectProgram } from "../policy-module.js";

export async function runCommand(root: string, policy: string, opts: { case: string; trace: boolean; policies?: string[] } & CalendarFlags, io: Io): Promise<number> {
  try {
    const json = readJsonCase(root, opts.case);
    const evaluation = await loadEvaluation(root, policy, io, projectProgram(root, projectOptions(root, opts)));
    if (!evaluation) return 1;
    const { result } = evaluation.run(json, { trace: opts.trace, ...calendarRunOptions(evaluation.program, opts) });
    io.out(JSON.stringify(result, null, 2) + "\n");
    return 0;
  } catch (e) {
    return reportEvaluationError(e, io);
  }
}
