// What `regc test` says of a case that did not come out as its YAML expects, and of the run, in both languages:
// codes, statuses, output names, values and 文号 are the same in both.
import type { Lang, Text } from "../../dsl/lang.js";
import { readProblemText, type ReadProblem } from "../../compiler/messages/read-problems.js";
import { said } from "./said.js";

export interface TestWords {
  evaluationFailed(message: string): string;
  expectedError(error: string): string;
  claim(id: string): string;
  result: string;
  notInResult(where: string): string;
  status(where: string, got: string, want: string): string;
  governedBy(where: string, got: string | undefined, want: string): string;
  amendedBy(where: string, got: string, want: string): string;
  noOutput(where: string, name: string, want: string): string;
  output(where: string, name: string, got: string, want: string): string;
  outputStatus(where: string, name: string, got: string | undefined, want: string): string;
  fileCount(file: string, passed: number, all: number): string;
  /** The heading of a case that failed. */
  failed: string;
  totals(passed: number, failed: number): string;
}

export const TEST_WORDS: Record<Lang, TestWords> = {
  en: {
    evaluationFailed: (m) => `evaluation failed: ${m}`,
    expectedError: (e) => `expected an error containing "${e}", but the case evaluated`,
    claim: (id) => `claim ${id}`,
    result: "result",
    notInResult: (w) => `${w}: not in the result`,
    status: (w, got, want) => `${w}: status ${got}, expected ${want}`,
    governedBy: (w, got, want) => `${w}: governed by ${got ?? "no version"}, expected ${want}`,
    amendedBy: (w, got, want) => `${w}: text amended by ${got || "nothing"}, expected ${want || "nothing"}`,
    noOutput: (w, name, want) => `${w}: no output ${name}, expected ${want}`,
    output: (w, name, got, want) => `${w}: ${name} = ${got}, expected ${want}`,
    outputStatus: (w, name, got, want) => `${w}: ${name} is ${got ?? "a plain answer"}, expected ${want}`,
    fileCount: (file, passed, all) => `${file}: ${passed}/${all} passed`,
    failed: "FAIL",
    totals: (passed, failed) => `${passed} passed, ${failed} failed`,
  },
  zh: {
    evaluationFailed: (m) => `计算失败：${m}`,
    expectedError: (e) => `应报错（含“${e}”），但案例计算成功`,
    claim: (id) => `申请 ${id}`,
    result: "结果",
    notInResult: (w) => `${w}：不在结果中`,
    status: (w, got, want) => `${w}：状态为 ${got}，应为 ${want}`,
    governedBy: (w, got, want) => `${w}：适用的版本为 ${got ?? "（无）"}，应为 ${want}`,
    amendedBy: (w, got, want) => `${w}：文本经 ${got || "（无）"} 修改，应为 ${want || "（无）"}`,
    noOutput: (w, name, want) => `${w}：没有结果 ${name}，应为 ${want}`,
    output: (w, name, got, want) => `${w}：${name} = ${got}，应为 ${want}`,
    outputStatus: (w, name, got, want) => `${w}：${name} 为 ${got ?? "确定的答案"}，应为 ${want}`,
    fileCount: (file, passed, all) => `${file}：${passed}/${all} 通过`,
    failed: "未通过",
    totals: (passed, failed) => `${passed} 个通过，${failed} 个失败`,
  },
};

/** A test file `regc test` cannot run, said at its `file:line:column` (the YAML library's own words stay English). */
export const cannotRead = said<{ at: string; why: ReadProblem }>(
  (p) => `${p.at}: cannot be read: ${readProblemText.en(p.why)}`,
  (p) => `${p.at}：无法读取：${readProblemText.zh(p.why)}`,
);
export const notYaml = said<{ at: string; yaml: string }>(
  (p) => `${p.at}: ${p.yaml}`,
  (p) => `${p.at}：${p.yaml}`,
);
export const notTestFile = said<{ at: string }>(
  (p) => `${p.at}: expected "policy:" and a list "cases:"`,
  (p) => `${p.at}：应有“policy:”和列表“cases:”`,
);
export const policyDoesNotCompile = said<{ file: string; policy: string }>(
  (p) => `${p.file}: policy ${p.policy} does not compile`,
  (p) => `${p.file}：政策 ${p.policy} 未能编译`,
);
export const fileUsage = said<{ file: string; usage: Text }>(
  (p) => `${p.file}: ${p.usage.en}`,
  (p) => `${p.file}：${p.usage.zh}`,
);
