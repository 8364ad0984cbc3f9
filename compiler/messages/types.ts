// Diagnostics of types and units (E03xx): what a value is against what its place needs. One code per situation:
// E0301 a declaration's type against what it computes, E0302 a condition that is not yes/no, and one code for each
// other way a value can be of the wrong kind (old → new in docs/diagnostics.md).
import type { Text } from "../../dsl/lang.js";
import { entry, listed, meantText, type Meant } from "../../dsl/messages/entry.js";
import { T, type Ty } from "../ir/types.js";
import { typeName } from "./type-names.js";

const en = typeName.en;
const zh = typeName.zh;

export const declaredType = entry<{ what: Text; declared: Ty; found: Ty }>({
  code: "E0301",
  severity: "error",
  title: {
    en: "a value of another type than its declaration: a parameter, value, output, default, or the value an exception gives",
    zh: "取值与声明的类型不符：参数、计算值、结果项、默认值，或例外给出的值",
  },
  sample: "param 起付线: money @ 第八条 = 70%",
  example: { what: { en: 'param "起付线"', zh: "参数“起付线”" }, declared: T.money, found: T.rate },
  message: {
    en: (p) => `${p.what.en} is declared as ${en(p.declared)} but its value is ${en(p.found)}`,
    zh: (p) => `${p.what.zh}声明为${zh(p.declared)}，取值却是${zh(p.found)}`,
  },
  help: {
    en: (p) => `write a value in ${en(p.declared)}, or change the declared type`,
    zh: (p) => `请写${zh(p.declared)}的值，或修改声明的类型`,
  },
});

/** Where a yes/no condition is needed, and an example of one there. */
type CondPlace = "if" | "when" | "required when" | "not" | "and" | "or";

const condExample = (place: CondPlace, scope = "claim"): string =>
  ({
    if: "if 费用 > 起付线 then … else …",
    when: "when 费用 > 起付线",
    "required when": `required when ${scope}.kind = 在职职工`,
    not: "not (费用 > 起付线)",
    and: "费用 > 0元 and …",
    or: "费用 > 0元 or …",
  })[place];

export const notACondition = entry<{ place: CondPlace; found: Ty; scope?: string }>({
  code: "E0302",
  severity: "error",
  title: {
    en: "a condition that is not yes/no (after if, when, required when, not, and, or)",
    zh: "条件不是是/否（if、when、required when、not、and、or 之后）",
  },
  sample: "exception 艾滋病 on 起付标准 when 起付标准 then 0元 @ 第二十七条",
  example: { place: "when", found: T.money },
  message: {
    en: (p) => `the condition after "${p.place}" must be yes/no, found ${en(p.found)}`,
    zh: (p) => `“${p.place}”之后的条件必须是是/否，这里却是${zh(p.found)}`,
  },
  help: {
    en: (p) => `compare it to get yes/no, e.g. ${condExample(p.place, p.scope)}`,
    zh: (p) => `请用比较得出是/否，例如 ${condExample(p.place, p.scope)}`,
  },
});

export const negateNonNumber = entry<{ found: Ty }>({
  code: "E0312",
  severity: "error",
  title: { en: "a minus sign before something that is not a number or an amount", zh: "负号用在了非数字、非金额之前" },
  sample: "value x: money @ 第八条 = -claim.level",
  example: { found: T.enum("医院级别") },
  message: { en: (p) => `"-" needs a number or an amount, found ${en(p.found)}`, zh: (p) => `“-”之后要写数字或金额，这里却是${zh(p.found)}` },
  help: { en: () => "put the minus before an amount, rate or number, e.g. -500元", zh: () => "负号只能放在金额、比例或数字之前，例如 -500元" },
});

export const inNeedsMember = entry<{ found: Ty }>({
  code: "E0313",
  severity: "error",
  title: { en: '"in {…}" with something other than one enum member on its left', zh: "“in {…}”左边不是一个枚举成员" },
  sample: "claim.cost in {一级, 二级}",
  example: { found: T.money },
  message: {
    en: (p) => `"in {…}" needs one member of an enum on its left, found ${en(p.found)}`,
    zh: (p) => `“in {…}”左边要写一个枚举成员，这里却是${zh(p.found)}`,
  },
  help: {
    en: (p) =>
      p.found.k === "set"
        ? "to ask whether a list holds a member, write has(list, member, …)"
        : "put an enum input or value on the left, e.g. claim.hospitalLevel in {一级, 二级}",
    zh: (p) =>
      p.found.k === "set" ? "要问列表中是否有某个成员，请写 has(列表, 成员, …)" : "请在左边写枚举类型的输入或计算值，例如 claim.hospitalLevel in {一级, 二级}",
  },
});

export const orderUnordered = entry<{ op: string; found: Ty }>({
  code: "E0314",
  severity: "error",
  title: { en: "<, <=, > or >= on values that have no order (enum members, yes/no)", zh: "对没有大小顺序的值（枚举成员、是/否）使用 <、<=、>、>=" },
  sample: "claim.level < 二级",
  example: { op: "<", found: T.enum("医院级别") },
  message: {
    en: (p) => `"${p.op}" orders numbers, amounts and dates, not ${en(p.found)}`,
    zh: (p) => `“${p.op}”只比较数字、金额和日期的大小，不能用于${zh(p.found)}`,
  },
  help: { en: () => 'use "=" or "!=" (or "in {…}")', zh: () => "请用“=”或“!=”（或“in {…}”）" },
});

export const argumentKind = entry<{ call: string; expects: Text; found?: Ty; write: string }>({
  code: "E0315",
  severity: "error",
  title: { en: "a function's argument of the wrong kind", zh: "函数的参数类型不对" },
  sample: "year(claim.cost)",
  example: { call: "year(…)", expects: { en: "a date", zh: "一个日期" }, found: T.money, write: "year(facts.date)" },
  message: {
    en: (p) => `${p.call} takes ${p.expects.en}${p.found ? `, found ${en(p.found)}` : ""}`,
    zh: (p) => `${p.call} 要求${p.expects.zh}${p.found ? `，这里却是${zh(p.found)}` : ""}`,
  },
  help: { en: (p) => `write ${p.write}`, zh: (p) => `请写 ${p.write}` },
});

export const presentOfRequired = entry<{ field?: string }>({
  code: "E0316",
  severity: "error",
  title: { en: "present(…) of an input that is not optional", zh: "对非可选输入使用 present(…)" },
  sample: "present(claim.cost) where cost is not optional",
  example: { field: "cost" },
  message: {
    en: () => "present(…) asks whether an optional input was given; this is not an optional input",
    zh: () => "present(…) 询问可选输入是否提供；这里不是可选输入",
  },
  help: {
    en: (p) =>
      p.field
        ? `a required field is always given: drop present(…), or declare it as ${p.field}: optional …`
        : "write present(claim.field) with a field declared optional",
    zh: (p) => (p.field ? `必填字段总会提供：请删去 present(…)，或声明为 ${p.field}: optional …` : "请写 present(claim.字段)，且该字段声明为 optional"),
  },
});

export const bandsNeeded = entry<{ fn: string; bands: readonly string[] } & Meant>({
  code: "E0317",
  severity: "error",
  title: { en: "a band function without a band schedule first", zh: "分段函数的第一个参数不是分段费率表" },
  sample: "marginal(分断, 费用)",
  example: { fn: "marginal", bands: ["分段"], meant: ["分段"] },
  message: { en: (p) => `${p.fn}(…) needs a band schedule first`, zh: (p) => `${p.fn}(…) 的第一个参数要写分段费率表` },
  help: {
    en: (p) =>
      meantText.en(p.meant) ?? (p.bands.length ? `band schedules: ${listed.en(p.bands)}` : "declare one: bands NAME @ 第X条 { 0元 < x <= 30000元: 50% … }"),
    zh: (p) =>
      meantText.zh(p.meant) ?? (p.bands.length ? `分段费率表有：${listed.zh(p.bands)}` : "请先声明一个：bands 名称 @ 第X条 { 0元 < x <= 30000元: 50% … }"),
  },
});

export const paramFromCase = entry<{ what: Text }>({
  code: "E0318",
  severity: "error",
  title: { en: "a parameter that depends on a case (an input or a ledger)", zh: "参数依赖于案例（输入或台账）" },
  sample: "param 起付线: money @ 第八条 = claim.cost",
  example: { what: { en: 'parameter "起付线"', zh: "参数“起付线”" } },
  message: { en: (p) => `${p.what.en} must not depend on a case`, zh: (p) => `${p.what.zh}不能依赖于案例` },
  help: {
    en: () => "a param is a number the gazette prints; compute case-dependent things in a value",
    zh: () => "参数是公报印明的数字；随案例变化的量请用 value（计算值）计算",
  },
});

export const foreachNeedsList = entry<{ found: Ty }>({
  code: "E0319",
  severity: "error",
  title: { en: "foreach over something that is not a list input", zh: "foreach 遍历的不是列表输入" },
  sample: "foreach 类 in claim.cost covering 类别 choose highest total @ 第二条",
  example: { found: T.money },
  message: {
    en: (p) => `foreach needs a list input such as person.categories, found ${en(p.found)}`,
    zh: (p) => `foreach 要遍历列表输入（如 person.categories），这里却是${zh(p.found)}`,
  },
  help: {
    en: () => "declare a list field (categories: set of ENUM) and write foreach x in person.categories covering …",
    zh: () => "请声明列表字段（categories: set of 枚举），再写 foreach x in person.categories covering …",
  },
});

export const coveringOtherEnum = entry<{ covering: string; of: string }>({
  code: "E0323",
  severity: "error",
  title: { en: "foreach covering an enum whose members are not of the list's enum", zh: "foreach 的 covering 枚举不是列表所属枚举的成员" },
  sample: "foreach 类 in person.categories covering 其他 …",
  example: { covering: "其他", of: "救助对象类别" },
  message: { en: (p) => `"${p.covering}" must list members of ${p.of}`, zh: (p) => `“${p.covering}”必须列出 ${p.of} 的成员` },
  help: { en: (p) => `declare it as enum ${p.covering} of ${p.of} { … }`, zh: (p) => `请声明为 enum ${p.covering} of ${p.of} { … }` },
});

export const chooseNonMoney = entry<{ name: string; found: Ty }>({
  code: "E0324",
  severity: "error",
  title: { en: "foreach choosing by an output that is not money", zh: "foreach 按非金额的结果项选择" },
  sample: "foreach … choose highest total, with output total: rate",
  example: { name: "total", found: T.rate },
  message: {
    en: (p) => `foreach chooses the highest money output; "${p.name}" is ${en(p.found)}`,
    zh: (p) => `foreach 按金额最高的结果项选择；“${p.name}”却是${zh(p.found)}`,
  },
  help: { en: () => "choose by an output of type money", zh: () => "请按 money（金额）类型的结果项选择" },
});

/** How arithmetic on two units fails: a share added to its amount, an amount times an amount, or another mix. */
type ArithmeticSlip = "share" | "amountTimesAmount" | "other";

export const arithmeticUnits = entry<{ op: string; left: Ty; right: Ty; slip: ArithmeticSlip }>({
  code: "E0325",
  severity: "error",
  title: { en: "arithmetic on units that do not combine", zh: "运算两边的单位不能相加减或相乘" },
  sample: "500元 + 70%",
  example: { op: "+", left: T.money, right: T.rate, slip: "share" },
  message: {
    en: (p) =>
      p.slip === "share"
        ? `cannot ${p.op === "+" ? "add" : "subtract"} ${en(p.right)} ${p.op === "+" ? "to" : "from"} ${en(p.left)}`
        : p.slip === "amountTimesAmount"
          ? "cannot multiply an amount by an amount"
          : `cannot use "${p.op}" on ${en(p.left)} and ${en(p.right)}`,
    zh: (p) =>
      p.slip === "share"
        ? `${zh(p.left)}不能${p.op === "+" ? "加上" : "减去"}${zh(p.right)}`
        : p.slip === "amountTimesAmount"
          ? "金额不能乘以金额"
          : `“${p.op}”不能用于${zh(p.left)}和${zh(p.right)}`,
  },
  help: {
    en: (p) =>
      p.slip === "share"
        ? "to take a share of an amount, multiply: amount * rate"
        : p.slip === "amountTimesAmount"
          ? "one side should be a rate (70%) or a factor (6)"
          : p.op === "*"
            ? "multiply an amount or a rate by a rate or a plain number"
            : `"${p.op}" combines like with like: money with money, rates with rates or 个百分点, durations of one unit`,
    zh: (p) =>
      p.slip === "share"
        ? "要取金额的一部分，请相乘：金额 * 比例"
        : p.slip === "amountTimesAmount"
          ? "其中一边应是比例（70%）或倍数（6）"
          : p.op === "*"
            ? "金额或比例只能乘以比例或普通数字"
            : `“${p.op}”只能连接同类的值：金额与金额，比例与比例或个百分点，同一单位的时长`,
  },
});

export const durationUnits = entry<{ left: string; right: string; compare: boolean }>({
  code: "E0303",
  severity: "error",
  title: { en: "durations of different units compared or combined", zh: "不同单位的时长相比较或相运算" },
  sample: "30日 < 5工作日",
  example: { left: "日", right: "工作日", compare: true },
  message: {
    en: (p) => `cannot ${p.compare ? "compare" : "combine"} ${p.left} with ${p.right}`,
    zh: (p) => `${p.left}不能与${p.right}${p.compare ? "比较" : "相运算"}`,
  },
  help: {
    en: (p) => (p.compare ? "compare durations of the same unit" : "durations of different units do not convert: 30日 is not 1个月 and 工作日 are not 日"),
    zh: (p) => (p.compare ? "请比较同一单位的时长" : "不同单位的时长不能换算：30日不等于1个月，工作日也不是日"),
  },
});

export const division = entry<Record<string, never>>({
  code: "E0310",
  severity: "error",
  title: { en: "division", zh: "除法" },
  sample: "费用 / 2",
  example: {},
  message: { en: () => "division is not supported: its result is rarely exact", zh: () => "不支持除法：除法的结果很少是精确的" },
  help: {
    en: () => "write the share as a rate (amount * 50%) or a factor (amount * 0.5)",
    zh: () => "请把份额写成比例（金额 * 50%）或倍数（金额 * 0.5）",
  },
});

export const compareUnlike = entry<{ left: Ty; right: Ty }>({
  code: "E0326",
  severity: "error",
  title: { en: "a comparison of values of different kinds", zh: "比较的两边类型不同" },
  sample: "claim.cost > 70%",
  example: { left: T.money, right: T.rate },
  message: { en: (p) => `cannot compare ${en(p.left)} with ${en(p.right)}`, zh: (p) => `${zh(p.left)}不能与${zh(p.right)}比较` },
  help: {
    en: () => "compare like with like: money with money, a rate with a rate, a date with a date, an enum with one of its members",
    zh: () => "请比较同类的值：金额比金额、比例比比例、日期比日期、枚举比它的成员",
  },
});

export const branchesDiffer = entry<{ then: Ty; otherwise: Ty; expected?: Ty }>({
  code: "E0327",
  severity: "error",
  title: { en: "the two branches of if … then … else of different units", zh: "if … then … else 两个分支的单位不同" },
  sample: "if claim.aids then 0元 else 50%",
  example: { then: T.money, otherwise: T.rate, expected: T.money },
  message: {
    en: (p) => `both branches of "if" must have the same unit: "then" gives ${en(p.then)}, "else" gives ${en(p.otherwise)}`,
    zh: (p) => `“if”的两个分支单位必须相同：“then”给出${zh(p.then)}，“else”给出${zh(p.otherwise)}`,
  },
  help: {
    en: (p) => `write both branches in ${p.expected ? en(p.expected) : "one unit"}, e.g. if … then 0元 else 费用 * 50%`,
    zh: (p) => `两个分支请都写成${p.expected ? zh(p.expected) : "同一单位"}，例如 if … then 0元 else 费用 * 50%`,
  },
});

export const tableKey = entry<{ table: string; keyedBy: string; found: Ty; member: string }>({
  code: "E0328",
  severity: "error",
  title: { en: "a table indexed with a key of another kind than its enum", zh: "参数表的键不是其枚举的成员" },
  sample: "起付标准[claim.cost]",
  example: { table: "起付标准", keyedBy: "医院级别", found: T.money, member: "一级" },
  message: {
    en: (p) => `"${p.table}" is keyed by ${p.keyedBy}, but the key is ${en(p.found)}`,
    zh: (p) => `“${p.table}”按 ${p.keyedBy} 取行，这里的键却是${zh(p.found)}`,
  },
  help: {
    en: (p) => `index it with a member or an input of ${p.keyedBy}, e.g. ${p.table}[${p.member}]`,
    zh: (p) => `请用 ${p.keyedBy} 的成员或该类型的输入取行，例如 ${p.table}[${p.member}]`,
  },
});

export const ledgerNotMoney = entry<{ found: Ty }>({
  code: "E0329",
  severity: "error",
  title: { en: "a ledger given something that is not money", zh: "台账的数额不是金额" },
  sample: "ledger 限额: cap per year @ 第二条 = 50%",
  example: { found: T.rate },
  message: { en: (p) => `a ledger holds money, but this is ${en(p.found)}`, zh: (p) => `台账记的是金额，这里却是${zh(p.found)}` },
  help: {
    en: () => "write an amount of money; to take a share, multiply an amount by the rate",
    zh: () => "请写金额；要取一部分，请用金额乘以比例",
  },
});

export const bandShift = entry<{ fn: string; found: Ty }>({
  code: "E0330",
  severity: "error",
  title: { en: "a band schedule shifted by something other than percentage points", zh: "分段费率表的调整不是以百分点计" },
  sample: "marginal(分段 + 5%, 费用)",
  example: { fn: "marginal", found: T.rate },
  message: {
    en: (p) => `a band schedule can be shifted by percentage points only, found ${en(p.found)}`,
    zh: (p) => `分段费率表只能按百分点调整，这里却是${zh(p.found)}`,
  },
  help: { en: (p) => `write the shift in points, e.g. ${p.fn}(分段 + 5个百分点, 费用)`, zh: (p) => `请以百分点写调整，例如 ${p.fn}(分段 + 5个百分点, 费用)` },
});

export const bandAmount = entry<{ fn: string; bands: string; found: Ty }>({
  code: "E0331",
  severity: "error",
  title: { en: "a band schedule applied to something that is not money", zh: "分段费率表作用于非金额" },
  sample: "marginal(分段, 70%)",
  example: { fn: "marginal", bands: "分段", found: T.rate },
  message: { en: (p) => `band edges are money, but this is ${en(p.found)}`, zh: (p) => `分段的界限是金额，这里却是${zh(p.found)}` },
  help: { en: (p) => `pass an amount of money second: ${p.fn}(${p.bands}, 费用)`, zh: (p) => `第二个参数请写金额：${p.fn}(${p.bands}, 费用)` },
});

export const extremumUnits = entry<{ fn: string; first: Ty; found: Ty }>({
  code: "E0332",
  severity: "error",
  title: { en: "min(…) or max(…) of values of different units", zh: "min(…) 或 max(…) 的参数单位不同" },
  sample: "max(0元, 50%)",
  example: { fn: "max", first: T.money, found: T.rate },
  message: {
    en: (p) => `${p.fn}(…) needs arguments of one unit: ${en(p.first)} and ${en(p.found)}`,
    zh: (p) => `${p.fn}(…) 的参数单位必须相同：这里有${zh(p.first)}和${zh(p.found)}`,
  },
  help: { en: (p) => `write every argument in ${en(p.first)}`, zh: (p) => `每个参数都请写成${zh(p.first)}` },
});

/** Notes a types diagnostic points with. */
export const typeNotes = {
  declaredAs: (t: Ty) => ({ en: `declared as ${en(t)} here`, zh: `在这里声明为${zh(t)}` }),
  declaredHere: (name: string) => ({ en: `"${name}" is declared here`, zh: `“${name}”在这里声明` }),
  keyedHere: (table: string, keyedBy: string) => ({ en: `"${table}" is keyed by ${keyedBy} here`, zh: `“${table}”在这里声明为按 ${keyedBy} 取行` }),
  withoutOptional: (field: string) => ({ en: `"${field}" is declared here without "optional"`, zh: `“${field}”在这里声明，没有写 optional` }),
  fieldDeclared: (t: Ty) => ({ en: `the field is declared ${en(t)} here`, zh: `字段在这里声明为${zh(t)}` }),
  enumDeclared: (name: string) => ({ en: `${name} is declared here`, zh: `${name} 在这里声明` }),
};

export const arity = entry<{ fn: string; n: number; m: number; found: number; signature: string }>({
  code: "E0304",
  severity: "error",
  title: { en: "a function called with the wrong number of arguments", zh: "函数的参数个数不对" },
  sample: "round(a, b)",
  example: { fn: "round", n: 1, m: 1, found: 2, signature: "round(amount)" },
  message: {
    en: (p) =>
      `${p.fn}(…) takes ${p.n === p.m ? p.n : `${p.n} to ${p.m === Infinity ? "any number of" : p.m}`} argument${p.n === 1 && p.m === 1 ? "" : "s"}, found ${p.found}`,
    zh: (p) => `${p.fn}(…) 要${p.n === p.m ? ` ${p.n} ` : p.m === Infinity ? `至少 ${p.n} ` : ` ${p.n} 到 ${p.m} `}个参数，这里有 ${p.found} 个`,
  },
  help: { en: (p) => `write ${p.signature}`, zh: (p) => `请写 ${p.signature}` },
});

export const moreThanCents = entry<{ what: Text }>({
  code: "E0305",
  severity: "error",
  title: { en: "an output or ledger amount that may carry more than two decimals", zh: "结果项或台账的金额可能超过两位小数" },
  sample: "output x: money @ 第八条 = 比例 * 费用",
  example: { what: { en: 'output "x"', zh: "结果项“x”" } },
  message: { en: (p) => `${p.what.en} may have more than two decimals`, zh: (p) => `${p.what.zh}可能超过两位小数` },
  help: {
    en: () => "round where the rule says (RULINGS R3: each amount is rounded once, before a cap applies): round(…); regc never rounds silently",
    zh: () => "请在规定取整的地方取整（解释规则 R3：每笔金额只取整一次，在适用限额之前）：round(…)；regc 从不暗中取整",
  },
});

export const ruleValueUnit = entry<{ kind: "exception" | "adjust"; name: string; target: string; found: Ty; declared: Ty }>({
  code: "E0333",
  severity: "error",
  title: {
    en: "an exception or adjustment that gives a value of another unit than the value it applies to",
    zh: "例外或调整给出的值与其所作用的计算值单位不同",
  },
  sample: "exception 艾滋病 on 起付标准 when claim.aids then 50% @ 第二十七条",
  example: { kind: "exception", name: "艾滋病", target: "起付标准", found: T.rate, declared: T.money },
  message: {
    en: (p) => `${p.kind} "${p.name}" gives ${en(p.found)}, but "${p.target}" is ${en(p.declared)}`,
    zh: (p) => `${p.kind === "exception" ? "例外" : "调整"}“${p.name}”给出${zh(p.found)}，而“${p.target}”是${zh(p.declared)}`,
  },
  help: {
    en: (p) => `give ${en(p.declared)} after "then", the unit of "${p.target}"`,
    zh: (p) => `“then”之后请写${zh(p.declared)}，与“${p.target}”的单位一致`,
  },
});

export const outputKind = entry<{ name: string; found: Ty }>({
  code: "E0307",
  severity: "error",
  title: { en: "an output of a type outputs cannot have", zh: "结果项的类型不在允许之列" },
  sample: "output d: 日 @ 第八条 = 30日",
  example: { name: "d", found: T.duration("日") },
  message: {
    en: (p) => `output "${p.name}" is ${en(p.found)}; outputs are money, rate, int, bool or date`,
    zh: (p) => `结果项“${p.name}”是${zh(p.found)}；结果项只能是 money、rate、int、bool 或 date`,
  },
  help: {
    en: () => "compute other kinds of result as values: they appear in the trace",
    zh: () => "其他种类的结果请用 value（计算值）计算：它们会出现在计算过程中",
  },
});

export const signedNonNumber = entry<{ field: string; found: Ty }>({
  code: "E0308",
  severity: "error",
  title: { en: "signed on a field that is not a number", zh: "对非数字字段使用 signed" },
  sample: "eligible: signed bool",
  example: { field: "claim.eligible", found: T.bool },
  message: { en: (p) => `${p.field} is ${en(p.found)}; only a number can be signed`, zh: (p) => `${p.field} 是${zh(p.found)}；只有数字可以写 signed` },
  help: {
    en: () => "drop `signed`: it lets an amount, a rate or a count be negative",
    zh: () => "请删去 signed：它只用于允许金额、比例或计数为负",
  },
});
