// `regc diff 南川府办发〔2023〕8号 合川府办发〔2024〕37号` lists the real differences and nothing else: both plans
// derive from the 重庆医疗救助 template, and 合川 changes only its metadata and its 倾斜救助 rule (RULINGS N7).
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { diffUnits } from "../../compiler/query/diff.js";
import { diffText } from "../../cli/reports/diff-text.js";
import { compileProgram, unitId } from "../../compiler/program.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

describe("regc diff", () => {
  const program = compileProgram(ROOT);
  const unit = (id: string) => program.units.find((u) => unitId(u) === id)!;

  it("lists what 合川 changes from 南川, each with both citations", () => {
    const d = diffUnits(unit("南川府办发〔2023〕8号"), unit("合川府办发〔2024〕37号"));
    expect(d.entries.map((e) => e.what)).toEqual([
      "document title",
      "document in force from",
      "document issuer",
      "document plan",
      "document repeals 合川府办发〔2023〕27号",
      "param 倾斜门槛",
      "param 特困倾斜比例",
      "value 倾斜救助",
    ]);
    const rule = d.entries.find((e) => e.what === "value 倾斜救助")!;
    expect(rule.a?.citation).toBe("南川府办发〔2023〕8号 二（三）3第二段");
    expect(rule.b?.citation).toBe("合川府办发〔2024〕37号 二（三）3第二段");
    expect(rule.b?.text).toBe("if 倾斜适用 and 类别 = 特困人员 and 倾斜基数 >= 倾斜门槛 then round(特困倾斜比例 * 倾斜基数) within 倾斜限额 else 0元");
    expect(d.entries.find((e) => e.what === "param 倾斜门槛")).toEqual({
      what: "param 倾斜门槛",
      b: { text: "3000元", citation: "合川府办发〔2024〕37号 二（三）3第二段" },
    });
  });

  it("lists the rows of a table that differ, and finds nothing between a policy and itself", () => {
    const nanchuan = unit("南川府办发〔2023〕8号");
    expect(diffText(diffUnits(nanchuan, nanchuan), "en")).toBe("南川府办发〔2023〕8号 and 南川府办发〔2023〕8号: no differences\n");
    const jinzhou = unit("锦政办发〔2022〕16号");
    const d = diffUnits(nanchuan, jinzhou);
    // 救助比例 is a table in both; 孤儿 is covered only in 锦州 and 返贫致贫人口 only in 南川.
    expect(d.entries.find((e) => e.what === "param 救助比例[孤儿]")?.a).toBeUndefined();
    expect(d.entries.find((e) => e.what === "param 救助比例[返贫致贫人口]")?.b).toBeUndefined();
    expect(d.entries.some((e) => e.what === "param 救助比例[特困人员]")).toBe(false);
  });
});
