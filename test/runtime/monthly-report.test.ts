// The monthly statement of 锦政办发〔2022〕16号 附件三（四）. Every expected figure below is added up by hand from the
// rows of the batch; 万元 = 元 / 10000.
import { describe, expect, it } from "vitest";
import { CaseError } from "../../runtime/errors.js";
import { monthlyReport, monthlyReportBuilder, type ReportInputRow } from "../../runtime/monthly-report.js";
import { renderReportCsv, renderReportText } from "../../runtime/monthly-report-render.js";

const row = (district: string, category: string, personId: string, basic: string, tilted: string): ReportInputRow => ({
  district,
  category,
  personId,
  basic,
  tilted,
});

const zero = { persons: 0, claims: 0, basic: "0.00", tilted: "0.00", subtotal: "0.00" };

// 古塔区: p1 two paid claims as 特困人员, p2 a claim that paid nothing, p3 低保对象, p4 孤儿 one cent.
// 凌河区: p5 two claims as 低保边缘家庭成员, p6 因病致贫重病患者, p7 unpaid 低保对象, and p3 again (paid there too).
const batch: ReportInputRow[] = [
  row("古塔区", "特困人员", "p1", "10500.00", "1750.00"),
  row("凌河区", "低保边缘家庭成员", "p5", "1800.00", "0.00"),
  row("古塔区", "特困人员", "p2", "0.00", "0.00"),
  row("古塔区", "低保对象", "p3", "3500.50", "120.25"),
  row("古塔区", "特困人员", "p1", "700.00", "0.00"),
  row("古塔区", "孤儿", "p4", "0.01", "0.00"),
  row("凌河区", "因病致贫重病患者", "p6", "2500.00", "500.00"),
  row("凌河区", "低保对象", "p7", "0.00", "0.00"),
  row("凌河区", "低保边缘家庭成员", "p5", "600.00", "150.00"),
  row("凌河区", "低保对象", "p3", "100.00", "0.00"),
];

describe("monthlyReport", () => {
  it("sums each district's categories in the annex's order, districts in order of appearance", () => {
    const r = monthlyReport(batch);
    expect(r.districts.map((d) => [d.index, d.district])).toEqual([
      [1, "古塔区"],
      [2, "凌河区"],
    ]);
    expect(r.districts[0]!.rows).toEqual([
      // p1: 10500.00 + 700.00 = 11200.00 基本, 1750.00 倾斜, 12950.00 in all; p2 paid nothing and is not counted
      { category: "特困人员", persons: 1, claims: 2, basic: "11200.00", tilted: "1750.00", subtotal: "12950.00" },
      { category: "孤儿", persons: 1, claims: 1, basic: "0.01", tilted: "0.00", subtotal: "0.01" },
      // 3500.50 + 120.25 = 3620.75
      { category: "低保对象", persons: 1, claims: 1, basic: "3500.50", tilted: "120.25", subtotal: "3620.75" },
      { category: "低保边缘家庭成员", ...zero },
      { category: "因病致贫重病患者", ...zero },
    ]);
    expect(r.districts[1]!.rows).toEqual([
      { category: "特困人员", ...zero },
      { category: "孤儿", ...zero },
      // p7 paid nothing; p3 100.00
      { category: "低保对象", persons: 1, claims: 1, basic: "100.00", tilted: "0.00", subtotal: "100.00" },
      // p5: 1800.00 + 600.00 = 2400.00 基本, 150.00 倾斜, 2550.00 in all
      { category: "低保边缘家庭成员", persons: 1, claims: 2, basic: "2400.00", tilted: "150.00", subtotal: "2550.00" },
      { category: "因病致贫重病患者", persons: 1, claims: 1, basic: "2500.00", tilted: "500.00", subtotal: "3000.00" },
    ]);
  });

  it("counts each paid person once in 合计 and sums the amounts exactly", () => {
    // persons p1, p3, p4, p5, p6 = 5 (p3 is in two rows; the rows add up to 6); paid claims 2+1+1+1+2+1 = 8;
    // 基本 11200.00 + 0.01 + 3500.50 + 100.00 + 2400.00 + 2500.00 = 19700.51; 倾斜 1750.00 + 120.25 + 150.00 + 500.00 = 2520.25
    expect(monthlyReport(batch).total).toEqual({ persons: 5, claims: 8, basic: "19700.51", tilted: "2520.25", subtotal: "22220.76" });
  });

  it("adds cents without binary floating point", () => {
    // 0.10 + 0.20 + 0.30 = 0.60 exactly (in floating point 0.1 + 0.2 + 0.3 is 0.6000000000000001)
    const r = monthlyReport([
      row("太和区", "低保对象", "a", "0.10", "0.00"),
      row("太和区", "低保对象", "b", "0.20", "0.00"),
      row("太和区", "低保对象", "c", "0.30", "0.00"),
    ]);
    expect(r.total).toEqual({ persons: 3, claims: 3, basic: "0.60", tilted: "0.00", subtotal: "0.60" });
  });

  it("gives the same table claim by claim", () => {
    const builder = monthlyReportBuilder();
    batch.forEach((r, i) => expect(builder.add(r, `row ${i + 1}`)).toEqual([]));
    expect(builder.table()).toEqual(monthlyReport(batch));
  });

  it("lists the district of a claim that paid nothing and has no category, with zeros", () => {
    const r = monthlyReport([{ district: "黑山县", personId: "q", basic: "0.00", tilted: "0.00" }]);
    expect(r.districts.map((d) => [d.district, d.rows.every((x) => x.persons === 0 && x.claims === 0 && x.subtotal === "0.00")])).toEqual([["黑山县", true]]);
    expect(r.total).toEqual(zero);
  });

  it("gives an empty batch a 合计 of zeros and no districts", () => {
    expect(monthlyReport([])).toEqual({ districts: [], total: zero });
  });

  it("names every bad field of every row", () => {
    const bad: ReportInputRow[] = [
      row("古塔区", "返贫致贫人口", "p1", "100.00", "0.00"),
      row("古塔区", "低保对象", "", "12.345", "-1.00"),
      { district: "古塔区", personId: "p9", basic: "10.00", tilted: "0.00" },
    ];
    expect(() => monthlyReport(bad)).toThrow(CaseError);
    try {
      monthlyReport(bad);
    } catch (e) {
      expect((e as CaseError).issues.map((i) => i.path)).toEqual(["$[0].category", "$[1].personId", "$[1].basic", "$[1].tilted", "$[2].category"]);
      expect((e as CaseError).message).toContain("expected one of 特困人员, 孤儿, 低保对象, 低保边缘家庭成员, 因病致贫重病患者");
    }
  });
});

describe("rendering the annex table", () => {
  const one = monthlyReport([row("古塔区", "特困人员", "p1", "10500.00", "1750.00"), row("古塔区", "低保对象", "p3", "3500.50", "120.25")]);

  it("writes 万元 exactly by default, 序号 and 辖区 on the district's first row only", () => {
    // 10500.00元 = 1.050000万元; 1750.00 = 0.175000; 12250.00 = 1.225000; 3500.50 = 0.350050; 120.25 = 0.012025;
    // 3620.75 = 0.362075; 合计 14000.50 = 1.400050, 1870.25 = 0.187025, 15870.75 = 1.587075
    expect(renderReportText(one, { month: 3 })).toBe(
      [
        "3月各县(市)区医疗救助基金支出情况统计表",
        "单位：人、人次、万元",
        "| 序号 | 辖区 | 人员类别 | 享受待遇人数 | 享受待遇人次 | 基本救助支出 | 倾斜救助支出 | 支出小计 | 备注 |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        "| 1 | 古塔区 | 特困人员 | 1 | 1 | 1.050000 | 0.175000 | 1.225000 |  |",
        "|  |  | 孤儿 | 0 | 0 | 0.000000 | 0.000000 | 0.000000 |  |",
        "|  |  | 低保对象 | 1 | 1 | 0.350050 | 0.012025 | 0.362075 |  |",
        "|  |  | 低保边缘家庭成员 | 0 | 0 | 0.000000 | 0.000000 | 0.000000 |  |",
        "|  |  | 因病致贫重病患者 | 0 | 0 | 0.000000 | 0.000000 | 0.000000 |  |",
        "| 合计 |  |  | 2 | 2 | 1.400050 | 0.187025 | 1.587075 |  |",
        "",
      ].join("\n"),
    );
  });

  it("keeps the annex's XX月 when no month is given", () => {
    expect(renderReportText(one).split("\n")[0]).toBe("XX月各县(市)区医疗救助基金支出情况统计表");
  });

  it("rounds each cell half-up from its exact amount when fewer decimals are asked for", () => {
    // 1250.00元 = 0.125万元 → 0.13 (half-even would give 0.12) in each district; 合计 2500.00元 = 0.25万元 → 0.25,
    // not the 0.26 the rounded rows add up to
    const r = monthlyReport([row("古塔区", "孤儿", "a", "1250.00", "0.00"), row("凌河区", "孤儿", "b", "1250.00", "0.00")]);
    const lines = renderReportText(r, { decimals: 2 }).split("\n");
    expect(lines[5]).toBe("|  |  | 孤儿 | 1 | 1 | 0.13 | 0.00 | 0.13 |  |");
    expect(lines[10]).toBe("|  |  | 孤儿 | 1 | 1 | 0.13 | 0.00 | 0.13 |  |");
    expect(lines[14]).toBe("| 合计 |  |  | 2 | 2 | 0.25 | 0.00 | 0.25 |  |");
  });

  it("writes CSV with every row standing alone and quoted fields where needed", () => {
    // 4999.99元 = 0.499999万元 → 0.5000 at four decimals (half-up); 合计 the same
    const r = monthlyReport([row("北镇市,北镇", "特困人员", "a", "4999.99", "0.00")]);
    expect(renderReportCsv(r, { decimals: 4 })).toBe(
      [
        "序号,辖区,人员类别,享受待遇人数,享受待遇人次,基本救助支出,倾斜救助支出,支出小计,备注",
        '1,"北镇市,北镇",特困人员,1,1,0.5000,0.0000,0.5000,',
        '1,"北镇市,北镇",孤儿,0,0,0.0000,0.0000,0.0000,',
        '1,"北镇市,北镇",低保对象,0,0,0.0000,0.0000,0.0000,',
        '1,"北镇市,北镇",低保边缘家庭成员,0,0,0.0000,0.0000,0.0000,',
        '1,"北镇市,北镇",因病致贫重病患者,0,0,0.0000,0.0000,0.0000,',
        "合计,,,1,1,0.5000,0.0000,0.5000,",
        "",
      ].join("\r\n"),
    );
  });

  it("refuses a month or a number of decimals it cannot print", () => {
    expect(() => renderReportText(one, { month: 13 })).toThrow(RangeError);
    expect(() => renderReportCsv(one, { decimals: 7 })).toThrow(RangeError);
  });
});
