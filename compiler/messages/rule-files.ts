// Diagnostics of a rule file as a file (E0119–E0121): one that cannot be read, and one whose name cannot name
// its generated module.
import { entry } from "../../dsl/messages/entry.js";
import { codePointLabel } from "../../dsl/messages/limits.js";
import { readProblemText, type ReadProblem } from "./read-problems.js";

export const ruleFileUnreadable = entry<{ problem: ReadProblem }>({
  code: "E0119",
  severity: "error",
  title: {
    en: "the rule file cannot be read: not a regular file (a named pipe, a device) or not readable",
    zh: "无法读取规则文件：不是普通文件（命名管道、设备），或没有读取权限",
  },
  sample: "policies/x.policy is a FIFO",
  example: { problem: { kind: "notFile", is: "pipe" } },
  message: {
    en: (p) => `the rule file cannot be read: ${readProblemText.en(p.problem)}`,
    zh: (p) => `无法读取规则文件：${readProblemText.zh(p.problem)}`,
  },
  help: { en: () => "a rule file is a text file (UTF-8) under policies/", zh: () => "规则文件是 policies/ 下的文本文件（UTF-8 编码）" },
});

export const moduleNameTaken = entry<{ file: string; module: string; other?: string }>({
  code: "E0120",
  severity: "error",
  title: {
    en: "a rule file whose generated module would overwrite another generated file: `generated/index.ts`, or another rule file's module (also when the two names differ only in case)",
    zh: "规则文件生成的模块会覆盖另一个生成的文件：generated/index.ts，或另一个规则文件的模块（两个名称仅大小写不同时也是如此）",
  },
  sample: "policies/index.policy",
  example: { file: "policies/index.policy", module: "index" },
  message: {
    en: (p) =>
      `${p.file} would be compiled to generated/${p.module}.ts, ${p.other === undefined ? "which is the index of all policies" : `the module of ${p.other}`}`,
    zh: (p) => `${p.file} 会编译成 generated/${p.module}.ts，${p.other === undefined ? "而这是所有政策的索引文件" : `而这是 ${p.other} 的模块`}`,
  },
  help: {
    en: (p) =>
      p.other === undefined ? "rename the rule file" : "rename one of the two rule files (names that differ only in case are one file on Windows and macOS)",
    zh: (p) => (p.other === undefined ? "请给规则文件改名" : "请给两个规则文件之一改名（在 Windows 和 macOS 上，仅大小写不同的名称是同一个文件）"),
  },
});

/** The note of E0120 on the other rule file. */
export const compiledTo = (file: string, module: string) => ({
  en: `${file} is compiled to generated/${module}.ts`,
  zh: `${file} 编译成 generated/${module}.ts`,
});

export const unusableModuleName = entry<{ codePoint: number }>({
  code: "E0121",
  severity: "error",
  title: {
    en: "a rule file name that cannot name a generated module: a control or invisible character, or `#`, `?`, `%`, `\\`",
    zh: "规则文件名不能用作生成模块的名称：含有控制字符或不可见字符，或 #、?、%、\\",
  },
  sample: "policies/a#b.policy",
  example: { codePoint: 0x23 },
  message: {
    en: (p) => `the rule file's name cannot name a generated module: it has the character ${codePointLabel(p.codePoint)}`,
    zh: (p) => `规则文件名不能用作生成模块的名称：其中有字符 ${codePointLabel(p.codePoint)}`,
  },
  help: {
    en: () => "rename the file with letters, digits, - and _ (e.g. employee-medical.policy)",
    zh: () => "请只用字母、数字、- 和 _ 给文件改名（例如 employee-medical.policy）",
  },
});
