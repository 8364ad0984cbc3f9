// `regc test --reporter junit`: JUnit XML, which CI systems show as test results (one suite per test file,
// one test case per YAML case; a failing case carries its failures and its explanation), written with
// junit-report-builder.
import junitModule, { type Builder } from "junit-report-builder";
import type { TestReport } from "../test-run.js";

// The package is CommonJS and exports the builder itself; its typings describe it as an ES default export.
const junit = junitModule as unknown as Builder;

export function junitReport(report: TestReport): string {
  const builder = junit.newBuilder().name("regc test");
  for (const f of report.files) {
    const suite = builder.testSuite().name(f.file);
    if (f.error) {
      suite
        .testCase()
        .className(f.policy ?? f.file)
        .name(f.file)
        .file(f.file)
        .error(f.error, "not run");
      continue;
    }
    for (const c of f.cases) {
      const tc = suite
        .testCase()
        .className(f.policy!)
        .name(c.provision ? `${c.name} [${c.provision}]` : c.name)
        .file(f.file);
      if (c.failures.length) tc.failure(c.failures[0]!, "mismatch").stacktrace([...c.failures, "", ...c.explanation].join("\n"));
    }
  }
  return builder.build() + "\n";
}
