// Runs the YAML test cases of the policies (`regc test`) and gathers what happened to each, for the reporters
// in cli/reports/test-*.ts: which cases passed, what failed and the explanation of each failing case.
import { calendarData } from "../compiler/calendar/index.js";
import * as say from "./messages/usage.js";
import { fileUsage, policyDoesNotCompile } from "./messages/test-report.js";
import { policyRoots, relativePath, type Program } from "../compiler/program.js";
import type { CalendarData } from "../runtime/calendar-data.js";
import type { AnyModule } from "../runtime/evaluate.js";
import { explainContext, type ExplainContext } from "./explain/context.js";
import { explainRun } from "./explain/plan.js";
import { itemText } from "./explain/text.js";
import { explanationLang, messageLang, projectOptions, requireExisting, UsageError, type Io } from "./io.js";
import type { Lang } from "../dsl/lang.js";
import { loadEvaluation, projectProgram, type Evaluation } from "./policy-module.js";
import { findTestFiles } from "./test-files.js";
import { readTestFile, runTestCase, TestFileError, type TestCase, type TestFile } from "./yaml-tests.js";

export interface CaseReport {
  name: string;
  line: number;
  provision?: string;
  /** Empty when the case passed. */
  failures: string[];
  /** For a failing case: the explanation of its result, line by line. */
  explanation: string[];
}

export interface FileReport {
  /** Relative to the project root. */
  file: string;
  /** The policy's id (文号, or 文号/part) or the plan's name, or the name the file gives when it cannot be found. */
  policy?: string;
  cases: CaseReport[];
  /** The file could not be run: unreadable, an unknown policy, or a policy that does not compile. */
  error?: string;
  /** With an error: how many cases it holds (each counts as failed). */
  unrun: number;
}

export interface TestReport {
  files: FileReport[];
  passed: number;
  failed: number;
}

/**
 * `filter`: only the cases whose name contains it (ignoring case); files without one are not read further.
 * `drafts`: the --policies folders, whose rule files are loaded and whose tests/ are run besides policies/'s.
 */
export async function runTests(root: string, paths: string[], filter: string | undefined, io: Io, drafts: readonly string[] = []): Promise<TestReport> {
  requireExisting(root, paths);
  const report: TestReport = { files: [], passed: 0, failed: 0 };
  const options = projectOptions(root, { policies: [...drafts] });
  const program = projectProgram(root, options);
  const evaluations = new Map<string, Evaluation | undefined>();
  const calendar = calendarData(program.calendar, { provisional: true });
  const wanted = (t: TestCase) => filter === undefined || t.name.toLowerCase().includes(filter.toLowerCase());
  for (const abs of findTestFiles(root, paths, policyRoots(options))) {
    const file = relativePath(root, abs);
    let tests: TestFile;
    let evaluation: Evaluation | undefined;
    try {
      tests = readTestFile(abs);
      tests = { ...tests, cases: tests.cases.filter(wanted) };
      if (!tests.cases.length) continue;
      if (!evaluations.has(tests.policy)) evaluations.set(tests.policy, await loadEvaluation(root, tests.policy, io, program, { rebuild: true }));
      evaluation = evaluations.get(tests.policy);
    } catch (e) {
      if (!(e instanceof TestFileError || e instanceof UsageError)) throw e;
      report.files.push({ file, cases: [], error: (e instanceof UsageError ? fileUsage({ file, usage: e.text }) : e.text)[messageLang(io)], unrun: 1 });
      report.failed++;
      continue;
    }
    if (!evaluation) {
      report.files.push({
        file,
        policy: tests.policy,
        cases: [],
        error: policyDoesNotCompile({ file, policy: tests.policy })[messageLang(io)],
        unrun: tests.cases.length,
      });
      report.failed += tests.cases.length;
      continue;
    }
    const cases = tests.cases.map((test) => caseReport(program, evaluation, test, calendar, messageLang(io), explanationLang(io)));
    const failed = cases.filter((c) => c.failures.length).length;
    report.passed += cases.length - failed;
    report.failed += failed;
    report.files.push({ file, policy: evaluation.id, cases, unrun: 0 });
  }
  if (filter !== undefined && !report.files.length) throw new UsageError(say.noTestNamed({ filter }));
  return report;
}

/** `lang`: the report's; `explaining`: the language of a failing case's explanation (Chinese unless English was chosen). */
function caseReport(program: Program, evaluation: Evaluation, test: TestCase, calendar: CalendarData, lang: Lang, explaining: Lang): CaseReport {
  const outcome = runTestCase(evaluation.run, test, { calendar }, lang);
  const r = outcome.run;
  let explanation: string[] = [];
  if (outcome.failures.length && r && "claims" in r.result) {
    const units = new Map([...evaluation.loaded.values()].map((l) => [l.module, l.unit]));
    const cxOf = (mod: AnyModule): ExplainContext => explainContext(program, units.get(mod)!);
    const x = explainRun(evaluation.id, r, test.case, units, cxOf, explaining);
    explanation = x.items.flatMap((item) => itemText(x, item));
  }
  return { name: test.name, line: test.line, ...(test.provision ? { provision: test.provision } : {}), failures: outcome.failures, explanation };
}
