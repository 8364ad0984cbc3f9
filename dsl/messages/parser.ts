// Diagnostics of the parser (E0102, E0103, E0106, E0109–E0111, E0122–E0126): what it expected and what it found,
// said in both languages. The parser (dsl/syntax-errors.ts) passes what it saw as data — the tokens it would have
// accepted (by token name), the construct it was in (by rule name), the token it met — and the words for them are
// here: keywords and symbols of the language stay as written, the rest is said in words.
import type { Lang } from "../lang.js";
import * as T from "../tokens.js";
import { entry, meantText, type Meant } from "./entry.js";

/** A token as a message quotes it (its text already clipped to a readable length). */
export type Token =
  | { kind: "end" }
  | { kind: "string"; text: string }
  | { kind: "citation"; text: string }
  | { kind: "keyword"; text: string }
  | { kind: "text"; text: string };

const tokenWords: Record<Lang, (t: Token) => string> = {
  en: (t) =>
    t.kind === "end"
      ? "the end of the file"
      : t.kind === "string"
        ? `the string ${t.text}`
        : t.kind === "citation"
          ? `the citation "${t.text}"`
          : t.kind === "keyword"
            ? `the keyword "${t.text}"`
            : `"${t.text}"`,
  zh: (t) =>
    t.kind === "end"
      ? "文件结尾"
      : t.kind === "string"
        ? `字符串 ${t.text}`
        : t.kind === "citation"
          ? `条款引用“${t.text}”`
          : t.kind === "keyword"
            ? `关键字“${t.text}”`
            : `“${t.text}”`,
};

/** The token before the place the parser stopped, named without saying "keyword": `"="` / `“=”`. */
const priorWords: Record<Lang, (t: Token) => string> = {
  en: (t) => (t.kind === "keyword" || t.kind === "text" ? `"${t.text}"` : tokenWords.en(t)),
  zh: (t) => (t.kind === "keyword" || t.kind === "text" ? `“${t.text}”` : tokenWords.zh(t)),
};

/** ` after "="` / `在“=”之后`, or nothing at the start of a declaration. */
const afterWords: Record<Lang, (t: Token | undefined) => string> = {
  en: (t) => (!t || t.kind === "end" ? "" : ` after ${priorWords.en(t)}`),
  zh: (t) => (!t || t.kind === "end" ? "" : `在${priorWords.zh(t)}之后`),
};

/** Chinese for the token labels that are words; a label of keywords or symbols keeps them as written. */
const LABEL_ZH: Record<string, string> = {
  Keyword: "关键字",
  PrimTypeKeyword: "类型",
  SelfName: "名称",
  Identifier: "名称",
  CmpOp: "比较符号（=、!=、<、<=、>、>=）",
  StringLiteral: '带引号的字符串，如 "…"',
  QuotedString: '带引号的字符串，如 "…"',
  UnterminatedString: '带引号的字符串，如 "…"',
  DateLiteral: "日期，如 2018-02-01",
  MoneyLiteral: "金额，如 500元",
  PercentLiteral: "百分比，如 70%",
  PointsLiteral: "百分点，如 5个百分点",
  DurationLiteral: "时长，如 30日",
  NumberLiteral: "数字",
  Citation: "条款引用，如 @ 第二十七条",
};

const labels = new Map(T.allTokens.map((t) => [t.name, t.LABEL ?? t.name]));

/** `"repeals", "amends" or "supersedes"` → `“repeals”、“amends”或“supersedes”`. */
const quotedZh = (label: string) =>
  label
    .replace(/"([^"]*)"/g, "“$1”")
    .replace(/”, “/g, "”、“")
    .replace(/” or “/g, "”或“");

const labelOf: Record<Lang, (token: string) => string> = {
  en: (token) => labels.get(token) ?? token,
  zh: (token) => LABEL_ZH[token] ?? quotedZh(labels.get(token) ?? token),
};

const orList: Record<Lang, (items: string[]) => string> = {
  en: (items) => (items.length <= 1 ? (items[0] ?? "something else") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`),
  zh: (items) => (items.length <= 1 ? (items[0] ?? "其他内容") : `${items.slice(0, -1).join("、")}或${items[items.length - 1]}`),
};

/** A block whose closing brace the parser expected, by its rule. */
export type Block = "documentDecl" | "enumDecl" | "inputDecl" | "paramDecl" | "bandsDecl";

export const BLOCKS: readonly Block[] = ["documentDecl", "enumDecl", "inputDecl", "paramDecl", "bandsDecl"];

/** What may stand before the closing brace of each block, for "expected … or "}"". */
const BLOCK_ITEMS: Record<Lang, Record<Block, string>> = {
  en: {
    documentDecl:
      "a document item (title, issuer, source, plan, signed, published, effective, validity, expires, repeals, amends, supersedes, extends, ruling)",
    enumDecl: '","',
    inputDecl: "a field like totalCost: money",
    paramDecl: "a table row like 一级: 500元",
    bandsDecl: "a band like 0元 < x <= 30000元: 53%",
  },
  zh: {
    documentDecl: "文件条目（title、issuer、source、plan、signed、published、effective、validity、expires、repeals、amends、supersedes、extends、ruling）",
    enumDecl: "“,”",
    inputDecl: "字段，如 totalCost: money",
    paramDecl: "表中的一行，如 一级: 500元",
    bandsDecl: "一个分段，如 0元 < x <= 30000元: 53%",
  },
};

/** What the parser would have accepted. */
export type Expected =
  | { kind: "type" }
  | { kind: "value" }
  | { kind: "blockItem"; block: Block }
  /** Tokens by name (dsl/tokens.ts), said by their labels. */
  | { kind: "tokens"; tokens: readonly string[] };

const TYPE_LIST: Record<Lang, string> = {
  en: "money, rate, points, int, decimal, bool, date, claimref, 日, 工作日, 个月, 年, 周岁 or an enum name",
  zh: "money、rate、points、int、decimal、bool、date、claimref、日、工作日、个月、年、周岁或枚举名称",
};

const expectedWords: Record<Lang, (e: Expected) => string> = {
  en: (e) =>
    e.kind === "type"
      ? "a type"
      : e.kind === "value"
        ? "a value"
        : e.kind === "blockItem"
          ? `${BLOCK_ITEMS.en[e.block]} or "}"`
          : orList.en([...new Set(e.tokens.map(labelOf.en))]),
  zh: (e) =>
    e.kind === "type"
      ? "类型"
      : e.kind === "value"
        ? "一个值"
        : e.kind === "blockItem"
          ? `${BLOCK_ITEMS.zh[e.block]}或“}”`
          : orList.zh([...new Set(e.tokens.map(labelOf.zh))]),
};

const expectedDetail: Record<Lang, (e: Expected) => string> = {
  en: (e) => (e.kind === "type" ? ` (${TYPE_LIST.en})` : e.kind === "value" ? " (an amount like 500元, a name, or an expression)" : ""),
  zh: (e) => (e.kind === "type" ? `（${TYPE_LIST.zh}）` : e.kind === "value" ? "（如 500元 这样的金额、名称或表达式）" : ""),
};

/** The constructs whose shape the help shows when the parser stopped inside one, by rule name. */
const SHAPES: Record<Lang, Record<string, string>> = {
  en: {
    header: 'a rule file starts with `document "文号" { … }` or `part 名称 of "文号"`',
    documentDecl: 'a document block is written `document "文号" { title "…" signed 2018-02-01 effective 2018-02-01 … }`',
    partDecl: 'a part is written `part 名称 of "文号"`',
    partClause: "a clause of the block is `carries 部分 @ 条款`, `replaces 部分 by 本文件的部分 @ 条款` or `ends 部分 ruling X1`",
    docItem:
      'document items are `title "…"`, `issuer "…"`, `source "…"`, `plan "…"`, `signed DATE`, `published DATE`, `effective DATE` (or `effective unknown`), `validity DURATION`, `expires DATE`, `repeals "…"`, `amends "…"` (or `amends "…" from DATE`), `supersedes "…"` (with a block of parts: `{ carries P @ … }`), `extends "…" until DATE` and `ruling ID "…"` (with its English: `ruling ID "…" en "…"`)',
    enumDecl: "an enum is written `enum 名称 { 成员1, 成员2 alias 别名, 成员3 alias (别名1, 别名2) }`",
    enumMember: "an enum member is a name, optionally followed by `alias 别名` or `alias (别名1, 别名2)`",
    inputDecl: 'an input block is written `claim { 字段: type "label" … }` (or `person`, `facts`)',
    inputField:
      'a field is written `name: type`, optionally with `optional` or `signed`, `default 0元 @ 条款` (with its reason) or `required when condition`, and a "label", e.g. `totalCost: money "住院总费用"`',
    typeRef: `a type is one of ${TYPE_LIST.en}`,
    paramDecl: "a param is written `param 名称: type @ 条款 = value`, or as a table `param 名称: type by 枚举 @ 条款 { 成员: value … }`",
    tableRow: "a table row is written `成员: value`; several members may share one: `成员1, 成员2: value`",
    bandsDecl: "bands are written `bands 名称 @ 条款 { 0元 < x <= 30000元: 53% … }`",
    band: "a band is written `lower < x <= upper: rate`; either edge may be left out, and each may be < or <=",
    valueDecl: "a value is written `value 名称: type @ 条款 = expression`",
    exceptionDecl: "an exception is written `exception 名称 on 目标 when condition then value @ 条款`",
    adjustDecl: "an adjustment is written `adjust 名称 on 目标 when condition then value @ 条款`",
    limitDecl:
      'a carve-out is written `carveout 名称 "不含…" on 目标 when condition @ 条款` (a precondition: `precondition 名称 "在…的前提下" on 目标 when condition @ 条款`)',
    precedenceDecl: "a precedence is written `precedence 例外1 > 例外2 @ 条款`",
    ledgerDecl: "a ledger is written `ledger 名称: cap per year @ 条款 = amount` (or `deductible per year = …`, or `tally per year of …`)",
    statusDecl: "a status is written `status excluded when condition @ 条款` (or `not_applicable`)",
    outputDecl: 'an output is written `output 名称: type "label" @ 条款 = expression`',
    grounds: "grounds are citations such as `@ 第二十七条（三）` followed by `ruling R1, R2`",
    primary: "a value is an amount like 500元, a name, a call like max(a, b), or an expression in parentheses",
  },
  zh: {
    header: '规则文件以 `document "文号" { … }` 或 `part 名称 of "文号"` 开头',
    documentDecl: '文件块的写法是 `document "文号" { title "…" signed 2018-02-01 effective 2018-02-01 … }`',
    partDecl: '分部文件的写法是 `part 名称 of "文号"`',
    partClause: "该块中的每一项写作 `carries 部分 @ 条款`、`replaces 部分 by 本文件的部分 @ 条款` 或 `ends 部分 ruling X1`",
    docItem:
      '文件条目有 `title "…"`、`issuer "…"`、`source "…"`、`plan "…"`、`signed 日期`、`published 日期`、`effective 日期`（或 `effective unknown`）、`validity 时长`、`expires 日期`、`repeals "…"`、`amends "…"`（或 `amends "…" from 日期`）、`supersedes "…"`（带分部块：`{ carries P @ … }`）、`extends "…" until 日期` 和 `ruling 编号 "…"`（附英文：`ruling 编号 "…" en "…"`）',
    enumDecl: "枚举的写法是 `enum 名称 { 成员1, 成员2 alias 别名, 成员3 alias (别名1, 别名2) }`",
    enumMember: "枚举成员是一个名称，后面可以跟 `alias 别名` 或 `alias (别名1, 别名2)`",
    inputDecl: '输入块的写法是 `claim { 字段: 类型 "说明" … }`（或 `person`、`facts`）',
    inputField:
      '字段的写法是 `名称: 类型`，可加 `optional` 或 `signed`、`default 0元 @ 条款`（写明理由）或 `required when 条件`，以及 "说明"，例如 `totalCost: money "住院总费用"`',
    typeRef: `类型是以下之一：${TYPE_LIST.zh}`,
    paramDecl: "参数的写法是 `param 名称: 类型 @ 条款 = 值`，参数表写作 `param 名称: 类型 by 枚举 @ 条款 { 成员: 值 … }`",
    tableRow: "表中的一行写作 `成员: 值`；几个成员可共用一行：`成员1, 成员2: 值`",
    bandsDecl: "分段费率表的写法是 `bands 名称 @ 条款 { 0元 < x <= 30000元: 53% … }`",
    band: "一个分段写作 `下限 < x <= 上限: 比例`；任一边界可以省略，每边可用 < 或 <=",
    valueDecl: "计算值的写法是 `value 名称: 类型 @ 条款 = 表达式`",
    exceptionDecl: "例外的写法是 `exception 名称 on 目标 when 条件 then 值 @ 条款`",
    adjustDecl: "调整的写法是 `adjust 名称 on 目标 when 条件 then 值 @ 条款`",
    limitDecl: '扣除的写法是 `carveout 名称 "不含…" on 目标 when 条件 @ 条款`（前提条件：`precondition 名称 "在…的前提下" on 目标 when 条件 @ 条款`）',
    precedenceDecl: "优先顺序的写法是 `precedence 例外1 > 例外2 @ 条款`",
    ledgerDecl: "台账的写法是 `ledger 名称: cap per year @ 条款 = 金额`（或 `deductible per year = …`，或 `tally per year of …`）",
    statusDecl: "状态的写法是 `status excluded when 条件 @ 条款`（或 `not_applicable`）",
    outputDecl: '结果项的写法是 `output 名称: 类型 "说明" @ 条款 = 表达式`',
    grounds: "依据写作条款引用，如 `@ 第二十七条（三）`，后面可跟 `ruling R1, R2`",
    primary: "值可以是金额（如 500元）、名称、函数调用（如 max(a, b)），或括号中的表达式",
  },
};

/** The rule names that have a shape to show. */
export const SHAPED = new Set(Object.keys(SHAPES.en));

/** How the help of an unexpected token goes on. */
export type UnexpectedHelp = { kind: "meant" } | { kind: "value" } | { kind: "shape"; rule: string } | { kind: "write" };

type Unexpected = { expected: Expected; after?: Token; found: Token; then: UnexpectedHelp } & Meant;

const unexpectedHelp: Record<Lang, (p: Unexpected) => string> = {
  en: (p) =>
    p.then.kind === "meant"
      ? (meantText.en(p.meant) ?? "")
      : p.then.kind === "value"
        ? "write an amount like 500元, a name like 起付标准, or an expression like 起付标准 * 70%"
        : p.then.kind === "shape"
          ? (SHAPES.en[p.then.rule] ?? "")
          : p.found.kind === "end"
            ? `write ${expectedWords.en(p.expected)} before the end of the file`
            : `write ${expectedWords.en(p.expected)} here, or remove ${tokenWords.en(p.found)} if it does not belong`,
  zh: (p) =>
    p.then.kind === "meant"
      ? (meantText.zh(p.meant) ?? "")
      : p.then.kind === "value"
        ? "请写金额（如 500元）、名称（如 起付标准）或表达式（如 起付标准 * 70%）"
        : p.then.kind === "shape"
          ? (SHAPES.zh[p.then.rule] ?? "")
          : p.found.kind === "end"
            ? `请在文件结尾之前写${expectedWords.zh(p.expected)}`
            : `请在这里写${expectedWords.zh(p.expected)}；如果${tokenWords.zh(p.found)}不属于这里，请删去它`,
};

export const unexpectedToken = entry<Unexpected>({
  code: "E0102",
  severity: "error",
  title: {
    en: "an unexpected word or symbol: says what was expected after what, and what was found, with the shape of the construct or the keyword probably meant",
    zh: "意外的词或符号：说明在什么之后应写什么、实际写了什么，并给出该结构的写法或可能想写的关键字",
  },
  sample: "param 起付线: money @ 第八条 = }",
  example: { expected: { kind: "value" }, after: { kind: "text", text: "=" }, found: { kind: "text", text: "}" }, then: { kind: "value" } },
  message: {
    en: (p) => `expected ${expectedWords.en(p.expected)}${afterWords.en(p.after)}${expectedDetail.en(p.expected)}, found ${tokenWords.en(p.found)}`,
    zh: (p) => `${afterWords.zh(p.after)}应写${expectedWords.zh(p.expected)}${expectedDetail.zh(p.expected)}，这里却是${tokenWords.zh(p.found)}`,
  },
  help: unexpectedHelp,
});

/** `10万`, `3月份`: a number followed by a word that is not one of the units. */
export const notAUnit = entry<{ number: string; word: string }>({
  code: "E0122",
  severity: "error",
  title: { en: "a number followed by a word that is not a unit (`10万`, `3月份`)", zh: "数字后面跟的词不是单位（如 10万、3月份）" },
  sample: "param 限额: money @ 第八条 = 0.1万",
  example: { number: "0.1", word: "万" },
  message: {
    en: (p) => `"${p.number}${p.word}" is not an amount: "${p.word}" is not a unit`,
    zh: (p) => `“${p.number}${p.word}”不是金额：“${p.word}”不是单位`,
  },
  help: {
    en: (p) =>
      p.word.startsWith("万")
        ? `an amount in 万元 is written with both characters: ${p.number}万元`
        : "the units are 元, 万元, %, 个百分点, 日, 工作日, 个月, 年 and 周岁, written right after the number, e.g. 500元 or 1.5万元",
    zh: (p) =>
      p.word.startsWith("万")
        ? `以万元计的金额要写全两个字：${p.number}万元`
        : "单位有 元、万元、%、个百分点、日、工作日、个月、年 和 周岁，紧跟在数字后面，例如 500元 或 1.5万元",
  },
});

/** `claim.a 并且 claim.b`: conditions are joined with the keywords `and` and `or`. */
export const chineseConnective = entry<{ written: string; keyword: "and" | "or" } & Meant>({
  code: "E0123",
  severity: "error",
  title: { en: "并且/或者 (or another Chinese connective) written for `and`/`or`", zh: "用“并且”“或者”等中文连接词代替了 and、or" },
  sample: "status excluded when claim.a 并且 claim.b @ 第五条",
  example: { written: "并且", keyword: "and", meant: ["and"] },
  message: {
    en: (p) => `conditions are joined with "${p.keyword}", not "${p.written}"`,
    zh: (p) => `条件之间要用“${p.keyword}”连接，不能用“${p.written}”`,
  },
  help: {
    en: (p) => `${meantText.en(p.meant) ?? ""} rule files write "and", "or" and "not" for 并且, 或者 and 不是`,
    zh: (p) => `${meantText.zh(p.meant) ?? ""}规则文件中“并且”“或者”“不是”分别写作 and、or、not`,
  },
});

/** `exception e on v when claim.aids = 0元 @ …`: the value written after "=", which inside the condition compares. */
export const valueAfterEquals = entry<{ rule: "exception" | "adjust"; condition: string; value: string } & Meant>({
  code: "E0124",
  severity: "error",
  title: {
    en: 'the value of an exception or adjustment written after "=" instead of "then" (the error points at the "=")',
    zh: "例外或调整的值写在了“=”之后，而不是 then 之后（错误指向“=”）",
  },
  sample: "exception 艾滋病 on 起付标准 when claim.aids = 0元 @ 第二十七条",
  example: { rule: "exception", condition: "claim.aids", value: "0元", meant: ["then"] },
  message: {
    en: (p) =>
      `${p.rule === "exception" ? "an exception" : "an adjustment"} gives its value after "then": the "=" after "when" compares, so "${p.value}" was read as part of the condition`,
    zh: (p) => `${p.rule === "exception" ? "例外" : "调整"}的值要写在“then”之后：“when”之后的“=”表示比较，所以“${p.value}”被当成了条件的一部分`,
  },
  help: {
    en: (p) => `${meantText.en(p.meant) ?? ""} write: when ${p.condition} then ${p.value}`,
    zh: (p) => `${meantText.zh(p.meant) ?? ""}请写：when ${p.condition} then ${p.value}`,
  },
});

/** A closing bracket with nothing open for it to close. */
export const unopenedCloser = entry<{ closer: string }>({
  code: "E0125",
  severity: "error",
  title: { en: "a closing bracket with nothing open for it to close", zh: "右括号前面没有对应的左括号" },
  sample: "value 金额: money @ 第八条 = 500元 )",
  example: { closer: ")" },
  message: {
    en: (p) => `unexpected "${p.closer}": nothing is open here for it to close`,
    zh: (p) => `多余的“${p.closer}”：这里没有需要它闭合的括号`,
  },
  help: { en: () => "remove it, or add the opening bracket it was meant to close", zh: () => "请删去它，或补上与它对应的左括号" },
});

/** A clause in a supersession's block that starts with none of its three verbs. */
export const unknownPartVerb = entry<{ found: string } & Meant>({
  code: "E0126",
  severity: "error",
  title: { en: "a clause of a block of parts that starts with none of carries, replaces, ends", zh: "分部块中的一项不是以 carries、replaces 或 ends 开头" },
  sample: 'supersedes "旧文号" { drops 第二部分 @ 第十条 }',
  example: { found: "drops" },
  message: {
    en: (p) => `expected "carries", "replaces" or "ends" in the block of parts, found "${p.found}"`,
    zh: (p) => `分部块中应写“carries”“replaces”或“ends”，这里却是“${p.found}”`,
  },
  help: {
    en: (p) => meantText.en(p.meant) ?? "each of the earlier document's parts is carried over (carries P), replaced (replaces P by Q) or ended (ends P)",
    zh: (p) => meantText.zh(p.meant) ?? "原文件的每个部分要么沿用（carries P），要么替换（replaces P by Q），要么终止（ends P）",
  },
});

/** Where a missing closing brace goes, by the block it closes, or "where the parenthesized part ends". */
const CLOSE_HELP: Record<Lang, Record<Block, string>> = {
  en: {
    documentDecl: 'add "}" after the last document item',
    enumDecl: 'add "}" after the last member',
    inputDecl: 'add "}" after the last field',
    paramDecl: 'add "}" after the last table row',
    bandsDecl: 'add "}" after the last band',
  },
  zh: {
    documentDecl: "请在最后一个文件条目之后补上“}”",
    enumDecl: "请在最后一个成员之后补上“}”",
    inputDecl: "请在最后一个字段之后补上“}”",
    paramDecl: "请在表的最后一行之后补上“}”",
    bandsDecl: "请在最后一个分段之后补上“}”",
  },
};

export const unclosedBracket = entry<{ closer: string; opener?: { image: string; at: string }; found: Token; block?: Block }>({
  code: "E0103",
  severity: "error",
  title: {
    en: "a `{`, `(` or `[` that is not closed before the declaration ends; the note points at the opening bracket",
    zh: "“{”“(”或“[”在声明结束前没有闭合；说明指向左括号",
  },
  sample: "value 合计 = round(费用 * 50%   (followed by another declaration)",
  example: { closer: ")", opener: { image: "(", at: "4:16" }, found: { kind: "keyword", text: "value" } },
  message: {
    en: (p) => `missing "${p.closer}": ${p.opener ? `the "${p.opener.image}" at ${p.opener.at}` : "a group"} is not closed before ${tokenWords.en(p.found)}`,
    zh: (p) => `缺少“${p.closer}”：${p.opener ? `${p.opener.at} 处的“${p.opener.image}”` : "括号"}在${tokenWords.zh(p.found)}之前没有闭合`,
  },
  help: {
    en: (p) => (p.block ? CLOSE_HELP.en[p.block] : `add "${p.closer}" where the parenthesized part ends`),
    zh: (p) => (p.block ? CLOSE_HELP.zh[p.block] : `请在括号内容结束处补上“${p.closer}”`),
  },
});

/** The note on the opening bracket of E0103. */
export const openedHere = (image: string) => ({ en: `"${image}" opened here`, zh: `“${image}”从这里开始` });

export const declarationExpected = entry<
  { found: Token; then: { kind: "meant" } | { kind: "inDocument"; word: string } | { kind: "list"; words: readonly string[]; after?: Token } } & Meant
>({
  code: "E0106",
  severity: "error",
  title: {
    en: "a declaration was expected at the top level: a misspelled or missing keyword, or text left over after a declaration",
    zh: "此处应是一条声明：关键字拼错或缺少，或某条声明之后有多余的内容",
  },
  sample: "parm 起付线: money = 500元",
  example: { found: { kind: "text", text: "parm" }, then: { kind: "meant" }, meant: ["param"] },
  message: {
    en: (p) => `expected a declaration keyword, found ${tokenWords.en(p.found)}`,
    zh: (p) => `此处应是声明的关键字，这里却是${tokenWords.zh(p.found)}`,
  },
  help: {
    en: (p) =>
      p.then.kind === "meant"
        ? (meantText.en(p.meant) ?? "")
        : p.then.kind === "inDocument"
          ? `"${p.then.word}" belongs inside the document block: \`document "文号" { ${p.then.word} … }\``
          : `a declaration starts with one of: ${p.then.words.join(", ")}.${
              p.then.after ? ` If it continues the line${afterWords.en(p.then.after)}, an operator or "," may be missing.` : ""
            }`,
    zh: (p) =>
      p.then.kind === "meant"
        ? (meantText.zh(p.meant) ?? "")
        : p.then.kind === "inDocument"
          ? `“${p.then.word}”应写在文件块中：\`document "文号" { ${p.then.word} … }\``
          : `声明以下列关键字之一开头：${p.then.words.join("、")}。${
              p.then.after ? `如果它接着${priorWords.zh(p.then.after)}所在的那一行，可能缺少运算符或“,”。` : ""
            }`,
  },
});

export const missingHeader = entry<{ found: Token } & Meant>({
  code: "E0109",
  severity: "error",
  title: { en: "the file does not start with its header", zh: "文件开头不是文件头（document 或 part）" },
  sample: "enum 医院等级 { 一级, 二级 }   (a file that starts with enum)",
  example: { found: { kind: "keyword", text: "enum" } },
  message: {
    en: (p) => `a rule file starts with a header (document or part), found ${tokenWords.en(p.found)}`,
    zh: (p) => `规则文件要以文件头（document 或 part）开头，这里却是${tokenWords.zh(p.found)}`,
  },
  help: { en: (p) => meantText.en(p.meant) ?? SHAPES.en.header!, zh: (p) => meantText.zh(p.meant) ?? SHAPES.zh.header! },
});

export const extraHeader = entry<{ word: string }>({
  code: "E0110",
  severity: "error",
  title: { en: "a second header in one file", zh: "一个文件中有第二个文件头" },
  sample: 'document "甲" { … }  …  document "乙" { … }',
  example: { word: "document" },
  message: {
    en: (p) => `a rule file has one header; this "${p.word}" comes after the first one`,
    zh: (p) => `一个规则文件只有一个文件头；这个“${p.word}”在第一个文件头之后`,
  },
  help: {
    en: () => "keep one header per file; put the rules of another document in their own file",
    zh: () => "每个文件只保留一个文件头；另一个文件的规则请放在单独的规则文件中",
  },
});

/** The note on the first header of E0110. */
export const headerHere = { en: "the header is here", zh: "文件头在这里" };

export const keywordAsName = entry<{ word: string }>({
  code: "E0111",
  severity: "error",
  title: { en: "a keyword used as a name", zh: "把关键字用作名称" },
  sample: "value date = …",
  example: { word: "date" },
  message: { en: (p) => `"${p.word}" is a keyword and cannot be used as a name`, zh: (p) => `“${p.word}”是关键字，不能用作名称` },
  help: {
    en: () => "choose another name; the keywords of the language are listed in docs/language.md",
    zh: () => "请另起名称；规则语言的关键字列在 docs/language.md 中",
  },
});
