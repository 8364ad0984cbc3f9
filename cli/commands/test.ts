// `regc test [paths]`: runs the YAML cases of every policy; a failure prints the case's explanation.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { compileProgram, relativePath } from "../../compiler/program.js";
import { explainContext } from "../explain/context.js";
import { explain } from "../explain/model.js";
import { itemText } from "../explain/text.js";
import { calendarData } from "../../compiler/calendar/index.js";
import { requireExisting, UsageError, type Io } from "../io.js";
import { loadPolicy, type LoadedPolicy } from "../policy-module.js";
import { readTestFile, runTestCase, TestFileError, type TestFile } from "../yaml-tests.js";

export function findTestFiles(root: string, paths: string[]): string[] {
  const out: string[] = [];
  const visit = (p: string, inTests: boolean) => {
    if (!existsSync(p)) return;
    if (statSync(p).isDirectory()) {
      for (const n of readdirSync(p).sort()) if (!n.startsWith(".") && n !== "node_modules") visit(join(p, n), inTests || n === "tests");
    } else if (inTests && /\.ya?ml$/.test(p)) out.push(p);
  };
  for (const p of paths.length ? paths.map((x) => resolve(root, x)) : [join(root, "policies")]) {
    visit(p, /\.ya?ml$/.test(p) || p.split(/[\\/]/).includes("tests"));
  }
  return out;
}

export async function testCommand(root: string, paths: string[], io: Io): Promise<number> {
  requireExisting(root, paths);
  let passed = 0;
  let failed = 0;
  const program = compileProgram(root);
  const calendar = calendarData(program.calendar, { provisional: true });
  for (const file of findTestFiles(root, paths)) {
    const rel = relativePath(root, file);
    let tests: TestFile;
    let loaded: LoadedPolicy | undefined;
    try {
      tests = readTestFile(file);
      loaded = await loadPolicy(root, tests.policy, io, program);
    } catch (e) {
      if (!(e instanceof TestFileError || e instanceof UsageError)) throw e;
      io.err(`${e instanceof UsageError ? `${rel}: ` : ""}${e.message}\n`);
      failed++;
      continue;
    }
    if (!loaded) {
      io.err(`${rel}: policy ${tests.policy} does not compile\n`);
      failed += tests.cases.length;
      continue;
    }
    let filePassed = 0;
    for (const test of tests.cases) {
      const outcome = runTestCase(loaded.module, test, { calendar });
      if (!outcome.failures.length) {
        filePassed++;
        continue;
      }
      failed++;
      io.err(`\nFAIL ${rel}:${test.line} ${test.name}${test.provision ? `  [${test.provision}]` : ""}\n`);
      for (const f of outcome.failures) io.err(`  ${f}\n`);
      const r = outcome.result;
      if (r && "claims" in r) {
        const x = explain(loaded.module, loaded.unit, r, test.case, explainContext(program, loaded.unit));
        for (const item of x.items) io.err(itemText(x, item).map((l) => `  ${l}`).join("\n") + "\n");
      }
    }
    passed += filePassed;
    io.err(`${rel}: ${filePassed}/${tests.cases.length} passed\n`);
  }
  io.out(`${passed} passed, ${failed} failed\n`);
  return failed ? 1 : 0;
}
