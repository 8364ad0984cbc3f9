// Every provision of the five seed documents is encoded or excluded with a reason: none is pending or simply
// not covered. The statuses below are read from the gazette
// texts and the rule files.
import { beforeAll, describe, expect, it } from "vitest";
import type { DocumentCoverage } from "../../compiler/law/coverage.js";
import { regc, ROOT } from "../e2e/regc.js";

const SEEDS = ["南川府办发〔2023〕8号", "合川府办发〔2024〕37号", "锦政办发〔2022〕16号", "绵府发〔2018〕3号", "绵府办发〔2018〕4号"];

let documents: DocumentCoverage[];
const entry = (number: string, path: string) => documents.find((d) => d.number === number)!.entries.find((e) => e.path === path)!;

beforeAll(async () => {
  const ran = await regc(["coverage", ...SEEDS, "--json"], ROOT);
  expect(ran.code, ran.err).toBe(0);
  documents = JSON.parse(ran.out) as DocumentCoverage[];
});

describe("coverage of the seed documents", () => {
  it("leaves no provision without a reason", () => {
    expect(documents.map((d) => d.number).sort()).toEqual([...SEEDS].sort());
    for (const d of documents) expect(d.entries.filter((e) => e.status === "not-covered").map((e) => `${d.number} ${e.path}`)).toEqual([]);
  });

  it("counts each piece of text once: 南川 has 21 (一; 二（一） and its 3 items; 二（二）1–2; 二（三）1, 2 in two paragraphs, 3 in two; 二（四）1–2; 二（五）1–2; 二（六）; 三（一）–（四）)", () => {
    const d = documents.find((x) => x.number === "南川府办发〔2023〕8号")!;
    expect(d.counts.total).toBe(21);
    expect(d.percent).toBe("100.0");
  });

  it("names the rules that encode a provision, part files and templates included", () => {
    const rate = entry("南川府办发〔2023〕8号", "二（三）2第一段");
    expect(rate.status).toBe("encoded");
    expect(rate.by).toContainEqual({
      file: "policies/medical-assistance/chongqing.policy",
      rules: expect.arrayContaining(["param 救助比例", "param 特殊疾病年度限额", "ledger 特殊疾病限额"]),
    });
    // 合川 overrides 倾斜救助 in its own file
    expect(entry("合川府办发〔2024〕37号", "二（三）3第二段").by).toContainEqual({
      file: "policies/medical-assistance/hechuan.policy",
      rules: expect.arrayContaining(["param 倾斜门槛", "value 倾斜救助"]),
    });
    // 第二十二条 is cited as a whole and none of its paragraphs on its own
    expect(entry("绵府发〔2018〕3号", "第二十二条第三款")).toMatchObject({ status: "encoded", via: "第二十二条" });
    // 第二十七条 is cited for its opening sentence; its items one by one
    expect(entry("绵府发〔2018〕3号", "第二十七条（三）").by).toEqual([
      { file: "policies/mianyang/employee-medical.policy", rules: ["param 退休减免额", "adjust 退休减免"] },
    ]);
    expect(entry("绵府发〔2018〕3号", "第四十六条").by).toEqual([{ file: "policies/mianyang/employee-medical.policy", rules: ["effective", "validity"] }]);
  });

  it("gives the reason of what is not encoded", () => {
    expect(entry("南川府办发〔2023〕8号", "一")).toMatchObject({ status: "excluded", note: { reason: "non-computable", path: "一" } });
    expect(entry("南川府办发〔2023〕8号", "三（二）")).toMatchObject({ status: "excluded", note: { reason: "non-computable", path: "三" } });
    expect(entry("锦政办发〔2022〕16号", "三（五）2第三段")).toMatchObject({ status: "excluded", note: { reason: "delegated" } });
    expect(entry("绵府发〔2018〕3号", "第二十六条（三）")).toMatchObject({ status: "excluded", note: { reason: "delegated" } });
    expect(entry("绵府办发〔2018〕4号", "第十一条第三款")).toMatchObject({ status: "excluded", note: { reason: "delegated", to: "大病保险承办合同" } });
  });

  it("reports the share encoded or excluded", () => {
    const d = documents.find((x) => x.number === "绵府发〔2018〕3号")!;
    expect(d.counts.encoded + d.counts.excluded + d.counts.pending).toBe(d.counts.total);
    expect(d.percent).toBe(percent(d.counts.encoded + d.counts.excluded, d.counts.total));
    // 第二十七条（四）, once pending, is encoded by the annual 起付标准 of employee-medical.policy
    expect(entry("绵府发〔2018〕3号", "第二十七条（四）").by).toEqual([
      { file: "policies/mianyang/employee-medical.policy", rules: ["default claim.annualDeductible", "ledger 年度已计起付标准", "exception 年度一次起付"] },
    ]);
    expect(d.counts.pending).toBe(0);
  });
});

/** One decimal, rounded down, by integer arithmetic. */
function percent(part: number, total: number): string {
  const tenths = Math.floor((part * 1000) / total);
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}
