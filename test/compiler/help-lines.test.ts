// Every diagnostic the compiler reports ends with a help line telling the policy author what to write or
// change. Small broken projects below raise, between them, every code of the names, types, tables,
// citations, cycles and documents families; each diagnostic must carry a help that does more than repeat
// its message.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileProgram } from "../../compiler/program.js";
import { emptyProject, ROOT } from "../e2e/regc.js";

const doc = (number: string, items = "  effective 2024-01-01 @ 第一条\n", extendsTemplate = "") =>
  `document "${number}"${extendsTemplate ? ` extends ${extendsTemplate}` : ""} {\n  title "测试办法"\n${items}}\n`;

const DOC = doc("测试〔2024〕1号");

const CLAIMS = `
enum 医院级别 { 一级, 二级, 三级 }

person {
  birthDate: date "出生日期"
  categories: set of 医院级别 "类别"
}

claim {
  level: 医院级别 "医院级别"
  cost: money "住院总费用"
  flag: bool default false @ 第二条 "标记"
  extra: optional money "其他费用"
  prev: optional claimref "转出的住院"
}

param 比例: rate @ 第二条 = 50%
param 单值: money @ 第二条 = 100元
param 级别表: money by 医院级别 @ 第二条 { 一级, 二级, 三级: 500元 }
ledger 限额: cap per year @ 第二条 = 1000元
ledger 起付: deductible per year @ 第二条 = 100元
ledger 累计: tally per year of claim.cost @ 第二条
bands 分段 @ 第二条 {
  0元 < x <= 1000元: 50%
  1000元 < x: 60%
}
`;

/** One rule file of a claims policy: the shared declarations above plus the broken ones. */
const claims = (body: string) => ({ "policies/t.policy": `${DOC}${CLAIMS}\n${body}` });

const TEMPLATE = `template 模板 "住院押金"
facts {
  poor: bool "特困人员"
}
param 比例: rate @ 二 = 50%
output share: rate "比例" @ 二 = 比例
`;

interface Case {
  name: string;
  codes: string[];
  files: Record<string, string>;
}

const CASES: Case[] = [
  {
    name: "unknown names, fields, functions, types, ledgers, tables and enums",
    // E0201 name, E0215 field, E0218 function, E0220 claim without a field, E0217 ledger, E0216 table,
    // E0219 an earlier claim's value, E0214 type / enum / the enum a subset narrows
    codes: ["E0201", "E0214", "E0215", "E0216", "E0217", "E0218", "E0219", "E0220"],
    files: claims(`
value 甲: money @ 第二条 = 完全不同的名字
value 乙: money @ 第二条 = claim.无此字段
value 丙: money @ 第二条 = 不存在的函数(1元)
value 丁: money @ 第二条 = claim
value 戊: money @ 第二条 = claim.cost within 无此限额
value 己: money @ 第二条 = 无此表[claim.level]
value 庚: money @ 第二条 = if present(claim.prev) then claim.prev.无此值 else 0元
param 辛: 无此类型 @ 第二条 = 1元
param 壬: money by 无此枚举 @ 第二条 { 一级: 1元 }
enum 子集 of 无此父 { 一级 }
value 癸: money @ 第二条 = marginal(无此分段, claim.cost)
`),
  },
  {
    name: "members that are not in the enum",
    codes: ["E0202"],
    files: claims(`
value 甲: bool @ 第二条 = claim.level in {四级}
value 乙: bool @ 第二条 = claim.level = 医院级别.四级
param 丙: money by 医院级别 @ 第二条 {
  一级, 二级, 三级: 1元
  四级: 2元
}
enum 子集 of 医院级别 { 一级, 五级 }
value 丁: bool @ 第二条 = has(person.categories, 六级)
`),
  },
  {
    name: "names declared twice",
    // E0223 field, E0203 parameter, E0226 enum member, E0224 output, E0222 exception's name
    codes: ["E0203", "E0222", "E0223", "E0224", "E0226"],
    files: claims(`
claim {
  cost: money "重复的字段"
}
param 甲: money @ 第二条 = 1元
param 甲: money @ 第二条 = 2元
enum 等次 { 甲等, 乙等, 甲等 }
output o: money @ 第二条 = 1元
output o: money @ 第二条 = 2元
value 值: money @ 第二条 = claim.cost
exception 例 on 值 when claim.flag then 0元 @ 第二条
exception 例 on 值 when claim.cost > 1元 then 0元 @ 第二条
`),
  },
  {
    name: "built-in fields, rules on non-values, names used the wrong way",
    // E0206 a table without a row, E0227 a ledger as a number, E0228 .before on a cap, E0232 a single value
    // indexed, E0233 beyond a cap / within a tally, E0229 a field of an amount, E0231 an expression indexed,
    // E0235 a subset of a subset, E0234 precedence naming no exception
    codes: ["E0204", "E0205", "E0206", "E0207", "E0227", "E0228", "E0229", "E0231", "E0232", "E0233", "E0234", "E0235"],
    files: claims(`
claim {
  date: date "就诊日期"
}
exception 参 on 单值 when claim.flag then 0元 @ 第二条
exception 无 on 完全未知 when claim.flag then 0元 @ 第二条
value 甲: money @ 第二条 = 级别表 + 1元
value 乙: money @ 第二条 = 限额
value 丙: money @ 第二条 = 限额.before
value 丁: money @ 第二条 = 单值[claim.level]
value 戊: money @ 第二条 = claim.cost beyond 限额
value 己: money @ 第二条 = claim.cost within 累计
value 庚: money @ 第二条 = claim.cost.x
value 辛: money @ 第二条 = (单值)[claim.level]
enum 子 of 医院级别 { 一级, 二级 }
enum 孙 of 子 { 一级 }
value 值: money @ 第二条 = claim.cost
value 另: money @ 第二条 = claim.cost
exception 例 on 值 when claim.flag then 0元 @ 第二条
exception 别 on 另 when claim.flag then 0元 @ 第二条
precedence 例 > 不是例外 @ 第二条
precedence 例 > 别 @ 第二条
`),
  },
  {
    name: "a bare member of two enums, and inputs of the other kind of policy",
    codes: ["E0208", "E0209", "E0230", "E0236", "E0237"],
    files: {
      ...claims(`
enum 甲类 { 共有, 甲独 }
enum 乙类 { 共有, 乙独 }
value 甲: bool @ 第二条 = 共有 = 共有
value 乙: bool @ 第二条 = facts.x
`),
      "policies/f.policy": `${doc("测试〔2024〕2号")}
facts {
  ref: optional claimref "转出的住院"
}
person {
  age: int "年龄"
}
output 甲: int @ 第二条 = person.age
output 乙: money @ 第二条 = facts.ref.x
`,
      // E0230: an earlier claim read in a facts policy
      "policies/g.policy": `${doc("测试〔2024〕3号")}
facts {
  ref: optional claimref "转出的住院"
}
output 丙: money @ 第二条 = if present(facts.ref) then facts.ref.x else 0元
`,
    },
  },
  {
    name: "templates: overrides, redeclarations, open parameters, loops and unknown templates",
    codes: ["E0210", "E0211", "E0602", "E0213"],
    files: {
      "policies/template.policy": TEMPLATE,
      "policies/a.policy": `${doc("测试〔2024〕1号", "  effective 2024-01-01 @ 第一条\n", "模板")}
override param 无此参数: rate @ 二 = 1%
param 比例: rate @ 二 = 60%
`,
      "policies/loop-a.policy": `template 甲模板 extends 乙模板\n`,
      "policies/loop-b.policy": `template 乙模板 extends 甲模板\n`,
      "policies/b.policy": doc("测试〔2024〕2号", "  effective 2024-01-01 @ 第一条\n", "甲模板"),
      "policies/c.policy": doc("测试〔2024〕3号", "  effective 2024-01-01 @ 第一条\n", "无此模板"),
    },
  },
  {
    name: "units that do not match",
    // E0301 a declaration against its value, E0325 arithmetic, E0326 a comparison, E0327 if's branches, E0328 a
    // table's key, E0329 a ledger's amount, E0330/E0331 band schedules, E0332 max, E0333 an exception's value
    codes: ["E0301", "E0325", "E0326", "E0327", "E0328", "E0329", "E0330", "E0331", "E0332", "E0333"],
    files: claims(`
param 错: money @ 第二条 = 50%
value 甲: money @ 第二条 = claim.cost + 比例
value 乙: money @ 第二条 = 比例
value 丙: money @ 第二条 = if claim.flag then 1元 else 比例
value 丁: money @ 第二条 = claim.cost * claim.cost
value 戊: bool @ 第二条 = claim.cost = 比例
value 己: money @ 第二条 = max(claim.cost, 比例)
value 庚: money @ 第二条 = claim.cost + true
value 辛: money @ 第二条 = 级别表[claim.cost]
ledger 错限额: cap per year @ 第二条 = 比例
value 壬: money @ 第二条 = 比例 within 限额
exception 例 on 甲 when claim.flag then 比例 @ 第二条
claim {
  other: money default 50% @ 第二条 "其他"
}
value 癸: money @ 第二条 = marginal(分段 + 5%, claim.cost)
value 子: money @ 第二条 = marginal(分段, 比例)
output 丑: rate @ 第二条 = claim.cost
`),
  },
  {
    name: "operations on the wrong kind of value",
    // E0302 conditions, E0312 minus, E0313 in {…}, E0314 <, E0315 functions' arguments, E0316 present, E0317 a
    // band function without bands, E0318 a param from a case
    codes: ["E0302", "E0312", "E0313", "E0314", "E0315", "E0316", "E0317", "E0318"],
    files: claims(`
param 日数: int @ 第二条 = 10
value a: bool @ 第二条 = not claim.cost
value b @ 第二条 = -claim.flag
value c: bool @ 第二条 = claim.cost in {一级}
value c2: bool @ 第二条 = person.categories in {一级}
value d: money @ 第二条 = if claim.cost then 1元 else 2元
value e: bool @ 第二条 = claim.flag and claim.cost
value f @ 第二条 = max(claim.flag, true)
value g: rate @ 第二条 = round(比例)
value h @ 第二条 = age(claim.cost, claim.date)
value i: int @ 第二条 = year(claim.cost)
value j: date @ 第二条 = rollForward(claim.cost)
value k: date @ 第二条 = dayOfMonth(claim.cost, 10)
value l: date @ 第二条 = dayOfMonth(claim.date, 比例)
value l2: date @ 第二条 = dateInYear(claim.cost, 6, 30)
value l3: date @ 第二条 = dateInYear(claim.date, 比例, 30)
value m @ 第二条 = workingDaysBetween(claim.cost, claim.date)
value n: bool @ 第二条 = present(claim.cost)
value n2: bool @ 第二条 = present(单值)
value o: bool @ 第二条 = has(claim.level, 一级)
value o2: bool @ 第二条 = has(claim.cost, 一级)
value p: bool @ 第二条 = has(person.categories, 1元)
value q: money @ 第二条 = marginal(比例, claim.cost)
value r: bool @ 第二条 = claim.level < 一级
param s: money @ 第二条 = claim.cost
value t: money @ 第二条 = claim.cost
exception 例 on t when claim.cost then 0元 @ 第二条
status excluded when claim.cost @ 第二条
`),
  },
  {
    name: "durations, arity, decimals, output types and division",
    codes: ["E0303", "E0304", "E0305", "E0307", "E0310"],
    files: claims(`
param 期限: 日 @ 第二条 = 30日
param 办结: 工作日 @ 第二条 = 5工作日
value a: bool @ 第二条 = 期限 < 办结
value b @ 第二条 = 期限 + 办结
value c: money @ 第二条 = round(claim.cost, 1元)
value d: money @ 第二条 = max(claim.cost)
value e: money @ 第二条 = marginal(分段)
output f: money @ 第二条 = claim.cost * 比例
ledger 乘限额: cap per year @ 第二条 = claim.cost * 比例
value g: money @ 第二条 = claim.cost * 比例 within 限额
output h: 日 @ 第二条 = 30日
value i: money @ 第二条 = claim.cost / 2
`),
  },
  {
    name: "foreach: a list, a covering enum, the money output it chooses by, once",
    // E0319 foreach over an amount, E0225 a second foreach, E0214 covering enum unknown, E0323 covering another
    // enum's members, E0324 choosing by a rate, E0221 by no output
    codes: ["E0214", "E0221", "E0225", "E0319", "E0323", "E0324"],
    files: {
      "policies/a.policy": `${doc("测试〔2024〕1号")}${CLAIMS}
foreach 类 in claim.cost covering 医院级别 choose highest total @ 第二条
foreach 类二 in person.categories covering 医院级别 choose highest total @ 第二条
`,
      "policies/b.policy": `${doc("测试〔2024〕2号")}${CLAIMS}
foreach 类 in person.categories covering 无此枚举 choose highest total @ 第二条
`,
      "policies/c.policy": `${doc("测试〔2024〕3号")}${CLAIMS}
enum 其他 { 甲, 乙 }
foreach 类 in person.categories covering 其他 choose highest total @ 第二条
`,
      "policies/d.policy": `${doc("测试〔2024〕4号")}${CLAIMS}
foreach 类 in person.categories covering 医院级别 choose highest total @ 第二条
output total: rate @ 第二条 = 比例
`,
      "policies/e.policy": `${doc("测试〔2024〕5号")}${CLAIMS}
foreach 类 in person.categories covering 医院级别 choose highest 无此输出 @ 第二条
output total: money @ 第二条 = claim.cost
`,
    },
  },
  {
    name: "tables, bands and exceptions",
    codes: ["E0401", "E0402", "E0403", "E0404", "E0405", "W0401"],
    files: claims(`
param 缺行: money by 医院级别 @ 第二条 { 一级, 二级: 1元 }
param 重行: money by 医院级别 @ 第二条 {
  一级, 二级, 三级: 1元
  一级: 2元
}
param 无值: money @ 第二条 {}
bands 空 @ 第二条 {}
bands 无下沿 @ 第二条 {
  x <= 1000元: 50%
}
bands 中间敞开 @ 第二条 {
  0元 < x: 50%
  1000元 < x: 60%
}
bands 倒置 @ 第二条 {
  1000元 < x <= 500元: 50%
}
bands 断开 @ 第二条 {
  0元 < x <= 1000元: 50%
  2000元 < x: 60%
}
bands 重叠 @ 第二条 {
  0元 < x <= 1000元: 50%
  500元 < x: 60%
}
bands 两属 @ 第二条 {
  0元 < x <= 1000元: 50%
  1000元 <= x: 60%
}
bands 皆不属 @ 第二条 {
  0元 < x < 1000元: 50%
  1000元 < x: 60%
}
bands 名为边 @ 第二条 {
  0元 < x <= 单值: 50%
  单值 < x: 比例
}
value 用 @ 第二条 = marginal(空, claim.cost) + marginal(无下沿, claim.cost) + marginal(中间敞开, claim.cost) + marginal(倒置, claim.cost)
  + marginal(断开, claim.cost) + marginal(重叠, claim.cost) + marginal(两属, claim.cost) + marginal(皆不属, claim.cost) + marginal(名为边, claim.cost)
value 值: money @ 第二条 = claim.cost
exception 甲 on 值 when claim.flag then 0元 @ 第二条
exception 乙 on 值 when claim.cost > 100元 then 1元 @ 第二条
`),
  },
  {
    name: "facts: defaults without a reason, conditions a schema cannot state, signs, carve-outs and preconditions",
    codes: ["E0212", "E0308", "E0311", "E0407", "E0503"],
    files: claims(`
claim {
  noReason: money default 0元 "没有理由的缺省值"
  both: money default 0元 @ 第二条 required when claim.flag "两者兼有"
  maybe: optional money required when claim.flag "可选又必填"
  computed: money required when claim.cost > 100元 "按金额必填"
  other: money required when present(claim.prev) or person.birthDate = claim.date "读了别的输入块"
  word: signed bool "带符号的是非"
}
value 限额内: money @ 第二条 = claim.cost
carveout 不含 "不含" on 限额内 when claim.flag @ 第二条
value 适用: bool @ 第二条 = claim.flag
precondition 前提 "前提" on 适用 when claim.cost > 1元 @ 第二条
output o: money @ 第二条 = claim.noReason + claim.both + claim.maybe + claim.computed + claim.other + 限额内
output p: bool @ 第二条 = 适用 and claim.word
`),
  },
  {
    name: "numbers exact arithmetic cannot hold",
    codes: ["E0320", "E0321", "E0322"],
    files: {
      ...claims(`
param 太大: money @ 第二条 = 90071992547409.93元
param 太细: rate @ 第二条 = 0.00000000000000001%
value 用: money @ 第二条 = 太大 + claim.cost * 太细
`),
      "policies/u.policy": `${doc("测试〔2024〕2号")}
facts {
  n: int default 1000000000000000000000 "次数"
}
output count: int "次数" @ 第二条 = facts.n
`,
    },
  },
  {
    name: "a chain of values too long to follow",
    codes: ["E0603"],
    files: claims(
      Array.from({ length: 17 }, (_, i) => `value 链${17 - i}: money @ 第二条 = 链${16 - i} + 1元`).join("\n") + "\nvalue 链0: money @ 第二条 = claim.cost\n",
    ),
  },
  {
    name: "a rulings file that cannot be read",
    codes: ["E0510"],
    files: { "policies/rulings.yaml": "R1: [unclosed\n", "policies/t.policy": doc("测试〔2024〕1号") },
  },
  {
    name: "citations and rulings",
    codes: ["E0501", "E0502", "E0504"],
    files: {
      ...claims(`
value 无据: money = claim.cost
value 乱引: money @ 第二条 ruling Q9 = claim.cost
`),
      "policies/d.policy": doc("测试〔2024〕2号", '  effective 2024-01-01 @ 第一条 ruling Q8\n  ruling Z1 "说明" en ""\n'),
    },
  },
  {
    name: "cycles of values and ledgers",
    codes: ["E0601"],
    files: claims(`
value 甲: money @ 第二条 = 乙
value 乙: money @ 第二条 = 甲
ledger 环: cap per year @ 第二条 = 丙
value 丙: money @ 第二条 = claim.cost within 环
`),
  },
  {
    name: "documents and their own dates",
    codes: ["E0701", "E0702", "E0703", "E0704", "E0705", "E0710"],
    files: {
      "policies/a.policy": doc("测试〔2024〕1号", ""),
      "policies/b.policy": doc("测试〔2024〕2号", "  effective 2024-01-01 @ 第一条\n  validity 30日 @ 第一条\n"),
      "policies/c.policy": doc("测试〔2024〕3号", "  effective 2024-06-01 @ 第一条\n  expires 2024-01-01 @ 第一条\n"),
      "policies/d.policy": 'part 细则 of "测试〔2024〕9号"\n',
      "policies/e.policy": doc("测试〔2024〕2号"),
      "policies/f.policy": `${doc("测试〔2024〕4号", "  effective unknown\n  validity 3年 @ 第一条\n")}
param 额: money @ 第二条 = 1元
`,
    },
  },
  {
    name: "documents acting on each other",
    codes: ["E0703", "E0706", "E0707", "E0708", "E0709", "E0710", "E0722", "E0723", "E0724", "W0701", "W0702"],
    files: {
      "policies/late.policy": doc("测试〔2024〕1号", "  effective 2025-01-01 @ 第一条\n"),
      "policies/early-repealer.policy": doc("测试〔2024〕2号", '  effective 2024-06-01 @ 第一条\n  repeals "测试〔2024〕1号" @ 第一条\n'),
      "policies/unknown-target.policy": doc("测试〔2024〕3号", '  effective 2024-01-01 @ 第一条\n  repeals "测试〔2024〕99号" @ 第一条\n'),
      "policies/plan-a.policy": doc("测试〔2024〕4号", '  plan "计划"\n  effective 2024-01-01 @ 第一条\n'),
      "policies/plan-b.policy": doc("测试〔2024〕5号", '  plan "计划"\n  effective 2024-06-01 @ 第一条\n'),
      "policies/no-end.policy": doc("测试〔2024〕6号", '  effective 2024-01-01 @ 第一条\n  extends "测试〔2024〕3号" until 2030-01-01 @ 第一条\n'),
      "policies/short.policy": doc("测试〔2024〕7号", "  effective 2024-01-01 @ 第一条\n  validity 2年 @ 第一条\n"),
      "policies/not-longer.policy": doc("测试〔2024〕8号", '  effective 2024-01-01 @ 第一条\n  extends "测试〔2024〕7号" until 2025-01-01 @ 第一条\n'),
      "policies/self.policy": doc("测试〔2024〕10号", '  effective 2024-01-01 @ 第一条\n  repeals "测试〔2024〕10号" @ 第一条\n'),
      "policies/no-plan.policy": doc("测试〔2024〕11号", '  effective 2024-01-01 @ 第一条\n  supersedes "测试〔2024〕3号" @ 第一条\n'),
      "policies/other-plan.policy": doc("测试〔2024〕12号", '  plan "另一计划"\n  effective 2024-09-01 @ 第一条\n  supersedes "测试〔2024〕5号" @ 第一条\n'),
      "policies/unknown-actor.policy": doc("测试〔2024〕13号", '  effective unknown\n  repeals "测试〔2024〕3号" @ 第一条\n'),
      "policies/gap-a.policy": doc("测试〔2024〕14号", '  plan "有缺口的计划"\n  effective 2024-01-01 @ 第一条\n  expires 2024-03-01 @ 第一条\n'),
      "policies/gap-b.policy": doc("测试〔2024〕15号", '  plan "有缺口的计划"\n  effective 2024-06-01 @ 第一条\n'),
      "policies/ended.policy": doc("测试〔2024〕16号", "  effective 2020-01-01 @ 第一条\n  expires 2021-01-01 @ 第一条\n"),
      "policies/repeals-ended.policy": doc("测试〔2024〕17号", '  effective 2024-01-01 @ 第一条\n  repeals "测试〔2024〕16号" @ 第一条\n'),
      "policies/amends-ended.policy": doc("测试〔2024〕18号", '  effective 2024-01-01 @ 第一条\n  amends "测试〔2024〕16号" @ 第一条\n'),
    },
  },
  {
    name: "versions: parts, amendments and ledgers across them",
    codes: ["E0210", "E0711", "E0712", "E0713", "E0714", "E0715", "E0716", "E0717", "E0718", "E0719", "E0720", "E0721"],
    files: {
      "policies/v1.policy": `${doc("测试〔2024〕20号", '  plan "版本计划"\n  effective 2024-01-01 @ 第一条\n')}
claim {
  cost: money "费用"
}
ledger 限额: cap per year @ 第二条 = 1000元
output paid: money @ 第二条 = claim.cost within 限额
`,
      "policies/v1-part.policy": 'part 细则 of "测试〔2024〕20号"\nfacts {}\noutput d: date @ 第三条 = facts.date\n',
      "policies/v2.policy": `${doc("测试〔2024〕21号", '  plan "版本计划"\n  effective 2024-07-01 @ 第一条\n  supersedes "测试〔2024〕20号" @ 第一条\n')}
claim {
  cost: money "费用"
}
ledger 限额: deductible per year @ 第二条 = 1000元
output paid: money @ 第二条 = claim.cost beyond 限额
`,
      "policies/w1.policy": doc("测试〔2024〕22号", '  plan "计划二"\n  effective 2024-01-01 @ 第一条\n'),
      "policies/w1-part.policy": 'part 细则二 of "测试〔2024〕22号"\nfacts {}\noutput d: date @ 第三条 = facts.date\n',
      "policies/w2.policy": doc(
        "测试〔2024〕23号",
        '  plan "计划二"\n  effective 2024-07-01 @ 第一条\n  supersedes "测试〔2024〕22号" @ 第一条 {\n    carries 细则三 @ 第一条\n    ends 细则二\n    carries 细则二 @ 第一条\n    replaces 细则二 by 新细则 @ 第一条\n    replaces 细则二 @ 第一条\n  }\n',
      ),
      "policies/amend-early.policy": doc("测试〔2024〕24号", '  effective 2024-03-01 @ 第一条\n  amends "测试〔2024〕20号" from 2023-12-01 @ 第一条\n'),
      "policies/amend-unknown.policy": `${doc("测试〔2024〕25号", '  effective 2024-03-01 @ 第一条\n  amends "测试〔2024〕21号" from 2024-09-01 @ 第一条\n')}
override param 无此参数: money @ 第一条 = 1元
`,
      "policies/amend-block.policy": doc(
        "测试〔2024〕26号",
        '  effective 2024-03-01 @ 第一条\n  amends "测试〔2024〕20号" @ 第一条 {\n    carries 细则 @ 第一条\n  }\n',
      ),
      "policies/bare.policy": doc("测试〔2024〕27号", "  effective 2024-01-01 @ 第一条\n"),
      "policies/amend-bare.policy": `${doc("测试〔2024〕28号", '  effective 2024-03-01 @ 第一条\n  amends "测试〔2024〕27号" from 2024-09-01 @ 第一条\n')}
override param 额: money @ 第一条 = 1元
`,
      "policies/amend-two.policy": `${doc(
        "测试〔2024〕29号",
        '  effective 2024-03-01 @ 第一条\n  amends "测试〔2024〕20号" from 2024-09-01 @ 第一条\n  amends "测试〔2024〕22号" from 2024-09-01 @ 第一条\n',
      )}
override param 额: money @ 第一条 = 1元
`,
    },
  },
];

/** Codes the sources raise that no rule file can reach, and why. */
const UNREACHABLE: Record<string, string> = {
  E0406: 'the grammar gives every param "= value" or "{ rows }", so a template cannot leave one open',
};

/** Codes of the families checked here that the compiler sources raise. */
function compilerCodes(): string[] {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
    });
  const codes = new Set<string>();
  for (const file of files(join(ROOT, "compiler"))) {
    for (const m of readFileSync(file, "utf8").matchAll(/["'`]((?:E0[2-7]|W0[47])\d{2})["'`]/g)) codes.add(m[1]!);
  }
  return [...codes].sort();
}

describe("help lines", () => {
  it.each(CASES)("$name", ({ codes, files }) => {
    const { diagnostics } = compileProgram(emptyProject(files));
    expect([...new Set(diagnostics.map((d) => d.code))]).toEqual(expect.arrayContaining(codes));
    for (const d of diagnostics) {
      const where = `${d.code} at ${d.span.file}:${d.span.start.line}:${d.span.start.column} (${d.message})`;
      expect(d.help?.trim(), `${where} has no help`).toBeTruthy();
      expect(d.message.includes(d.help!.trim()), `${where} only repeats its message`).toBe(false);
    }
  });

  it("cover every code of these families the compiler raises", () => {
    const covered = new Set([...CASES.flatMap((c) => c.codes), ...Object.keys(UNREACHABLE)]);
    const raised = compilerCodes();
    expect(raised.filter((code) => !covered.has(code))).toEqual([]);
    expect(Object.keys(UNREACHABLE).filter((code) => !raised.includes(code))).toEqual([]);
  });
});
