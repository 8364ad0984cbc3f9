// Diagnostics of a document's `source` (E0803, E0805, E0810, E0811): the gazette text it names is missing,
// outside the rule file's folder, unreadable, or the text of another document.
import { entry } from "../../dsl/messages/entry.js";
import { readProblemText, type ReadProblem } from "./read-problems.js";

export const sourceMissing = entry<{ number: string; file: string; ruleFile: string }>({
  code: "E0803",
  severity: "error",
  title: { en: "the source text named by `source` does not exist", zh: "source 所指的公报原文不存在" },
  sample: 'source "sources/x.txt"',
  example: { number: "绵府发〔2018〕3号", file: "policies/mianyang/sources/x.txt", ruleFile: "policies/mianyang/employee-medical.policy" },
  message: {
    en: (p) => `the source text of ${p.number} is missing: ${p.file} does not exist`,
    zh: (p) => `${p.number} 的公报原文缺失：${p.file} 不存在`,
  },
  help: {
    en: (p) => `copy the gazette text to ${p.file}, or correct the path (it is relative to the folder of ${p.ruleFile})`,
    zh: (p) => `请把公报原文复制到 ${p.file}，或改正路径（路径相对于 ${p.ruleFile} 所在的文件夹）`,
  },
});

export const sourceOfAnother = entry<{ file: string; found: string; number: string }>({
  code: "E0805",
  severity: "error",
  title: { en: "the source text is the text of another document (its 文号 differs)", zh: "source 所指的是另一个文件的原文（文号不同）" },
  sample: "南川's rule file pointing at 锦州's text",
  example: { file: "policies/nanchuan/sources/锦州.txt", found: "锦政办发〔2017〕61号", number: "南川府办发〔2023〕8号" },
  message: {
    en: (p) => `${p.file} is the text of ${p.found}, not of ${p.number}`,
    zh: (p) => `${p.file} 是 ${p.found} 的原文，不是 ${p.number} 的`,
  },
  help: { en: (p) => `point source at the text of ${p.number}`, zh: (p) => `请让 source 指向 ${p.number} 的原文` },
});

export const sourceOutside = entry<{ number: string; folder: string; file: string }>({
  code: "E0810",
  severity: "error",
  title: {
    en: "a `source` outside the folder of the rule file that declares the document, directly or through a symbolic link",
    zh: "source 指向声明该文件的规则文件所在文件夹之外（直接或经由符号链接）",
  },
  sample: 'source "../../../../etc/passwd"',
  example: { number: "绵府发〔2018〕3号", folder: "policies/mianyang", file: "etc/passwd" },
  message: {
    en: (p) => `the source text of ${p.number} must be a file inside ${p.folder}/, and ${p.file} is not`,
    zh: (p) => `${p.number} 的公报原文必须是 ${p.folder}/ 中的文件，而 ${p.file} 不在其中`,
  },
  help: {
    en: (p) => `copy the gazette text to ${p.folder}/sources/ and name it there: source "sources/…"`,
    zh: (p) => `请把公报原文复制到 ${p.folder}/sources/，并在那里引用它：source "sources/…"`,
  },
});

export const sourceUnreadable = entry<{ number: string; file: string; problem: ReadProblem }>({
  code: "E0811",
  severity: "error",
  title: {
    en: "the source text cannot be read: not a regular file (a named pipe would block `regc check`), larger than 4 MiB, or unreadable",
    zh: "无法读取公报原文：不是普通文件（命名管道会让 regc check 卡住）、超过 4 MiB，或没有读取权限",
  },
  sample: "sources/x.txt is a FIFO",
  example: { number: "绵府发〔2018〕3号", file: "policies/mianyang/sources/x.txt", problem: { kind: "notFile", is: "pipe" } },
  message: {
    en: (p) => `the source text of ${p.number} cannot be read: ${p.file}: ${readProblemText.en(p.problem)}`,
    zh: (p) => `无法读取 ${p.number} 的公报原文：${p.file}：${readProblemText.zh(p.problem)}`,
  },
  help: { en: (p) => `make ${p.file} a UTF-8 text file of the gazette text`, zh: (p) => `请把 ${p.file} 做成公报原文的文本文件（UTF-8 编码）` },
});
