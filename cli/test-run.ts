// Runs the YAML test cases of the policies (`regc test`) and gathers what happened to each, for the reporters
// in cli/reports/test-*.ts: which cases passed, what failed and the explanation of each failing case.
import { calendarData } from "../compiler/calendar/index.js";
import { compileProgram, relativePath, unitId, type Program } from "../compiler/program.js";
import type { CalendarData } from "../runtime/calendar-data.js";
import { explainContext } from "./explain/context.js";
import { explain } from "./explain/model.js";
import { itemText } from "./explain/text.js";
import { requireExisting, UsageError, type Io } from "./io.js";
import { loadPolicy, type LoadedPolicy } from "./policy-module.js";
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
  /** The policy's id (文号, or 文号/part), or the name the file gives when it cannot be found. */
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

/** `filter`: only the cases whose name contains it (ignoring case); files without one are not read further. */
export async function runTests(root: string, paths: string[], filter: string | undefined, io: Io): Promise<TestReport> {
  requireExisting(root, paths);
  const report: TestReport = { files: [], passed: 0, failed: 0 };
  const program = compileProgram(root);
  const calendar = calendarData(program.calendar, { provisional: true });
  const wanted = (t: TestCase) => filter === undefined || t.name.toLowerCase().includes(filter.toLowerCase());
  for (const abs of findTestFiles(root, paths)) {
    const file = relativePath(root, abs);
    let tests: TestFile;
    let loaded: LoadedPolicy | undefined;
    try {
      tests = readTestFile(abs);
      tests = { ...tests, cases: tests.cases.filter(wanted) };
      if (!tests.cases.length) continue;
      loaded = await loadPolicy(root, tests.policy, io, program);
    } catch (e) {
      if (!(e instanceof TestFileError || e instanceof UsageError)) throw e;
      report.files.push({ file, cases: [], error: e instanceof UsageError ? `${file}: ${e.message}` : e.message, unrun: 1 });
      report.failed++;
      continue;
    }
    if (!loaded) {
      report.files.push({ file, policy: tests.policy, cases: [], error: `${file}: policy ${tests.policy} does not compile`, unrun: tests.cases.length });
      report.failed += tests.cases.length;
      continue;
    }
    const cases = tests.cases.map((test) => caseReport(program, loaded, test, calendar));
    const failed = cases.filter((c) => c.failures.length).length;
    report.passed += cases.length - failed;
    report.failed += failed;
    report.files.push({ file, policy: unitId(loaded.unit), cases, unrun: 0 });
  }
  if (filter !== undefined && !report.files.length) throw new UsageError(`没有名称包含“${filter}”的测试用例`);
  return report;
}

function caseReport(program: Program, loaded: LoadedPolicy, test: TestCase, calendar: CalendarData): CaseReport {
  const outcome = runTestCase(loaded.module, test, { calendar });
  const r = outcome.result;
  let explanation: string[] = [];
  if (outcome.failures.length && r && "claims" in r) {
    const x = explain(loaded.module, loaded.unit, r, test.case, explainContext(program, loaded.unit));
    explanation = x.items.flatMap((item) => itemText(x, item));
  }
  return { name: test.name, line: test.line, ...(test.provision ? { provision: test.provision } : {}), failures: outcome.failures, explanation };
}
