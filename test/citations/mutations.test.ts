// Changing a number that a policy copies from its gazette makes `regc check` fail, naming the number, the
// provision it cites and the numbers that provision prints. The provisions' numbers below are read from the
// gazette texts themselves (policies/*/sources), not from what the checker printed.
import { describe, expect, it } from "vitest";
import { regc } from "../e2e/regc.js";
import { appendTo, edit, findings, policiesCopy, type Finding } from "./project.js";

const CHONGQING = "policies/medical-assistance/chongqing.policy";
const HECHUAN = "policies/medical-assistance/hechuan.policy";
const NANCHUAN = "policies/medical-assistance/nanchuan.policy";
const JINZHOU = "policies/medical-assistance/jinzhou.policy";
const EMPLOYEE = "policies/mianyang/employee-medical.policy";
const CONTRIBUTIONS = "policies/mianyang/employee-contributions.policy";
const CRITICAL = "policies/mianyang/critical-illness.policy";
const FUNDING = "policies/mianyang/critical-illness-funding.policy";

// What the cited provisions print, in the order they print it.
const NC_2_3_2_P1 = "二（三）2第一段, which states 70%, 60%, 10万元"; // 70%…60%…年度救助限额10万元
const NC_2_3_2_P2 = "二（三）2第二段, which states 3万元, 6万元"; // 超过3万元…年度救助限额6万元
const NC_2_3_3_P2 = "二（三）3第二段, which states 2000元, 70%, 3000元, 60%, 5000元, 50%, 2万元";
const HC_2_3_3_P2 = "二（三）3第二段, which states 3000元, 70%, 2万元"; // 达到3000元以上…按70%…年度救助限额2万元
const JZ_3_5_2_P1 = "三（五）2第一段, which states 2万元, 2000元, 5000元, 70%, 60%, 50%";
const JZ_3_5_2_P2 = "三（五）2第二段, which states 3000元, 5000元, 10000元, 2万元, 1.5万元, 1万元";
const MY_27 = "第二十七条, which states 500元, 600元, 700元, 200元, 1000元, 100周岁, 100元, 一年";
const MY_29 = "第二十九条, which states 88%, 92%, 95%"; // 三级88%（退休92%），二级92%，一级…95%
const MY_8 = "第八条, which states 30000, 53%, 60000, 63%, 100000, 73%, 83%, 10000元, 2000元, 5%";

interface Mutation {
  name: string;
  file: string;
  /** Replace the one occurrence of `from` by `to`, or add a declaration at the end of the file. */
  from?: string;
  to?: string;
  append?: string;
  /** Every finding `regc check` must report, as `file|code|message` (the place's line is not asserted). */
  expect: string[];
}

const mutations: Mutation[] = [
  {
    name: "南川 (template): 救助比例 70% → 75% fails for both Chongqing districts",
    file: CHONGQING,
    from: "特困人员, 低保对象, 返贫致贫人口: 70%\n  纳入",
    to: "特困人员, 低保对象, 返贫致贫人口: 75%\n  纳入",
    expect: [
      `${CHONGQING}|E0802|75% (param 救助比例 [特困人员, 低保对象, 返贫致贫人口]) is not in 合川府办发〔2024〕37号 ${NC_2_3_2_P1}`,
      `${CHONGQING}|E0802|75% (param 救助比例 [特困人员, 低保对象, 返贫致贫人口]) is not in 南川府办发〔2023〕8号 ${NC_2_3_2_P1}`,
    ],
  },
  {
    name: "南川 (template): 特殊疾病年度限额 10万元 → 12万元",
    file: CHONGQING,
    from: "param 特殊疾病年度限额: money @ 二（三）2第一段 = 10万元",
    to: "param 特殊疾病年度限额: money @ 二（三）2第一段 = 12万元",
    expect: [
      `${CHONGQING}|E0802|12万元 (param 特殊疾病年度限额) is not in 合川府办发〔2024〕37号 ${NC_2_3_2_P1}`,
      `${CHONGQING}|E0802|12万元 (param 特殊疾病年度限额) is not in 南川府办发〔2023〕8号 ${NC_2_3_2_P1}`,
    ],
  },
  {
    name: "南川 (template): 其他疾病费用门槛 3万元 → 3.5万元",
    file: CHONGQING,
    from: "= 3万元",
    to: "= 3.5万元",
    expect: [
      `${CHONGQING}|E0802|3.5万元 (param 其他疾病费用门槛) is not in 合川府办发〔2024〕37号 ${NC_2_3_2_P2}`,
      `${CHONGQING}|E0802|3.5万元 (param 其他疾病费用门槛) is not in 南川府办发〔2023〕8号 ${NC_2_3_2_P2}`,
    ],
  },
  {
    // 合川 overrides 倾斜救助 and never reads 倾斜起付: only 南川's text has to print it.
    name: "南川 (template): 倾斜起付 2000元 → 2500元, a table 合川 does not use",
    file: CHONGQING,
    from: "  特困人员: 2000元",
    to: "  特困人员: 2500元",
    expect: [`${CHONGQING}|E0802|2500元 (param 倾斜起付 [特困人员]) is not in 南川府办发〔2023〕8号 ${NC_2_3_3_P2}`],
  },
  {
    name: "南川 (document): an override of 倾斜年度限额 with 3万元",
    file: NANCHUAN,
    append: "\noverride param 倾斜年度限额: money @ 二（三）3第二段 = 3万元\n",
    expect: [`${NANCHUAN}|E0802|3万元 (param 倾斜年度限额) is not in 南川府办发〔2023〕8号 ${NC_2_3_3_P2}`],
  },
  {
    name: "合川: 倾斜门槛 3000元 → 2000元",
    file: HECHUAN,
    from: "= 3000元",
    to: "= 2000元",
    expect: [`${HECHUAN}|E0802|2000元 (param 倾斜门槛) is not in 合川府办发〔2024〕37号 ${HC_2_3_3_P2}`],
  },
  {
    name: "合川: 特困倾斜比例 70% → 80%",
    file: HECHUAN,
    from: "param 特困倾斜比例: rate @ 二（三）3第二段 = 70%",
    to: "param 特困倾斜比例: rate @ 二（三）3第二段 = 80%",
    expect: [`${HECHUAN}|E0802|80% (param 特困倾斜比例) is not in 合川府办发〔2024〕37号 ${HC_2_3_3_P2}`],
  },
  {
    name: "锦州: 低保边缘家庭成员 起付标准 2000元 → 2500元",
    file: JINZHOU,
    from: "  低保边缘家庭成员: 2000元",
    to: "  低保边缘家庭成员: 2500元",
    expect: [`${JINZHOU}|E0802|2500元 (param 基本救助起付标准 [低保边缘家庭成员]) is not in 锦政办发〔2022〕16号 ${JZ_3_5_2_P1}`],
  },
  {
    name: "锦州: 因病致贫重病患者 救助比例 50% → 55%",
    file: JINZHOU,
    from: "  因病致贫重病患者: 50%",
    to: "  因病致贫重病患者: 55%",
    expect: [`${JINZHOU}|E0802|55% (param 救助比例 [因病致贫重病患者]) is not in 锦政办发〔2022〕16号 ${JZ_3_5_2_P1}`],
  },
  {
    name: "锦州: 低保边缘家庭成员 倾斜救助年度限额 1.5万元 → 1.8万元",
    file: JINZHOU,
    from: "  低保边缘家庭成员: 1.5万元",
    to: "  低保边缘家庭成员: 1.8万元",
    expect: [`${JINZHOU}|E0802|1.8万元 (param 倾斜救助年度限额 [低保边缘家庭成员]) is not in 锦政办发〔2022〕16号 ${JZ_3_5_2_P2}`],
  },
  {
    name: "锦州: a zero deductible derived from words the provision does not have",
    file: JINZHOU,
    from: '  特困人员, 孤儿: 0元 per "不设起付标准"',
    to: '  特困人员, 孤儿: 0元 per "免除起付标准"',
    expect: [
      `${JINZHOU}|E0804|"免除起付标准", the words 0元 (param 倾斜救助起付标准 [特困人员, 孤儿]) is derived from, are not in 锦政办发〔2022〕16号 三（五）2第二段`,
    ],
  },
  {
    name: "绵阳 职工医保: 三级 起付标准 700元 → 800元",
    file: EMPLOYEE,
    from: "  三级: 700元",
    to: "  三级: 800元",
    expect: [`${EMPLOYEE}|E0802|800元 (param 级别起付标准 [三级]) is not in 绵府发〔2018〕3号 ${MY_27}`],
  },
  {
    name: "绵阳 职工医保: 退休三级支付比例 92% → 90%",
    file: EMPLOYEE,
    from: "param 退休三级支付比例: rate @ 第二十九条 = 92%",
    to: "param 退休三级支付比例: rate @ 第二十九条 = 90%",
    expect: [`${EMPLOYEE}|E0802|90% (param 退休三级支付比例) is not in 绵府发〔2018〕3号 ${MY_29}`],
  },
  {
    name: "绵阳 职工医保: 乙类药品 15% → 20%",
    file: EMPLOYEE,
    from: "param 乙类药品自付比例: rate @ 第三十条（一） = 15%",
    to: "param 乙类药品自付比例: rate @ 第三十条（一） = 20%",
    expect: [`${EMPLOYEE}|E0802|20% (param 乙类药品自付比例) is not in 绵府发〔2018〕3号 第三十条（一）, which states 15%`],
  },
  {
    name: "绵阳 职工医保: the cap of 6 times the average wage → 5",
    file: EMPLOYEE,
    from: "param 限额倍数: int @ 第二十八条 = 6",
    to: "param 限额倍数: int @ 第二十八条 = 5",
    expect: [`${EMPLOYEE}|E0802|5 (param 限额倍数) is not in 绵府发〔2018〕3号 第二十八条, which states 6倍`],
  },
  {
    name: "绵阳 职工医保: validity 3年 → 5年",
    file: EMPLOYEE,
    from: "validity 3年",
    to: "validity 5年",
    expect: [`${EMPLOYEE}|E0802|5年 (validity) is not in 绵府发〔2018〕3号 第四十六条, which states 3年`],
  },
  {
    name: "绵阳 职工医保: 无等级 derived from a phrase of 第二十九条 that 第二十七条 lacks",
    file: EMPLOYEE,
    from: '无等级: 500元 per "无等级医院参照一级医院执行"',
    to: '无等级: 500元 per "无等级医院按一级医院执行"',
    expect: [
      `${EMPLOYEE}|E0804|"无等级医院按一级医院执行", the words 500元 (param 级别起付标准 [无等级]) is derived from, are not in 绵府发〔2018〕3号 第二十七条`,
    ],
  },
  {
    name: "绵阳 缴费: 最低缴费年限 20 → 15",
    file: CONTRIBUTIONS,
    from: "param 最低缴费年限: int @ 第十条 = 20",
    to: "param 最低缴费年限: int @ 第十条 = 15",
    expect: [`${CONTRIBUTIONS}|E0802|15 (param 最低缴费年限) is not in 绵府发〔2018〕3号 第十条, which states 20年, 6%`],
  },
  {
    name: "绵阳 缴费: 80周岁以上 4.5% → 5%",
    file: CONTRIBUTIONS,
    from: "= 4.5%",
    to: "= 5%",
    expect: [`${CONTRIBUTIONS}|E0802|5% (param 高龄养老金划入比例) is not in 绵府发〔2018〕3号 第二十二条, which states 45周岁, 1%, 2%, 3%, 4%, 80周岁, 4.5%`],
  },
  {
    name: "绵阳 大病保险: 起付线 10000元 → 12000元",
    file: CRITICAL,
    from: "= 10000元",
    to: "= 12000元",
    expect: [`${CRITICAL}|E0802|12000元 (param 起付线) is not in 绵府办发〔2018〕4号 ${MY_8}`],
  },
  {
    name: "绵阳 大病保险: 提高 5个百分点 → 6个百分点 (the text writes 提高5%, R8)",
    file: CRITICAL,
    from: "= 5个百分点",
    to: "= 6个百分点",
    expect: [`${CRITICAL}|E0802|6个百分点 (param 困难群体比例提高) is not in 绵府办发〔2018〕4号 ${MY_8}`],
  },
  {
    name: "绵阳 大病保险: a band edge 100000元 → 120000元, against the table's bare numbers",
    file: CRITICAL,
    from: "  60000元 < x <= 100000元: 73%\n  100000元 < x: 83%",
    to: "  60000元 < x <= 120000元: 73%\n  120000元 < x: 83%",
    expect: [
      `${CRITICAL}|E0802|120000元 (bands 分段支付比例 #3) is not in 绵府办发〔2018〕4号 ${MY_8}`,
      `${CRITICAL}|E0802|120000元 (bands 分段支付比例 #4) is not in 绵府办发〔2018〕4号 ${MY_8}`,
    ],
  },
  {
    name: "绵阳 大病保险: effective 2018-01-01 → 2018-02-01",
    file: CRITICAL,
    from: "effective 2018-01-01",
    to: "effective 2018-02-01",
    expect: [`${CRITICAL}|E0802|2018-02-01 (effective) is not in 绵府办发〔2018〕4号 第二十一条, which states 2018年1月1日, 3年`],
  },
  {
    name: "绵阳 大病保险筹资: 调资赔付率 90% → 85%",
    file: FUNDING,
    from: "= 90%",
    to: "= 85%",
    expect: [`${FUNDING}|E0802|85% (param 调资赔付率) is not in 绵府办发〔2018〕4号 第六条, which states 90%, 20%, 40%`],
  },
];

const summary = (f: Finding) => `${f.at.replace(/:\d+:\d+$/, "")}|${f.code}|${f.message}`;

describe("regc check reads the numbers from the gazette", () => {
  it("passes the unmodified policies", async () => {
    const ran = await regc(["check"], policiesCopy());
    expect(findings(ran.err)).toEqual([]);
    expect(ran.code).toBe(0);
  });

  for (const m of mutations) {
    it(m.name, async () => {
      const dir = policiesCopy();
      if (m.append) appendTo(dir, m.file, m.append);
      else edit(dir, m.file, m.from!, m.to!);
      const ran = await regc(["check"], dir);
      expect(ran.code).toBe(1);
      expect(findings(ran.err).map(summary).sort()).toEqual([...m.expect].sort());
    });
  }

  it("points a citation of a provision the text lacks at the nearest ones", async () => {
    const dir = policiesCopy();
    edit(dir, EMPLOYEE, "本次起付标准: money @ 第二十七条（五）", "本次起付标准: money @ 第二十七条（九）");
    const ran = await regc(["check"], dir);
    expect(ran.code).toBe(1);
    expect(findings(ran.err)).toEqual([
      {
        at: expect.stringMatching(/^policies\/mianyang\/employee-medical\.policy:\d+:\d+$/),
        severity: "error",
        code: "E0801",
        message: "第二十七条（九） is not a provision of 绵府发〔2018〕3号",
        help: "nearest provisions: 第二十七条（五）, 第二十七条（四）, 第二十七条（三）",
      },
    ]);
  });

  it("says where a number is printed when the rule cites another provision", async () => {
    const dir = policiesCopy();
    edit(dir, EMPLOYEE, "param 退休减免额: money @ 第二十七条（三）", "param 退休减免额: money @ 第二十七条（一）");
    const ran = await regc(["check"], dir);
    expect(findings(ran.err)).toEqual([
      {
        at: expect.stringMatching(/employee-medical\.policy:/),
        severity: "error",
        code: "E0802",
        message: "100元 (param 退休减免额) is not in 绵府发〔2018〕3号 第二十七条（一）, which states no numbers",
        help: "100元 is printed in 第二十七条（三）: cite the provision the rule rests on, or correct the number",
      },
    ]);
  });
});
