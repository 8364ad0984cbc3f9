// Diagnostics of names (E02xx): a name that is not declared, declared twice, or not a member. One code per
// situation; the did-you-mean words (`meant`) are kept as data for an editor's quick fix.
import type { Text } from "../../dsl/lang.js";
import { entry, listed, meantText, type Meant } from "../../dsl/messages/entry.js";

type Named = { name: string } & Meant;

export const unknownName = entry<Named>({
  code: "E0201",
  severity: "error",
  title: { en: "unknown name", zh: "未知名称" },
  sample: "value 本次支付 @ 第八条 = 费用 - 本次起付标淮",
  example: { name: "本次起付标淮", meant: ["本次起付标准"] },
  message: { en: (p) => `unknown name "${p.name}"`, zh: (p) => `未知名称“${p.name}”` },
  help: {
    en: (p) => meantText.en(p.meant) ?? "declare it as a param or value first",
    zh: (p) => meantText.zh(p.meant) ?? "请先用 param（参数）或 value（计算值）声明它",
  },
});

export const unknownTemplate = entry<Named>({
  code: "E0213",
  severity: "error",
  title: { en: "unknown template", zh: "未知模板" },
  sample: 'document "某文号" extends 城乡居民医保模扳 { … }',
  example: { name: "城乡居民医保模扳", meant: ["城乡居民医保模板"] },
  message: { en: (p) => `unknown template "${p.name}"`, zh: (p) => `未知模板“${p.name}”` },
  help: {
    en: (p) => meantText.en(p.meant) ?? "declare it in a rule file starting: template NAME",
    zh: (p) => meantText.zh(p.meant) ?? "请在一个以 template 名称 开头的规则文件中声明它",
  },
});

/** An enum named as a type, a table's key, the enum a subset narrows or the members a set covers. */
export const unknownEnum = entry<Named & { of?: string }>({
  code: "E0214",
  severity: "error",
  title: { en: "unknown enum (a type, a table's key, the enum a subset narrows)", zh: "未知枚举（类型、参数表的键、子集所缩小的枚举）" },
  sample: "param 起付标准: money by 医院等极 @ 第八条 { … }",
  example: { name: "医院等极", meant: ["医院等级"] },
  message: { en: (p) => `unknown enum "${p.name}"`, zh: (p) => `未知枚举“${p.name}”` },
  help: {
    en: (p) => meantText.en(p.meant) ?? `declare it: enum ${p.name}${p.of ? ` of ${p.of}` : ""} { … }`,
    zh: (p) => meantText.zh(p.meant) ?? `请先声明它：enum ${p.name}${p.of ? ` of ${p.of}` : ""} { … }`,
  },
});

export const unknownField = entry<Named & { scope: string; fields: readonly string[] }>({
  code: "E0215",
  severity: "error",
  title: { en: "an input field that is not declared", zh: "未声明的输入字段" },
  sample: "claim.总费用 (claim { totalCost: money })",
  example: { name: "总费用", scope: "claim", fields: ["totalCost", "hospitalLevel"] },
  message: { en: (p) => `${p.scope} has no field "${p.name}"`, zh: (p) => `${p.scope} 中没有字段“${p.name}”` },
  help: {
    en: (p) => meantText.en(p.meant) ?? (p.fields.length ? `${p.scope} fields: ${listed.en(p.fields)}` : `declare it in ${p.scope} { … }`),
    zh: (p) => meantText.zh(p.meant) ?? (p.fields.length ? `${p.scope} 的字段有：${listed.zh(p.fields)}` : `请在 ${p.scope} { … } 中声明它`),
  },
});

export const unknownTable = entry<Named>({
  code: "E0216",
  severity: "error",
  title: { en: "an unknown table indexed with […]", zh: "用 […] 取行的参数表未声明" },
  sample: "起付标准衰[claim.hospitalLevel]",
  example: { name: "起付标准衰", meant: ["起付标准表"] },
  message: { en: (p) => `unknown table "${p.name}"`, zh: (p) => `未知参数表“${p.name}”` },
  help: {
    en: (p) => meantText.en(p.meant) ?? "declare it with param NAME: TYPE by ENUM @ … { … }",
    zh: (p) => meantText.zh(p.meant) ?? "请用 param 名称: 类型 by 枚举 @ … { … } 声明它",
  },
});

export const unknownLedger = entry<Named>({
  code: "E0217",
  severity: "error",
  title: { en: "an unknown ledger after within or beyond", zh: "within 或 beyond 之后的台账未声明" },
  sample: "本次支付 within 年度限額",
  example: { name: "年度限額", meant: ["年度限额"] },
  message: { en: (p) => `unknown ledger "${p.name}"`, zh: (p) => `未知台账“${p.name}”` },
  help: {
    en: (p) => meantText.en(p.meant) ?? "declare it with ledger … : cap per year = …",
    zh: (p) => meantText.zh(p.meant) ?? "请用 ledger 名称: cap per year = … 声明它",
  },
});

export const unknownFunction = entry<Named & { functions: readonly string[] }>({
  code: "E0218",
  severity: "error",
  title: { en: "an unknown function", zh: "未知函数" },
  sample: "rund(费用 * 70%)",
  example: { name: "rund", meant: ["round"], functions: ["round", "min", "max"] },
  message: { en: (p) => `unknown function "${p.name}"`, zh: (p) => `未知函数“${p.name}”` },
  help: {
    en: (p) => meantText.en(p.meant) ?? `functions: ${listed.en(p.functions)}`,
    zh: (p) => meantText.zh(p.meant) ?? `可用的函数有：${listed.zh(p.functions)}`,
  },
});

export const unknownPriorValue = entry<Named>({
  code: "E0219",
  severity: "error",
  title: { en: "an earlier claim's value that the policy does not declare", zh: "此前申请的计算值在本政策中未声明" },
  sample: "claim.上次申请.本次支会",
  example: { name: "本次支会", meant: ["本次支付"] },
  message: { en: (p) => `an earlier claim has no value "${p.name}"`, zh: (p) => `此前的申请没有计算值“${p.name}”` },
  help: {
    en: (p) => meantText.en(p.meant) ?? `an earlier claim has the values of this policy: declare value ${p.name} first`,
    zh: (p) => meantText.zh(p.meant) ?? `此前申请的计算值就是本政策的计算值：请先声明 value ${p.name}`,
  },
});

export const fieldMissing = entry<{ name: string; fields: readonly string[] }>({
  code: "E0220",
  severity: "error",
  title: { en: "person, claim or facts used without a field", zh: "person、claim 或 facts 后面缺少字段" },
  sample: "value 费用 @ 第八条 = claim",
  example: { name: "claim", fields: ["totalCost", "hospitalLevel"] },
  message: { en: (p) => `"${p.name}" needs a field: write ${p.name}.<field>`, zh: (p) => `“${p.name}”后面要写字段：${p.name}.字段名` },
  help: {
    en: (p) => (p.fields.length ? `${p.name} fields: ${listed.en(p.fields)}` : `declare the field in ${p.name} { … } and write ${p.name}.<field>`),
    zh: (p) => (p.fields.length ? `${p.name} 的字段有：${listed.zh(p.fields)}` : `请在 ${p.name} { … } 中声明字段，再写 ${p.name}.字段名`),
  },
});

export const foreachNotOutput = entry<Named & { outputs: readonly string[] }>({
  code: "E0221",
  severity: "error",
  title: { en: "foreach chooses by something that is not an output", zh: "foreach 按非结果项选择" },
  sample: "foreach 类别 in 参保类别 choose highest 救助金",
  example: { name: "救助金", meant: ["救助金额"], outputs: ["救助金额"] },
  message: {
    en: (p) => `foreach chooses by "${p.name}", which is not an output`,
    zh: (p) => `foreach 按“${p.name}”选择，但它不是结果项（output）`,
  },
  help: {
    en: (p) =>
      meantText.en(p.meant) ?? (p.outputs.length ? `outputs: ${listed.en(p.outputs)}` : "declare the output it chooses by: output NAME: money @ … = …"),
    zh: (p) => meantText.zh(p.meant) ?? (p.outputs.length ? `结果项有：${listed.zh(p.outputs)}` : "请先声明用来选择的结果项：output 名称: money @ … = …"),
  },
});

export const notAMember = entry<Named & { enumName: string; members: readonly string[] }>({
  code: "E0202",
  severity: "error",
  title: { en: "not a member of the enum", zh: "不是该枚举的成员" },
  sample: "claim.hospitalLevel in {四级}",
  example: { name: "四级", enumName: "医院等级", members: ["一级", "二级", "三级"] },
  message: { en: (p) => `"${p.name}" is not a member of ${p.enumName}`, zh: (p) => `“${p.name}”不是 ${p.enumName} 的成员` },
  help: {
    en: (p) => meantText.en(p.meant) ?? `members of ${p.enumName}: ${listed.en(p.members)}`,
    zh: (p) => meantText.zh(p.meant) ?? `${p.enumName} 的成员有：${listed.zh(p.members)}`,
  },
});

/** What a name that is declared twice was declared as, here. */
export type DeclaredKind = keyof (typeof WHAT)["en"];

export const declaredTwice = entry<{ name: string; what: DeclaredKind }>({
  code: "E0203",
  severity: "error",
  title: { en: "a name declared twice (a parameter, value, ledger, enum or status)", zh: "名称重复声明（参数、计算值、台账、枚举或状态）" },
  sample: "param 起付线 … and again param 起付线 …",
  example: { name: "起付线", what: "param" as const },
  message: {
    en: (p) => `"${p.name}" is declared twice (here as ${WHAT.en[p.what]})`,
    zh: (p) => `“${p.name}”重复声明（这里声明为${WHAT.zh[p.what]}）`,
  },
  help: { en: () => "give each parameter, value, ledger and enum its own name", zh: () => "参数、计算值、台账和枚举各用不同的名称" },
});

const WHAT = {
  en: { param: "a parameter", value: "a value", ledger: "a ledger", enum: "an enum", bands: "a band schedule", foreach: "the foreach variable" },
  zh: { param: "参数", value: "计算值", ledger: "台账", enum: "枚举", bands: "分段费率表", foreach: "foreach 的变量" },
} as const;

export const ruleNameTwice = entry<{ name: string }>({
  code: "E0222",
  severity: "error",
  title: { en: "an exception or adjustment name used twice", zh: "例外或调整的名称重复" },
  sample: "exception 艾滋病 … and again exception 艾滋病 …",
  example: { name: "艾滋病" },
  message: { en: (p) => `the rule name "${p.name}" is used twice`, zh: (p) => `规则名称“${p.name}”用了两次` },
  help: {
    en: () => "exceptions and adjustments need distinct names so precedence can refer to them",
    zh: () => "例外和调整要各用不同的名称，precedence（优先顺序）才能指明它们",
  },
});

export const fieldTwice = entry<{ scope: string; name: string }>({
  code: "E0223",
  severity: "error",
  title: { en: "an input field declared twice", zh: "输入字段重复声明" },
  sample: "claim { totalCost: money  totalCost: money }",
  example: { scope: "claim", name: "totalCost" },
  message: { en: (p) => `the field "${p.scope}.${p.name}" is declared twice`, zh: (p) => `字段“${p.scope}.${p.name}”重复声明` },
  help: { en: () => "keep one declaration of the field, or give this one another name", zh: () => "只保留一处声明，或给这个字段另起名称" },
});

export const outputTwice = entry<{ name: string }>({
  code: "E0224",
  severity: "error",
  title: { en: "an output declared twice", zh: "结果项重复声明" },
  sample: "output 救助金额 … and again output 救助金额 …",
  example: { name: "救助金额" },
  message: { en: (p) => `the output "${p.name}" is declared twice`, zh: (p) => `结果项“${p.name}”重复声明` },
  help: { en: () => "give each output its own name", zh: () => "每个结果项各用不同的名称" },
});

export const secondForeach = entry<Record<string, never>>({
  code: "E0225",
  severity: "error",
  title: { en: "a second foreach in one policy", zh: "同一政策中有第二个 foreach" },
  sample: "two foreach declarations in one rule file",
  example: {},
  message: {
    en: () => "a policy evaluates its categories in one way only: a second foreach",
    zh: () => "一个政策只能用一种方式计算各类别：这里是第二个 foreach",
  },
  help: {
    en: () => "keep one foreach; put a second way of choosing in its own part file",
    zh: () => "只保留一个 foreach；另一种选择方式请放到单独的部分文件中",
  },
});

export const spellingTwice = entry<{ name: string; enumName: string }>({
  code: "E0226",
  severity: "error",
  title: { en: "a member or alias written twice in one enum", zh: "枚举中的成员或别名重复" },
  sample: "enum 医院等级 { 一级 二级 一级 }",
  example: { name: "一级", enumName: "医院等级" },
  message: { en: (p) => `"${p.name}" appears twice in enum ${p.enumName}`, zh: (p) => `“${p.name}”在枚举 ${p.enumName} 中出现了两次` },
  help: { en: () => "each member and alias must be distinct", zh: () => "每个成员和别名都必须不同" },
});

/** Notes a names diagnostic points with. */
export const nameNotes = {
  firstDeclared: { en: "first declared here", zh: "首次声明在这里" },
  firstUsed: { en: "first used here", zh: "首次使用在这里" },
  firstWritten: { en: "first written here", zh: "首次写在这里" },
  firstForeach: { en: "the first foreach", zh: "第一个 foreach" },
  enumDeclared: (name: string) => ({ en: `${name} is declared here`, zh: `${name} 在这里声明` }),
  declaredIn: (p: Base) => ({ en: `declared in ${base.en(p)} here`, zh: `在${base.zh(p)}中声明在这里` }),
  exceptionTo: (name: string, value: string) => ({ en: `"${name}" applies to ${value} here`, zh: `“${name}”在这里针对 ${value}` }),
};

type LedgerKind = "cap" | "deductible" | "tally";
const LEDGER_ZH: Record<LedgerKind, string> = { cap: "限额（cap）", deductible: "起付（deductible）", tally: "累计（tally）" };

export const tableWithoutRow = entry<{ name: string; keyedBy: string; row: string }>({
  code: "E0206",
  severity: "error",
  title: { en: "a parameter table used without picking a row", zh: "参数表未用 […] 取行就直接使用" },
  sample: "起付标准表 + 1元",
  example: { name: "起付标准表", keyedBy: "医院级别", row: "一级" },
  message: {
    en: (p) => `"${p.name}" is a table by ${p.keyedBy}: pick a row with ${p.name}[…]`,
    zh: (p) => `“${p.name}”是按 ${p.keyedBy} 取行的参数表：请用 ${p.name}[…] 取其中一行`,
  },
  help: {
    en: (p) => `write ${p.name}[${p.row}], or index it with an input of ${p.keyedBy}`,
    zh: (p) => `请写 ${p.name}[${p.row}]，或用 ${p.keyedBy} 类型的输入取行`,
  },
});

export const ledgerAsNumber = entry<{ name: string; kind: LedgerKind }>({
  code: "E0227",
  severity: "error",
  title: { en: "a ledger used as a number", zh: "把台账当作数值使用" },
  sample: "value x: money @ 第二条 = 年度限额",
  example: { name: "年度限额", kind: "cap" },
  message: {
    en: (p) => `"${p.name}" is a ledger: use it as "amount within ${p.name}", "amount beyond ${p.name}", or ${p.name}.before / ${p.name}.after for a tally`,
    zh: (p) => `“${p.name}”是台账：请写“金额 within ${p.name}”“金额 beyond ${p.name}”，累计台账写 ${p.name}.before 或 ${p.name}.after`,
  },
  help: {
    en: (p) =>
      p.kind === "cap"
        ? `take what is left of the cap: amount within ${p.name}`
        : p.kind === "deductible"
          ? `count what exceeds the deductible: amount beyond ${p.name}`
          : `read the year's running total: ${p.name}.before or ${p.name}.after`,
    zh: (p) =>
      p.kind === "cap"
        ? `取限额的剩余部分：金额 within ${p.name}`
        : p.kind === "deductible"
          ? `计算超过起付的部分：金额 beyond ${p.name}`
          : `读取本年度累计：${p.name}.before 或 ${p.name}.after`,
  },
});

export const beforeAfterNotTally = entry<{ name: string; member: string; kind: LedgerKind }>({
  code: "E0228",
  severity: "error",
  title: {
    en: ".before or .after on a ledger that is not a tally (or another member of a tally)",
    zh: "对非累计台账使用 .before/.after（或累计台账的其他成员）",
  },
  sample: "年度限额.before",
  example: { name: "年度限额", member: "before", kind: "cap" },
  message: {
    en: (p) => `"${p.name}.${p.member}": only a tally ledger has .before and .after`,
    zh: (p) => `“${p.name}.${p.member}”：只有累计（tally）台账有 .before 和 .after`,
  },
  help: {
    en: (p) =>
      p.kind === "tally"
        ? `write ${p.name}.before or ${p.name}.after`
        : `use a ${p.kind} ledger as "amount ${p.kind === "cap" ? "within" : "beyond"} ${p.name}"`,
    zh: (p) =>
      p.kind === "tally"
        ? `请写 ${p.name}.before 或 ${p.name}.after`
        : `${LEDGER_ZH[p.kind]}台账请写“金额 ${p.kind === "cap" ? "within" : "beyond"} ${p.name}”`,
  },
});

export const fieldOfNonClaim = entry<{ member: string; type: Text }>({
  code: "E0229",
  severity: "error",
  title: { en: "a field read from something that is not an earlier claim", zh: "从不是此前申请的值上读取字段" },
  sample: "claim.cost.本次支付",
  example: { member: "本次支付", type: { en: "money (元)", zh: "金额（元）" } },
  message: { en: (p) => `${p.type.en} has no field "${p.member}"`, zh: (p) => `${p.type.zh}没有字段“${p.member}”` },
  help: {
    en: (p) => `only an earlier claim (a claimref input) has fields; drop ".${p.member}"`,
    zh: (p) => `只有此前的申请（claimref 类型的输入）才有字段；请删去“.${p.member}”`,
  },
});

export const priorInFacts = entry<Record<string, never>>({
  code: "E0230",
  severity: "error",
  title: { en: "an earlier claim read in a facts policy", zh: "在 facts 政策中读取此前的申请" },
  sample: "facts.ref.本次支付 in a policy with facts { … }",
  example: {},
  message: { en: () => "only a claims policy can refer to earlier claims", zh: () => "只有按申请（claims）计算的政策才能引用此前的申请" },
  help: {
    en: () => "read earlier claims in a policy with person { … } and claim { … }, not facts { … }",
    zh: () => "请在有 person { … } 和 claim { … } 的政策中读取此前的申请，而不是 facts { … }",
  },
});

export const indexNonTable = entry<Record<string, never>>({
  code: "E0231",
  severity: "error",
  title: { en: "[…] after something that is not a parameter", zh: "在不是参数的值后面用 […] 取行" },
  sample: "claim.cost[一级]",
  example: {},
  message: { en: () => "only a parameter table can be indexed with […]", zh: () => "只有参数表才能用 […] 取行" },
  help: { en: () => "index a table declared as param NAME: TYPE by ENUM { … }", zh: () => "请对声明为 param 名称: 类型 by 枚举 { … } 的参数表取行" },
});

export const indexSingleValue = entry<{ name: string }>({
  code: "E0232",
  severity: "error",
  title: { en: "[…] after a parameter that is a single value, not a table", zh: "对单值参数用 […] 取行" },
  sample: "起付线[一级]",
  example: { name: "起付线" },
  message: { en: (p) => `"${p.name}" is a single value, not a table`, zh: (p) => `“${p.name}”是单个值，不是参数表` },
  help: {
    en: (p) => `write ${p.name} without […], or declare it as a table: param ${p.name}: TYPE by ENUM @ … { … }`,
    zh: (p) => `请去掉 […] 直接写 ${p.name}，或把它声明为参数表：param ${p.name}: 类型 by 枚举 @ … { … }`,
  },
});

export const wrongLedgerKind = entry<{ op: "within" | "beyond"; name: string; kind: LedgerKind }>({
  code: "E0233",
  severity: "error",
  title: { en: "within on a ledger that is not a cap, beyond on one that is not a deductible", zh: "within 用于非限额台账，或 beyond 用于非起付台账" },
  sample: "费用 within 年度起付",
  example: { op: "within", name: "年度起付", kind: "deductible" },
  message: {
    en: (p) => `"${p.op}" needs a ${p.op === "within" ? "cap" : "deductible"} ledger, but "${p.name}" is a ${p.kind}`,
    zh: (p) => `“${p.op}”要用${p.op === "within" ? LEDGER_ZH.cap : LEDGER_ZH.deductible}台账，而“${p.name}”是${LEDGER_ZH[p.kind]}台账`,
  },
  help: {
    en: (p) =>
      p.kind === "tally"
        ? `read a tally as ${p.name}.before or ${p.name}.after`
        : `"within" takes what is left of a cap; "beyond" counts what exceeds a deductible: write amount ${p.op === "within" ? "beyond" : "within"} ${p.name}`,
    zh: (p) =>
      p.kind === "tally"
        ? `累计台账请读 ${p.name}.before 或 ${p.name}.after`
        : `“within”取限额的剩余部分，“beyond”计算超过起付的部分：请写 金额 ${p.op === "within" ? "beyond" : "within"} ${p.name}`,
  },
});

export const precedenceNonException = entry<{ name: string }>({
  code: "E0234",
  severity: "error",
  title: { en: "a precedence naming something that is not an exception", zh: "precedence 中写了不是例外的名称" },
  sample: "precedence 退休减免 > 艾滋病 where 退休减免 is an adjustment",
  example: { name: "退休减免" },
  message: { en: (p) => `"${p.name}" is not an exception`, zh: (p) => `“${p.name}”不是例外（exception）` },
  help: {
    en: () => "precedence orders exceptions declared with exception NAME on VALUE when …",
    zh: () => "precedence 只排列用 exception 名称 on 计算值 when … 声明的例外",
  },
});

export const subsetOfSubset = entry<{ name: string; subset: string; parent: string }>({
  code: "E0235",
  severity: "error",
  title: { en: "a subset of an enum that is itself a subset", zh: "以子集为基础再定义子集" },
  sample: "enum 乙 of 甲 { … } where enum 甲 of 医院级别",
  example: { name: "乙", subset: "甲", parent: "医院级别" },
  message: { en: (p) => `"${p.subset}" is itself a subset; name the enum it narrows instead`, zh: (p) => `“${p.subset}”本身是子集；请改写它所缩小的枚举` },
  help: { en: (p) => `write enum ${p.name} of ${p.parent} { … }`, zh: (p) => `请写 enum ${p.name} of ${p.parent} { … }` },
});

/** Notes of the ways a name is used wrongly. */
export const useNotes = {
  tableDeclared: (name: string, keyedBy: string) => ({
    en: `"${name}" is declared here as a table by ${keyedBy}`,
    zh: `“${name}”在这里声明为按 ${keyedBy} 取行的参数表`,
  }),
  ledgerDeclared: (name: string, kind: LedgerKind) => ({
    en: `"${name}" is declared here as a ${kind} ledger`,
    zh: `“${name}”在这里声明为${LEDGER_ZH[kind]}台账`,
  }),
  singleDeclared: (name: string) => ({ en: `"${name}" is declared here as a single value`, zh: `“${name}”在这里声明为单个值` }),
  narrows: (subset: string, parent: string) => ({ en: `${subset} narrows ${parent}`, zh: `${subset} 是 ${parent} 的子集` }),
};

export const builtInField = entry<{ scope: string; name: string }>({
  code: "E0204",
  severity: "error",
  title: { en: "a built-in field declared (`claim.date`, `claim.id`)", zh: "声明了内置字段（claim.date、claim.id）" },
  sample: "claim { date: date }",
  example: { scope: "claim", name: "date" },
  message: {
    en: (p) => `"${p.scope}.${p.name}" is built in and cannot be declared`,
    zh: (p) => `“${p.scope}.${p.name}”是内置字段，不能再声明`,
  },
  help: {
    en: () => "every claim has an id and a date; every facts case has a date",
    zh: () => "每个申请（claim）都自带编号（id）和日期（date）；每个 facts 案件都自带日期（date）",
  },
});

/** The target of an exception, adjustment, carve-out or precondition: a parameter (`param`) or no value at all. */
export const ruleTargetNotValue = entry<Named & { param: boolean }>({
  code: "E0205",
  severity: "error",
  title: {
    en: "an exception, adjustment, carve-out or precondition on something that is not a value",
    zh: "例外、调整、扣除或前提条件所针对的不是计算值（value）",
  },
  sample: "exception 特困人员 on 级别起付标准 @ 第九条 = 0元",
  example: { name: "级别起付标准", param: true },
  message: {
    en: (p) => (p.param ? `"${p.name}" is a parameter; exceptions, adjustments, carve-outs and preconditions apply to values` : `unknown value "${p.name}"`),
    zh: (p) => (p.param ? `“${p.name}”是参数；例外、调整、扣除和前提条件只能针对计算值（value）` : `未知计算值“${p.name}”`),
  },
  help: {
    en: (p) =>
      p.param
        ? `declare value ${p.name}_适用 @ … = ${p.name} and attach the rule to it`
        : (meantText.en(p.meant) ?? "attach the rule to a value declared in this policy: value NAME @ … = …"),
    zh: (p) =>
      p.param
        ? `请声明 value ${p.name}_适用 @ … = ${p.name}，再把规则挂在它上面`
        : (meantText.zh(p.meant) ?? "请把规则挂在本规则文件声明的计算值上：value 名称 @ … = …"),
  },
});

export const precedenceAcrossValues = entry<{ name: string; value: string; target: string }>({
  code: "E0207",
  severity: "error",
  title: { en: "a precedence mixes exceptions of different values", zh: "precedence（优先顺序）混排了不同计算值的例外" },
  sample: "precedence a > b",
  example: { name: "b", value: "自付金额", target: "起付标准" },
  message: {
    en: (p) => `"${p.name}" is an exception to ${p.value}, not to ${p.target}`,
    zh: (p) => `“${p.name}”是 ${p.value} 的例外，不是 ${p.target} 的例外`,
  },
  help: {
    en: () => "a precedence orders exceptions of one value",
    zh: () => "一条 precedence 只排列同一个计算值的例外",
  },
});

export const ambiguousMember = entry<{ member: string; enums: readonly string[] }>({
  code: "E0208",
  severity: "error",
  title: { en: "an enum member name shared by two enums, used bare", zh: "两个枚举共有的成员名，未写明所属枚举就直接使用" },
  sample: "级别 == 一级",
  example: { member: "一级", enums: ["医院级别", "伤残等级"] },
  message: {
    en: (p) => `"${p.member}" is a member of ${p.enums.join(" and ")}`,
    zh: (p) => `“${p.member}”同时是 ${listed.zh(p.enums)} 的成员`,
  },
  help: {
    en: (p) => `write ${p.enums[0]}.${p.member} to say which`,
    zh: (p) => `请写 ${p.enums[0]}.${p.member}，说明是哪一个`,
  },
});

export const factsInClaimsPolicy = entry<Record<string, never>>({
  code: "E0209",
  severity: "error",
  title: { en: "`facts.…` read in a policy that evaluates claims", zh: "按申请计算的规则文件中用了 facts.…" },
  sample: "facts.x",
  example: {},
  message: {
    en: () => "this policy evaluates claims: use person.… or claim.…, not facts.…",
    zh: () => "本规则文件按申请计算：请用 person.… 或 claim.…，不能用 facts.…",
  },
  help: {
    en: () => "declare the field in claim { … } or person { … }, or move the rules on facts to a part file with facts { … }",
    zh: () => "请在 claim { … } 或 person { … } 中声明该字段，或把针对事实的规则移到带 facts { … } 的分部文件中",
  },
});

export const claimsInFactsPolicy = entry<{ scope: string; name: string }>({
  code: "E0236",
  severity: "error",
  title: { en: "`person.…` or `claim.…` read in a policy that evaluates facts", zh: "按事实（facts）计算的规则文件中用了 person.… 或 claim.…" },
  sample: "person.age",
  example: { scope: "person", name: "age" },
  message: {
    en: (p) => `this policy evaluates facts: use facts.…, not ${p.scope}.…`,
    zh: (p) => `本规则文件按事实（facts）计算：请用 facts.…，不能用 ${p.scope}.…`,
  },
  help: {
    en: (p) => `declare the field in facts { … } and write facts.${p.name}`,
    zh: (p) => `请在 facts { … } 中声明该字段，并写 facts.${p.name}`,
  },
});

export const bothKindsOfInput = entry<Record<string, never>>({
  code: "E0237",
  severity: "error",
  title: {
    en: "a policy declaring both facts { … } and person { … } or claim { … }",
    zh: "同一规则文件既声明了 facts { … }，又声明了 person { … } 或 claim { … }",
  },
  sample: "facts { … }  person { … }",
  example: {},
  message: {
    en: () => "a policy evaluates either claims (person + claim) or facts, not both",
    zh: () => "一个规则文件要么按申请（person + claim）计算，要么按事实（facts）计算，不能两者都有",
  },
  help: {
    en: () => 'split the facts provisions into a part file: part NAME of "文号"',
    zh: () => '请把针对事实的条款拆到分部文件中：part 名称 of "文号"',
  },
});

/** What a rule file builds on: its template, or (`amended`) the document an amendment with rules overrides. */
interface Base {
  amended?: string;
}

const base = {
  en: (p: Base) => (p.amended === undefined ? "the template" : `the amended document ${p.amended}`),
  zh: (p: Base) => (p.amended === undefined ? "模板" : `被修改的文件 ${p.amended}`),
};

export const overrideNothing = entry<Named & Base & { kind: string }>({
  code: "E0210",
  severity: "error",
  title: { en: "`override` of something the template does not declare", zh: "override（覆盖）了模板中没有声明的内容" },
  sample: "override param 救助比率",
  example: { name: "救助比率", kind: "param", meant: ["救助比例"] },
  message: {
    en: (p) => `"override ${p.name}": ${base.en(p)} has no ${p.kind} of that name`,
    zh: (p) => `“override ${p.name}”：${base.zh(p)}中没有这个名称的 ${p.kind}`,
  },
  help: {
    en: (p) => meantText.en(p.meant) ?? "remove `override` to add a new declaration",
    zh: (p) => meantText.zh(p.meant) ?? "若要新增声明，请去掉 `override`",
  },
});

export const redeclaredWithoutOverride = entry<Base & { name: string; replaces: string }>({
  code: "E0211",
  severity: "error",
  title: { en: "a template's declaration redeclared without `override`", zh: "重新声明了模板中已有的内容，但没有写 override" },
  sample: "param 救助比例",
  example: { name: "救助比例", replaces: "救助比例" },
  message: {
    en: (p) => `"${p.name}" is already declared by ${base.en(p)}`,
    zh: (p) => `“${p.name}”已在${base.zh(p)}中声明`,
  },
  help: {
    en: (p) => `write "override ${p.replaces} …" to replace it, or choose another name`,
    zh: (p) => `若要替换它，请写“override ${p.replaces} …”；否则请另起名称`,
  },
});

export const requiredWhenClash = entry<{ field: string; clash: "default" | "optional" }>({
  code: "E0212",
  severity: "error",
  title: {
    en: "a field that is `required when …` and also has a default or is `optional`",
    zh: "字段写了 required when …（在某条件下必填），同时又有默认值或写了 optional",
  },
  sample: "fine: money default 0元 required when has(facts.penalties, 罚款)",
  example: { field: "facts.fine", clash: "default" },
  message: {
    en: (p) =>
      `${p.field} is "required when …" and has ${p.clash === "default" ? "a default, so it is never missing" : '"optional", which says it may always be missing'}`,
    zh: (p) => `${p.field} 写了“required when …”，却又${p.clash === "default" ? "有默认值，因而永远不会缺失" : "写了“optional”，表示它随时可以缺失"}`,
  },
  help: {
    en: (p) =>
      p.clash === "default"
        ? "keep one: the default (with its reason) or the condition"
        : 'drop "optional": outside its condition a field that is required when … may be missing',
    zh: (p) => (p.clash === "default" ? "二者只留其一：默认值（及其理由）或条件" : "请去掉“optional”：在条件之外，required when … 的字段本来就可以缺失"),
  },
});
