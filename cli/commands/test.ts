// `regc test [paths] [--filter <name>] [--reporter text|json|junit]`: runs the YAML cases of every policy. The
// text report prints a failing case's explanation and ends with "N passed, N failed"; json and junit print
// the same outcome for CI tools on stdout.
import { junitReport } from "../reports/test-junit.js";
import { runTests, type TestReport } from "../test-run.js";
import { chooseFormat, messageLang, type Io } from "../io.js";
import { TEST_WORDS } from "../messages/test-report.js";

const REPORTERS = ["text", "json", "junit"] as const;

export async function testCommand(root: string, paths: string[], opts: { reporter: string; filter?: string; policies?: string[] }, io: Io): Promise<number> {
  const reporter = chooseFormat(REPORTERS, { format: opts.reporter }, "--reporter");
  const report = await runTests(root, paths, opts.filter, io, opts.policies ?? []);
  if (reporter === "json") io.out(JSON.stringify(jsonReport(report), null, 2) + "\n");
  else if (reporter === "junit") io.out(junitReport(report));
  else textReport(report, io);
  return report.failed ? 1 : 0;
}

function textReport(report: TestReport, io: Io): void {
  const w = TEST_WORDS[messageLang(io)];
  for (const f of report.files) {
    if (f.error) {
      io.err(`${f.error}\n`);
      continue;
    }
    for (const c of f.cases) {
      if (!c.failures.length) continue;
      io.err(`\n${w.failed} ${f.file}:${c.line} ${c.name}${c.provision ? `  [${c.provision}]` : ""}\n`);
      for (const failure of c.failures) io.err(`  ${failure}\n`);
      if (c.explanation.length) io.err(c.explanation.map((l) => `  ${l}`).join("\n") + "\n");
    }
    io.err(`${w.fileCount(f.file, f.cases.filter((c) => !c.failures.length).length, f.cases.length)}\n`);
  }
  io.out(`${w.totals(report.passed, report.failed)}\n`);
}

function jsonReport(report: TestReport): object {
  return {
    passed: report.passed,
    failed: report.failed,
    files: report.files.map((f) => ({
      file: f.file,
      ...(f.policy ? { policy: f.policy } : {}),
      ...(f.error ? { error: f.error, casesNotRun: f.unrun } : {}),
      cases: f.cases.map((c) => ({
        name: c.name,
        line: c.line,
        ...(c.provision ? { provision: c.provision } : {}),
        passed: !c.failures.length,
        failures: c.failures,
        ...(c.explanation.length ? { explanation: c.explanation.join("\n") } : {}),
      })),
    })),
  };
}
