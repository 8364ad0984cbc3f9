// The YAML test cases that sit next to each policy (policies/**/tests/*.yaml): inputs, the outputs the law
// implies (worked out by hand), and the provisions each case exercises.
import { readTextFile } from "../compiler/load/files.js";
import type { Lang } from "../dsl/lang.js";
import { cannotRead, notTestFile, notYaml, TEST_WORDS, type TestWords } from "./messages/test-report.js";
import { SaidError } from "./io.js";
import { parseDocument, isMap, isSeq, type Document, type ScalarTag } from "yaml";
import { readNumber } from "../runtime/case-json.js";
import { CaseError, RuleError } from "../runtime/errors.js";
import type { ClaimResult, ClaimsResult, FactsResult, RunOptions } from "../runtime/evaluate.js";
import type { PlanRun } from "../runtime/plan.js";
import { parseScaled } from "../runtime/scaled.js";

export interface ExpectedResult {
  status?: string;
  /** Under a plan: the version that must govern (its 文号), and the amendments its text must apply. */
  document?: string;
  amendments?: string[];
  outputs?: Record<string, unknown>;
  /** Per-output statuses (`calendar_unknown`, `provisional`), each as a status or { status, year }. */
  outputStatus?: Record<string, string | { status: string; year?: number }>;
}

export interface TestCase {
  name: string;
  provision?: string;
  case: unknown;
  expect: { claims?: (ExpectedResult & { id: string })[] } & ExpectedResult;
  tolerance?: string;
  /** Expect evaluation to fail with a message containing this text. */
  error?: string;
  /** Evaluate as known on this date: holiday notices, and a plan's versions and amendments, decided after it are not applied. */
  knownOn?: string;
  /** Count years no notice arranges from the statutory holidays. */
  provisionalCalendar?: boolean;
  line: number;
}

export interface TestFile {
  file: string;
  policy: string;
  cases: TestCase[];
}

export interface CaseOutcome {
  test: TestCase;
  failures: string[];
  /** The result, with the module each claim was evaluated by. */
  run?: PlanRun;
}

// Numbers in a test case are read as written, as in a JSON case (runtime/case-json.ts): one whose digits a
// double cannot reproduce stays text, so that 10000000000000.009 is not read as 10000000000000.01.
const NUMBERS_AS_WRITTEN: ScalarTag[] = [
  { tag: "tag:yaml.org,2002:int", default: true, test: /^-?[0-9]+$/, resolve: readNumber },
  { tag: "tag:yaml.org,2002:float", default: true, test: /^-?[0-9]+\.[0-9]+(?:[eE][-+]?[0-9]+)?$|^-?[0-9]+[eE][-+]?[0-9]+$/, resolve: readNumber },
];

/** A test file that cannot be read as test cases, in both languages; each starts with file:line:col. */
export class TestFileError extends SaidError {}

export function readTestFile(file: string, text?: string): TestFile {
  if (text === undefined) {
    const read = readTextFile(file, 16 << 20);
    if ("problem" in read) throw new TestFileError(cannotRead({ at: `${file}:1:1`, why: read.why }));
    text = read.text;
  }
  const doc: Document = parseDocument(text, { customTags: (tags) => [...NUMBERS_AS_WRITTEN, ...(tags as ScalarTag[])] });
  const problem = doc.errors[0];
  if (problem) {
    const at = problem.linePos?.[0];
    throw new TestFileError(notYaml({ at: `${file}:${at ? `${at.line}:${at.col}` : "1:1"}`, yaml: problem.message.split("\n")[0]! }));
  }
  const data = doc.toJS() as { policy?: string; cases?: unknown[] };
  if (typeof data?.policy !== "string" || !Array.isArray(data.cases)) throw new TestFileError(notTestFile({ at: `${file}:1:1` }));
  const seq = doc.get("cases", true);
  const cases = data.cases.map((c, i) => {
    const node = isSeq(seq) ? seq.items[i] : undefined;
    const offset = isMap(node) && node.range ? node.range[0] : 0;
    return { ...(c as Omit<TestCase, "line">), line: lineAt(text, offset) };
  });
  return { file, policy: data.policy, cases };
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Evaluates a case the way `regc run` does: one policy's rules, or a plan routing each claim. */
export type Runner = (json: unknown, options: RunOptions) => PlanRun;

export function runTestCase(run: Runner, test: TestCase, options: Pick<RunOptions, "calendar"> = {}, lang: Lang = "en"): CaseOutcome {
  const w = TEST_WORDS[lang];
  let ran: PlanRun;
  try {
    ran = run(test.case, {
      trace: true,
      ...options,
      ...(test.knownOn ? { knownOn: test.knownOn } : {}),
      ...(test.provisionalCalendar ? { provisionalCalendar: true } : {}),
    });
  } catch (e) {
    if (e instanceof CaseError || e instanceof RuleError) {
      // An invalid case's expected error may be written in either language.
      const said = e instanceof RuleError ? [e.message] : [e.message, caseErrorIn(e, "zh")];
      if (test.error && said.some((s) => s.includes(test.error!))) return { test, failures: [] };
      return { test, failures: [w.evaluationFailed(e instanceof RuleError ? e.inLang(lang) : caseErrorIn(e, lang))] };
    }
    throw e;
  }
  const result: ClaimsResult | FactsResult = ran.result;
  if (test.error) return { test, failures: [w.expectedError(test.error)], run: ran };
  const failures: string[] = [];
  const tolerance = parseScaled(test.tolerance ?? "0", 2) ?? 0;
  if ("claims" in result) {
    for (const exp of test.expect.claims ?? []) {
      const got = result.claims.find((c) => c.id === exp.id);
      if (!got) failures.push(w.notInResult(w.claim(exp.id)));
      else failures.push(...compare(w, w.claim(exp.id), exp, got, tolerance));
    }
  } else {
    failures.push(...compare(w, w.result, test.expect, result, tolerance));
  }
  return { test, failures, run: ran };
}

function compare(w: TestWords, where: string, exp: ExpectedResult, got: ClaimResult | FactsResult, tolerance: number): string[] {
  const failures: string[] = [];
  if (exp.status !== undefined && exp.status !== got.status) failures.push(w.status(where, got.status, exp.status));
  const document = (got as { document?: string }).document;
  if (exp.document !== undefined && exp.document !== document) failures.push(w.governedBy(where, document, exp.document));
  const amendments = (got as { amendments?: string[] }).amendments ?? [];
  if (exp.amendments !== undefined && exp.amendments.join("、") !== amendments.join("、")) {
    failures.push(w.amendedBy(where, amendments.join("、"), exp.amendments.join("、")));
  }
  for (const [name, want] of Object.entries(exp.outputs ?? {})) {
    const have = got.outputs[name];
    if (have === undefined) {
      failures.push(w.noOutput(where, name, String(want)));
      continue;
    }
    if (!sameValue(have, want, tolerance)) failures.push(w.output(where, name, String(have), String(want)));
  }
  for (const [name, want] of Object.entries(exp.outputStatus ?? {})) {
    const have = got.outputStatus?.[name];
    const x = typeof want === "string" ? { status: want } : want;
    if (!have || have.status !== x.status || (x.year !== undefined && have.year !== x.year)) {
      failures.push(w.outputStatus(where, name, have ? `${have.status} (${have.year})` : undefined, `${x.status}${x.year ? ` (${x.year})` : ""}`));
    }
  }
  return failures;
}

function sameValue(have: unknown, want: unknown, tolerance: number): boolean {
  if (typeof have === "boolean" || typeof want === "boolean") return have === want;
  const a = parseScaled(String(have), 8);
  const b = parseScaled(String(want), 8);
  if (a === undefined || b === undefined) return String(have) === String(want);
  return Math.abs(a - b) <= tolerance * 1_000_000;
}

/** An invalid case's problems, one a line, as CaseError's message writes them, in `lang`. */
function caseErrorIn(e: CaseError, lang: Lang): string {
  return e
    .inLang(lang)
    .map((i) => `${i.path}: ${i.message}`)
    .join("\n");
}
