// `regc run <policy> --case <file>`: one JSON result on stdout (docs/contracts.md). A plan routes each claim
// to the version in force on its date; `--known-on` reads the law as it stood that day. The compiled modules
// are loaded as they are (compiled-load.ts): nothing is checked, formatted or written unless --rebuild.
import { runnableFor } from "../compiled-load.js";
import { readJsonCase, reportEvaluationError, type Io } from "../io.js";
import { runOptionsOf, type CalendarFlags } from "../run-options.js";

export async function runCommand(
  root: string,
  policy: string,
  opts: { case: string; trace: boolean; policies?: string[]; rebuild?: boolean } & CalendarFlags,
  io: Io,
): Promise<number> {
  try {
    const json = readJsonCase(root, opts.case);
    const runnable = await runnableFor(root, policy, opts, io);
    if (!runnable) return 1;
    // reasons in the reader's language (--lang, else the locale), else Chinese (RunOptions.lang)
    const { result } = runnable.run(json, { trace: opts.trace, ...runOptionsOf(runnable.calendar, opts), ...(io.lang ? { lang: io.lang } : {}) });
    io.out(JSON.stringify(result, null, 2) + "\n");
    return 0;
  } catch (e) {
    return reportEvaluationError(e, io);
  }
}
