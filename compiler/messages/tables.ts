// Diagnostics of tables, bands and exceptions (E04xx): a parameter table without a row for every member, a
// parameter without a value, a band schedule that does not tile its range, exceptions in no declared order.
import { entry, listed } from "../../dsl/messages/entry.js";
import { T, type Ty } from "../ir/types.js";
import { typeName } from "./type-names.js";

export const rowsMissing = entry<{ enumName: string; missing: readonly string[] }>({
  code: "E0401",
  severity: "error",
  title: { en: "a table by an enum lacks rows for some members", zh: "按枚举取行的参数表缺少某些成员的行" },
  sample: "param 起付标准: money by 医院等级 @ 第八条 { 一级: 500元  二级: 700元  三级: 900元 }",
  example: { enumName: "医院等级", missing: ["无等级"] },
  message: {
    en: (p) => `the table by ${p.enumName} has no row for ${listed.en(p.missing)}`,
    zh: (p) => `按 ${p.enumName} 取行的参数表缺少 ${listed.zh(p.missing)} 的行`,
  },
  help: {
    en: (p) => `every member needs a value; if the gazette treats one like another, say so: ${p.missing[0]}: … ruling …`,
    zh: (p) => `每个成员都要有值；如果文件把某一成员与另一成员同样对待，请写明：${p.missing[0]}: … ruling …`,
  },
});

export const rowTwice = entry<{ enumName: string; member: string }>({
  code: "E0402",
  severity: "error",
  title: { en: "a member has two rows", zh: "同一成员有两行" },
  sample: "param 起付标准: money by 医院等级 @ 第八条 { 一级: 500元  一级: 600元 … }",
  example: { enumName: "医院等级", member: "一级" },
  message: { en: (p) => `${p.enumName} "${p.member}" has two rows`, zh: (p) => `${p.enumName}“${p.member}”有两行` },
  help: { en: () => "each member gets exactly one value", zh: () => "每个成员只能有一个值" },
});

export const paramWithoutValue = entry<{ name: string }>({
  code: "E0403",
  severity: "error",
  title: { en: "a parameter without a value", zh: "参数没有值" },
  sample: "param x: money @ 第一条",
  example: { name: "x" },
  message: { en: (p) => `parameter "${p.name}" has no value`, zh: (p) => `参数“${p.name}”没有值` },
  help: {
    en: () => "write = value, or by ENUM { member: value … }",
    zh: () => "请写 = 值，或 by 枚举 { 成员: 值 … }",
  },
});

/** The ways a band schedule fails to tile its range. */
export type BandProblem = "noBands" | "noLower" | "openEnded" | "upperNotAbove" | "gap" | "overlap" | "edgeBoth" | "edgeNeither";

const BAND_MESSAGE: Record<"en" | "zh", Record<BandProblem, (name: string) => string>> = {
  en: {
    noBands: (name) => `band schedule "${name}" has no bands`,
    noLower: () => "every band needs its lower edge",
    openEnded: () => "only the last band may be open-ended",
    upperNotAbove: () => "this band's upper edge is not above its lower edge",
    gap: () => "there is a gap between this band and the one before",
    overlap: () => "this band overlaps the one before",
    edgeBoth: () => "the shared edge belongs to both this band and the one before",
    edgeNeither: () => "the shared edge belongs to neither this band nor the one before",
  },
  zh: {
    noBands: (name) => `分段费率表“${name}”没有任何分段`,
    noLower: () => "每一段都要有下限",
    openEnded: () => "只有最后一段可以没有上限",
    upperNotAbove: () => "这一段的上限不大于它的下限",
    gap: () => "这一段与上一段之间有空档",
    overlap: () => "这一段与上一段重叠",
    edgeBoth: () => "共同的分界点同时属于这一段和上一段",
    edgeNeither: () => "共同的分界点既不属于这一段，也不属于上一段",
  },
};

/** A shared edge belongs to exactly one of the two bands. */
const ONE_SIDE = {
  en: "use <= on one side and < on the other (RULINGS R1: 以下/以内/含 include the number, 超过/以上… as the text says)",
  zh: "一边用 <=，另一边用 <（裁定 R1：以下、以内、含 包括该数，超过、以上……按原文）",
};

const BAND_HELP: Record<"en" | "zh", Record<BandProblem, string>> = {
  en: {
    noBands: "write one band per line: 0元 < x <= 30000元: 50% @ 第X条",
    noLower: "write the first band as 0元 < x <= …",
    openEnded: "give this band an upper edge: … < x <= 30000元",
    upperNotAbove: "write the lower edge on the left and a larger upper edge on the right: 30000元 < x <= 100000元",
    gap: "start this band where the previous one ends",
    overlap: "start this band where the previous one ends",
    edgeBoth: ONE_SIDE.en,
    edgeNeither: ONE_SIDE.en,
  },
  zh: {
    noBands: "每行写一段：0元 < x <= 30000元: 50% @ 第X条",
    noLower: "第一段请写成 0元 < x <= …",
    openEnded: "请给这一段加上上限：… < x <= 30000元",
    upperNotAbove: "左边写下限，右边写更大的上限：30000元 < x <= 100000元",
    gap: "请让这一段从上一段结束的地方开始",
    overlap: "请让这一段从上一段结束的地方开始",
    edgeBoth: ONE_SIDE.zh,
    edgeNeither: ONE_SIDE.zh,
  },
};

export const bandsNotTiled = entry<{ problem: BandProblem; name: string }>({
  code: "E0404",
  severity: "error",
  title: {
    en: "band schedule edges that leave a gap, overlap, or give an edge to both or neither band",
    zh: "分段费率表的分界有空档、重叠，或分界点同时属于两段或两段都不属于",
  },
  sample: "0元 < x <= 30000元: 50% … then 30000元 <= x …",
  example: { problem: "edgeBoth", name: "报销比例" },
  message: { en: (p) => BAND_MESSAGE.en[p.problem](p.name), zh: (p) => BAND_MESSAGE.zh[p.problem](p.name) },
  help: { en: (p) => BAND_HELP.en[p.problem], zh: (p) => BAND_HELP.zh[p.problem] },
});

export const bandNotNumber = entry<{ kind: "money" | "rate"; found: Ty }>({
  code: "E0405",
  severity: "error",
  title: { en: "a band edge or rate that is not a written number", zh: "分段的分界或比例不是写明的数" },
  sample: "0元 < x <= 起付线: 50% @ 第X条",
  example: { kind: "money", found: T.money },
  message: {
    en: (p) =>
      `a band ${p.kind === "money" ? "edge must be an amount" : "rate must be a rate"} written as a number (like ${p.kind === "money" ? "30000元" : "53%"}), found ${typeName.en(p.found)}`,
    zh: (p) =>
      `分段的${p.kind === "money" ? "分界必须是写成数的金额" : "比例必须是写成数的比例"}（如 ${p.kind === "money" ? "30000元" : "53%"}），这里却是${typeName.zh(p.found)}`,
  },
  help: {
    en: (p) =>
      `write the ${p.kind === "money" ? "amount" : "rate"} the gazette prints, e.g. ${p.kind === "money" ? "30000元" : "53%"}, not a name or a calculation`,
    zh: (p) => `请写文件印明的${p.kind === "money" ? "金额" : "比例"}，如 ${p.kind === "money" ? "30000元" : "53%"}，不要写名称或算式`,
  },
});

export const templateParamMissing = entry<{ name: string }>({
  code: "E0406",
  severity: "error",
  title: {
    en: "a template parameter without a value that the document does not give",
    zh: "模板中没有值的参数，本文件也没有给出",
  },
  sample: 'template 城乡居民医保模板 with param 起付线: money @ …; document "某文号" extends 城乡居民医保模板 without it',
  example: { name: "起付线" },
  message: {
    en: (p) => `the template leaves parameter "${p.name}" to each document, and this one does not give it`,
    zh: (p) => `模板把参数“${p.name}”留给各文件给出，而本文件没有给出`,
  },
  help: {
    en: (p) => `add: override param ${p.name}: … @ 第X条 = …`,
    zh: (p) => `请加上：override param ${p.name}: … @ 第X条 = …`,
  },
});

export const limitOnNonCondition = entry<{ form: "carveout" | "precondition"; target: string; found: Ty }>({
  code: "E0407",
  severity: "error",
  title: { en: "a carve-out or precondition on a value that is not yes/no", zh: "“不含”或“前提”条款限定的计算值不是是/否" },
  sample: 'carveout 不含 "不含…" on 起付标准 when …',
  example: { form: "carveout", target: "起付标准", found: T.money },
  message: {
    en: (p) => `a ${p.form === "carveout" ? "carve-out" : "precondition"} limits a yes/no value, but "${p.target}" is ${typeName.en(p.found)}`,
    zh: (p) => `${p.form === "carveout" ? "“不含”（carveout）" : "“前提”（precondition）"}限定的是是/否的计算值，而“${p.target}”是${typeName.zh(p.found)}`,
  },
  help: {
    en: () =>
      `attach it to the yes/no value the words limit (who is covered, whether a route is open); an amount that leaves something out is computed with "-"`,
    zh: () => "请把它加在这些文字所限定的是/否计算值上（谁在保障范围内、某条途径是否可用）；要扣除某部分的金额请用“-”计算",
  },
});

export const exceptionsUnordered = entry<{ first: string; second: string; target: string }>({
  code: "W0401",
  severity: "warning",
  title: {
    en: "two exceptions to one value may both apply, have no declared order, and may give different values (exceptions that give the same value, such as two that both give 0元, agree whichever applies and are not warned about)",
    zh: "同一计算值的两个例外可能同时适用、没有声明先后顺序，且可能给出不同的值（给出相同值的例外，如都给 0元 的两个，无论哪个适用结果都一样，不会警告）",
  },
  sample: "exception 艾滋病 on 起付标准 … and exception 市外转诊 on 起付标准 …",
  example: { first: "艾滋病", second: "市外转诊", target: "起付标准" },
  message: {
    en: (p) => `exceptions "${p.first}" and "${p.second}" to ${p.target} may both apply and have no declared order`,
    zh: (p) => `${p.target} 的例外“${p.first}”和“${p.second}”可能同时适用，且没有声明先后顺序`,
  },
  help: {
    en: (p) => `if they can disagree, declare: precedence ${p.first} > ${p.second} (or the reverse), citing the ruling that decides it`,
    zh: (p) => `如果两者给出的值可能不同，请声明：precedence ${p.first} > ${p.second}（或反过来），并引用作出决定的裁定`,
  },
});

/** Notes a table, template or exception diagnostic points with. */
export const tableNotes = {
  firstGiven: { en: "first given here", zh: "首次给出在这里" },
  declaredWithoutValue: { en: "declared without a value in the template", zh: "在模板中声明时没有值" },
  declaredHere: (name: string) => ({ en: `"${name}" is declared here`, zh: `“${name}”在这里声明` }),
};
