// Diagnostics of the limits a rule file is held to (E0112–E0118, dsl/limits.ts): invisible characters, and a
// file, line, name, text, expression or list beyond its limit. The limits themselves are parameters.
import type { Lang } from "../lang.js";
import { entry } from "./entry.js";

/** What kind of invisible character was found. */
export type Invisible =
  | "line separator"
  | "paragraph separator"
  | "byte-order mark"
  | "next line"
  | "Arabic letter mark"
  | "left-to-right mark"
  | "right-to-left mark"
  | "bidirectional formatting character"
  | "unpaired surrogate"
  | "control character";

const INVISIBLE_ZH: Record<Invisible, string> = {
  "line separator": "行分隔符",
  "paragraph separator": "段分隔符",
  "byte-order mark": "字节顺序标记（BOM）",
  "next line": "下一行符（NEL）",
  "Arabic letter mark": "阿拉伯字母标记",
  "left-to-right mark": "从左到右标记",
  "right-to-left mark": "从右到左标记",
  "bidirectional formatting character": "双向文字格式控制符",
  "unpaired surrogate": "不成对的代理项",
  "control character": "控制字符",
};

/** `U+2028`: how a character is named when it cannot be shown. */
export function codePointLabel(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

export const invisibleCharacter = entry<{ codePoint: number; character: Invisible; breaksLine: boolean }>({
  code: "E0112",
  severity: "error",
  title: {
    en: "an invisible character: a control character, a line or paragraph separator (U+2028, U+2029, U+0085), a bidirectional formatting character, a byte-order mark after the start, an unpaired surrogate — anywhere in the file, strings and comments included",
    zh: "不可见字符：控制字符、行或段分隔符（U+2028、U+2029、U+0085）、双向文字格式控制符、不在开头的字节顺序标记、不成对的代理项——在文件任何位置（包括字符串和注释中）都不允许",
  },
  sample: 'title "办法\\u2028…"  (pasted from a web page)',
  example: { codePoint: 0x2028, character: "line separator", breaksLine: true },
  message: {
    en: (p) => `the invisible character ${codePointLabel(p.codePoint)} (${p.character}) is not allowed in a rule file`,
    zh: (p) => `规则文件中不允许有不可见字符 ${codePointLabel(p.codePoint)}（${INVISIBLE_ZH[p.character]}）`,
  },
  help: {
    en: (p) =>
      `delete it (it is often pasted from a web page or a PDF); ${p.breaksLine ? "to break a line, start a new one" : "it is invisible in most editors"}`,
    zh: (p) => `请删去它（它常随网页或 PDF 中复制的文字带入）；${p.breaksLine ? "要换行，请直接另起一行" : "多数编辑器中看不见它"}`,
  },
});

const PART_FILES: Record<Lang, string> = {
  en: 'a rule file encodes one document; put further provisions in part files: part NAME of "文号"',
  zh: '一个规则文件编写一个文件；其余条款请放在分部文件中：part 名称 of "文号"',
};

export const fileTooLong = entry<{ limit: number }>({
  code: "E0113",
  severity: "error",
  title: { en: "a rule file longer than 262,144 characters ([Limits](language.md#limits))", zh: "规则文件超过 262,144 个字符（见 language.md 的 Limits）" },
  sample: "a generated or concatenated file",
  example: { limit: 262_144 },
  message: { en: (p) => `the file is longer than ${p.limit} characters`, zh: (p) => `文件超过 ${p.limit} 个字符` },
  help: { en: () => PART_FILES.en, zh: () => PART_FILES.zh },
});

export const lineTooLong = entry<{ limit: number }>({
  code: "E0114",
  severity: "error",
  title: { en: "a line longer than 4,000 characters", zh: "一行超过 4,000 个字符" },
  sample: "a whole table on one line",
  example: { limit: 4_000 },
  message: { en: (p) => `this line is longer than ${p.limit} characters`, zh: (p) => `这一行超过 ${p.limit} 个字符` },
  help: {
    en: () => "break it: whitespace and newlines are not significant between the parts of a declaration",
    zh: () => "请把它分成几行：声明的各部分之间，空格和换行都不影响含义",
  },
});

export const nameTooLong = entry<{ limit: number }>({
  code: "E0115",
  severity: "error",
  title: { en: "a name longer than 100 characters", zh: "名称超过 100 个字符" },
  sample: "value 符合条件的…（a sentence）: money",
  example: { limit: 100 },
  message: { en: (p) => `this name is longer than ${p.limit} characters`, zh: (p) => `这个名称超过 ${p.limit} 个字符` },
  help: {
    en: () => "choose a shorter name; the label string can hold the full wording",
    zh: () => "请改用较短的名称；完整的说法可以写在说明字符串中",
  },
});

export const textTooLong = entry<{ limit: number; citation: boolean }>({
  code: "E0116",
  severity: "error",
  title: { en: "a string or citation longer than 2,000 characters", zh: "字符串或条款引用超过 2,000 个字符" },
  sample: "a ruling that quotes a whole section",
  example: { limit: 2_000, citation: false },
  message: {
    en: (p) => `this ${p.citation ? "citation" : "string"} is longer than ${p.limit} characters`,
    zh: (p) => `这个${p.citation ? "条款引用" : "字符串"}超过 ${p.limit} 个字符`,
  },
  help: {
    en: (p) => (p.citation ? "cite the article path only, e.g. @ 第二十七条（三）" : "quote only the words needed; the gazette text itself is in sources/"),
    zh: (p) => (p.citation ? "只写条款的位置即可，例如 @ 第二十七条（三）" : "只引用需要的文字；公报全文已在 sources/ 中"),
  },
});

export const nestedTooDeep = entry<{ limit: number }>({
  code: "E0117",
  severity: "error",
  title: {
    en: "an expression nested more than 48 levels deep (brackets, if-then-else, operators)",
    zh: "表达式嵌套超过 48 层（括号、if-then-else、运算符）",
  },
  sample: "300 nested (, an if … else if … chain of 400",
  example: { limit: 48 },
  message: { en: (p) => `this expression nests more than ${p.limit} levels deep`, zh: (p) => `这个表达式嵌套超过 ${p.limit} 层` },
  help: {
    en: () => "compute parts of it as values of their own (value NAME @ … = …) and combine those",
    zh: () => "请把其中的部分各自算成计算值（value 名称 @ … = …），再把它们组合起来",
  },
});

/** The list that is too long. */
export type LongList = { kind: "enum"; name: string } | { kind: "precedence" } | { kind: "row" } | { kind: "members" } | { kind: "call"; name: string };

const listWords: Record<Lang, (l: LongList) => string> = {
  en: (l) =>
    l.kind === "enum"
      ? `enum ${l.name}`
      : l.kind === "precedence"
        ? "this precedence"
        : l.kind === "row"
          ? "this row's list of members"
          : l.kind === "members"
            ? "this list of members"
            : `this call of ${l.name}`,
  zh: (l) =>
    l.kind === "enum"
      ? `枚举 ${l.name}`
      : l.kind === "precedence"
        ? "这条优先顺序"
        : l.kind === "row"
          ? "这一行的成员列表"
          : l.kind === "members"
            ? "这个成员列表"
            : `这次对 ${l.name} 的调用`,
};

export const listTooLong = entry<{ list: LongList; limit: number }>({
  code: "E0118",
  severity: "error",
  title: {
    en: "a list of more than 256 items: enum members, `in {…}` members, function arguments, a table row's keys",
    zh: "列表超过 256 项：枚举成员、in {…} 的成员、函数参数、表中一行的键",
  },
  sample: "claim.unit in {…300 units…}",
  example: { list: { kind: "members" }, limit: 256 },
  message: { en: (p) => `${listWords.en(p.list)} has more than ${p.limit} items`, zh: (p) => `${listWords.zh(p.list)}超过 ${p.limit} 项` },
  help: {
    en: () => "split it: a long list of cases is better a table (param NAME: TYPE by ENUM) or a sub-enum (enum NAME of ENUM { … })",
    zh: () => "请拆分：很长的情形列表最好写成参数表（param 名称: 类型 by 枚举）或子枚举（enum 名称 of 枚举 { … }）",
  },
});
