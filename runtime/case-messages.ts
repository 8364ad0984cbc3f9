// What is wrong with a case, in both languages: one entry per situation, its parameters (paths, names, values as
// JSON, amounts) the same in both. The English is what these messages have always said; a reader gets theirs
// (RunOptions.lang, `--lang`), and a CaseError keeps both.
//
// What a field expects comes from the compiled schema's `x-expected`, written in English by the compiler (and by
// `expectedText` for a field's type); its Chinese is rendered here from the same words, so the schemas in
// generated/ need no second text. A text not listed keeps its English inside the Chinese sentence.
import type { Text } from "./lang.js";

export const CASE_MESSAGES = {
  required: { en: "is required but missing", zh: "必须填写，但缺少" },
  requiredWhen: (when: string): Text => ({ en: `is required when ${when} but missing（${when} 时必须填写）`, zh: `${when} 时必须填写，但缺少` }),
  expected: (expected: string, got: string): Text => ({ en: `expected ${expected}, got ${got}`, zh: `应为${expectedZh(expected)}，实际为 ${got}` }),
  twice: { en: "lists the same entry twice", zh: "同一项列出了两次" },
  unknownField: (expected: string | undefined): Text => ({
    en: `is not a known field (${expected ?? "remove it"})`,
    zh: `不是已知字段（${expected === undefined ? "请删除" : expectedZh(expected)}）`,
  }),
  invalid: (en: string | undefined): Text => ({ en: en ?? "is not valid", zh: "不符合要求" }),
  negative: (got: string): Text => ({ en: `must not be negative, got ${got}（不得为负数）`, zh: `不得为负数，实际为 ${got}` }),
  tooLong: (name: string, limit: number): Text => ({ en: `${name} is longer than ${limit} characters`, zh: `${nameZh(name)}超过 ${limit} 个字符` }),
  tooDeepAt: (name: string, limit: number, line: number, column: number): Text => ({
    en: `${name} nests deeper than ${limit} levels of arrays and objects (line ${line}, column ${column})`,
    zh: `${nameZh(name)}的数组与对象嵌套超过 ${limit} 层（第 ${line} 行第 ${column} 列）`,
  }),
  tooDeep: (limit: number): Text => ({
    en: `the case nests deeper than ${limit} levels of arrays and objects`,
    zh: `案例的数组与对象嵌套超过 ${limit} 层`,
  }),
  notJson: (name: string, why: string): Text => ({ en: `${name} is not valid JSON: ${why}`, zh: `${nameZh(name)}不是有效的 JSON：${why}` }),
  listOfClaims: { en: "expected a list of claims", zh: "应为申请列表" },
  listOfCases: { en: "expected a list of cases", zh: "应为案例列表" },
  anObject: { en: "expected an object", zh: "应为对象" },
  claimId: { en: "expected a claim id (a non-empty string)", zh: "应为申请编号（非空字符串）" },
  claimsCase: { en: "expected an object with person and claims", zh: "应为含 person 与 claims 的对象" },
  factsCase: { en: "expected an object with date and facts", zh: "应为含 date 与 facts 的对象" },
  idTwice: (id: string): Text => ({
    en: `claim id "${id}" is used twice; ids must be unique within a case`,
    zh: `申请编号“${id}”用了两次；同一案例内编号不得重复`,
  }),
  ledgersObject: { en: "expected an object: ledger name → year → amount used", zh: "应为对象：台账名称 → 年度 → 已用金额" },
  openingAmount: {
    en: "an opening balance must be an amount, not negative, with at most two decimals, for a year written YYYY",
    zh: "期初已用金额须为非负金额（至多两位小数），年度写作 YYYY",
  },
  unknownLedger: (name: string, known: readonly string[]): Text => ({
    en: `unknown ledger "${name}"; ${known.length ? `the ledgers this policy keeps: ${known.join(", ")}` : "this policy keeps no ledgers"}`,
    zh: `未知的年度台账“${name}”；${known.length ? `可填的台账：${known.join("、")}` : "本政策没有年度台账"}`,
  }),
  openingAboveLimit: (amount: string, ledger: string, year: number, limit: string, claim: string): Text => ({
    en: `the opening balance ${amount} is above the ${year} limit ${limit} of the ledger "${ledger}" (first drawn on by ${claim}): no payment could have reached it`,
    zh: `期初已用 ${amount} 超过年度台账“${ledger}”${year}年度的限额 ${limit}（第一笔用到它的是 ${claim}），任何支付都不可能达到`,
  }),
} as const;

/** The names parseCaseJson is given for the text it reads. */
const NAMES: Record<string, string> = { "the case": "案例", "the line": "该行" };
const nameZh = (name: string): string => NAMES[name] ?? name;

/** Every fixed `x-expected` text of compiler/emit/schema.ts and runtime/field-values.ts `expectedText`. */
const EXPECTED: Record<string, string> = {
  "a claim id (a non-empty string)": "申请编号（非空字符串）",
  "a list of claims": "申请列表",
  "text on one line, at most 200 characters": "一行文字，至多 200 个字符",
  "a year written YYYY": "写作 YYYY 的年度",
  'an amount already used: a number or a decimal string with at most two decimals, such as 35000 or "35000.00"':
    '已用金额：数字或至多两位小数的十进制字符串，如 35000 或 "35000.00"',
  'years written YYYY, each with the amount already used, such as {"2024": "35000.00"}': '写作 YYYY 的年度及各年已用金额，如 {"2024": "35000.00"}',
  "no ledgers: this policy keeps none": "无台账：本政策没有年度台账",
  'a date "YYYY-MM-DD"': '日期 "YYYY-MM-DD"',
  "an object": "对象",
  'money: a number or a decimal string with at most two decimals, such as -1200.5 or "1200.50"':
    '金额：数字或至多两位小数的十进制字符串，如 -1200.5 或 "1200.50"',
  'money: a number or a decimal string, not negative, with at most two decimals, such as 1200.5 or "1200.50"':
    '金额：非负的数字或至多两位小数的十进制字符串，如 1200.5 或 "1200.50"',
  'money: a number or a decimal string with at most two decimals, such as 1200.5 or "1200.50"':
    '金额：数字或至多两位小数的十进制字符串，如 1200.5 或 "1200.50"',
  "a decimal number": "十进制数",
  "a decimal number, not negative": "非负的十进制数",
  "a whole number": "整数",
  "a whole number, not negative": "非负整数",
  "true or false": "true 或 false",
  "a list": "列表",
  "the id of an earlier claim": "更早一笔申请的编号",
  "a string": "字符串",
  "a number": "数字",
  "a integer": "整数",
  "a boolean": "true 或 false",
  "a object": "对象",
  "a array": "列表",
  "a valid value": "有效的值",
  "a non-empty string": "非空字符串",
  'a non-negative amount in 元 with at most two decimals, such as "1234.56"': '以元计、至多两位小数的非负金额，如 "1234.56"',
};

/** Texts with a parameter: what follows the words is a list of names or a number, kept as it is. */
const PATTERNS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^one of (.*)$/s, (m) => `以下之一：${m[1]}`],
  [/^a list of (.*)$/s, (m) => `以下各项的列表：${m[1]}`],
  [/^the ledgers of this policy: (.*)$/s, (m) => `本政策的年度台账：${m[1]}`],
  [/^a rate as a decimal fraction with at most (\d+) decimals, such as 0\.7$/, (m) => `以小数表示的比率，至多 ${m[1]} 位小数，如 0.7`],
  [/^a number with at most (\d+) decimals$/, (m) => `至多 ${m[1]} 位小数的数`],
  [/^a whole number of (.*)$/s, (m) => `以${m[1]}计的整数`],
  [/^(.*) only$/s, (m) => `只能是 ${m[1]}`],
];

/** What a field expects, in Chinese; an unlisted text as it is. */
export function expectedZh(en: string): string {
  const fixed = EXPECTED[en];
  if (fixed !== undefined) return fixed;
  for (const [re, zh] of PATTERNS) {
    const m = re.exec(en);
    if (m) return zh(m);
  }
  return en;
}
