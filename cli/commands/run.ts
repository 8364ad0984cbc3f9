// `regc run <policy> --case <file>`: one JSON result on stdout (CONTRACTS.md).
import { runCase } from "../../runtime/evaluate.js";
import { calendarRunOptions, type CalendarFlags } from "../calendar-options.js";
import { readJsonCase, reportEvaluationError, type Io } from "../io.js";
import { loadPolicy } from "../policy-module.js";

export async function runCommand(root: string, policy: string, opts: { case: string; trace: boolean } & CalendarFlags, io: Io): Promise<number> {
  try {
    const json = readJsonCase(root, opts.case);
    const loaded = await loadPolicy(root, policy, io);
    if (!loaded) return 1;
    const result = runCase(loaded.module, json, { trace: opts.trace, ...calendarRunOptions(loaded.program, opts) });
    io.out(JSON.stringify(result, null, 2) + "\n");
    return 0;
  } catch (e) {
    return reportEvaluationError(e, io);
  }
}
