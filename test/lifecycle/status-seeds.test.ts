// `regc status` for every document of the five seed gazettes that has dates, on the day before, the day of
// and the day after its effective date and its last day. Each row is read off the gazette text:
// a printed effective date, a 施行 clause with the date under the notice (R6), no 施行 clause at all (the
// document's X1: the date under it), a validity (R5), an extension, or a repeal by a later document.
// A document the seeds only name has no printed effective date: before 1 January of the year in its 文号 it is
// not in force; from then until the texts show it in force (a repeal presupposes the repealed text in force
// from the day the repeal is decided, and on the day before it takes effect) the answer is "unknown" (R11:
// the year in a 文号 is not a date).
import { describe, expect, it } from "vitest";
import { regc, ROOT } from "../e2e/regc.js";

interface Expected {
  number: string;
  /** First day in force; for a document the seeds only name, 1 January of its 文号's year. */
  from?: string;
  /** Last day in force (inclusive), when it has one. */
  to?: string;
  /** What the reason must cite on the first day out of force after `to`. */
  endedBy?: string;
  /** What the reason must cite on the last day before `from`. */
  startedBy?: string;
  /** Something the reason must cite on days in force. */
  inForceCites?: string;
  /** For a document the seeds only name: the first day another document's act shows it in force (R11). */
  shown?: string;
}

const SEEDS: Expected[] = [
  // 000 南川区人民政府公报 2023年第3期
  { number: "南川府办发〔2023〕7号", from: "2023-05-24" }, // 本规则自印发之日起施行; 2023年5月24日印发
  { number: "南川府办发〔2023〕8号", from: "2023-06-07" }, // 本方案自印发之日起施行; 2023年6月7日印发
  // 001 重庆市人民政府公报 2021年第3期
  { number: "重庆市人民政府令第340号", from: "2021-03-01" }, // 自2021年3月1日起施行
  { number: "重庆市人民政府令第10号", to: "2021-02-28", endedBy: "重庆市人民政府令第340号", shown: "2021-01-16" }, // 同时废止
  { number: "渝府发〔2021〕1号", from: "2021-01-20" }, // no 施行 clause; dated 2021年1月20日
  { number: "渝府办发〔2020〕142号", from: "2020-12-31" }, // 自印发之日起试行; dated 2020年12月31日 (R6)
  { number: "渝府办发〔2015〕208号", from: "2015-01-01", to: "2020-12-30", endedBy: "渝府办发〔2020〕142号", startedBy: "文号", shown: "2020-12-30" },
  { number: "渝府办发〔2021〕1号", from: "2021-01-09" },
  { number: "渝府办发〔2021〕2号", from: "2021-01-16" },
  { number: "渝府办发〔2021〕4号", from: "2021-01-16" }, // 自印发之日起施行 (R6)
  { number: "渝府办发〔2017〕156号", from: "2017-01-01", to: "2021-01-15", endedBy: "渝府办发〔2021〕4号", startedBy: "文号", shown: "2021-01-15" },
  { number: "渝卫发〔2020〕80号", from: "2020-12-24" }, // 自印发之日起施行 (R6)
  { number: "渝民〔2020〕238号", from: "2020-12-21" },
  { number: "渝民发〔2020〕36号", from: "2020-12-22" },
  // 002 锦州市人民政府公报 2022年第3期
  { number: "锦政规〔2022〕2号", from: "2022-06-29" },
  { number: "锦政办发〔2017〕61号", from: "2017-06-22", to: "2027-06-22", endedBy: "锦政规〔2022〕2号", inForceCites: "锦政规〔2022〕2号" },
  { number: "锦政规〔2022〕3号", from: "2022-07-25" },
  { number: "锦政规〔2017〕4号", from: "2017-09-22", to: "2027-09-22", endedBy: "锦政规〔2022〕3号", inForceCites: "锦政规〔2022〕3号" },
  { number: "锦政规〔2022〕4号", from: "2022-09-08", to: "2024-09-08", endedBy: "有效期2年" }, // 自发布之日起施行，有效期两年
  { number: "锦政规〔2022〕5号", from: "2022-09-03", to: "2027-09-03", endedBy: "有效期5年" }, // 有效期为5年
  { number: "锦政发〔2022〕13号", from: "2022-07-26" },
  { number: "锦政办发〔2022〕14号", from: "2022-12-01" }, // 本方案自 2022 年 12 月 1 日起实施
  { number: "锦政办发〔2022〕16号", from: "2023-01-01" }, // 本方案自 2023 年 1 月 1 日执行
  // 003 合川府办发〔2024〕37号
  { number: "合川府办发〔2024〕37号", from: "2024-06-25" }, // 自发布之日起施行 (R6: signed 2024年6月25日)
  { number: "合川府办发〔2023〕27号", from: "2023-01-01", to: "2024-06-24", endedBy: "合川府办发〔2024〕37号", startedBy: "文号", shown: "2024-06-24" },
  // 004 绵阳市人民政府公报 (2018)
  { number: "国办发〔2018〕8号", from: "2018-02-01" },
  { number: "国办发〔2018〕10号", from: "2018-02-09" },
  { number: "川府发〔2018〕7号", from: "2018-02-11" },
  { number: "绵府发〔2018〕3号", from: "2018-02-01", to: "2021-02-01", endedBy: "第四十六条" }, // M1
  { number: "绵府函〔2018〕26号", from: "2018-02-02" },
  { number: "绵府办发〔2018〕4号", from: "2018-01-01", to: "2021-01-01", endedBy: "第二十一条" }, // D1
  { number: "绵府办函〔2015〕30号", from: "2015-01-01", to: "2017-12-31", endedBy: "绵府办发〔2018〕4号", startedBy: "文号", shown: "2017-12-31" },
  { number: "绵府发〔2014〕34号", from: "2014-01-01", to: "2017-12-31", endedBy: "绵府办发〔2018〕4号", startedBy: "文号", shown: "2017-12-31" },
];

function shift(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** In force on `day`: true, or for a document known only by name, true only from the day it is shown in force. */
function expected(s: Expected, day: string): boolean | "unknown" {
  if (s.startedBy !== "文号" && s.shown === undefined) return true;
  return s.shown !== undefined && day >= s.shown ? true : "unknown";
}

async function status(policy: string, on: string): Promise<{ inForce: boolean | "unknown"; reason: string }> {
  const r = await regc(["status", policy, "--on", on], ROOT);
  expect(r.code, r.err).toBe(0);
  const json = JSON.parse(r.out) as Record<string, unknown>;
  expect(Object.keys(json)).toEqual(["policy", "on", "inForce", "reason", "calendarLastDay"]);
  expect(json.calendarLastDay).toBe("2026-12-31");
  expect(json.policy).toBe(policy);
  expect(json.on).toBe(on);
  return json as unknown as { inForce: boolean | "unknown"; reason: string };
}

describe("regc status on the seed documents", () => {
  it.each(SEEDS.map((s) => [s.number, s] as const))("%s", async (number, s) => {
    if (s.from) {
      const before = await status(number, shift(s.from, -1));
      expect(before.inForce).toBe(false);
      expect(before.reason).toContain(s.startedBy ?? s.from);
      for (const day of [s.from, shift(s.from, 1)]) {
        const during = await status(number, day);
        expect(during.inForce, `${number} on ${day}`).toBe(expected(s, day));
        if (s.inForceCites) expect(during.reason).toContain(s.inForceCites);
        if (during.inForce === "unknown") expect(during.reason).toContain("R11");
      }
    }
    if (s.to) {
      for (const day of [shift(s.to, -1), s.to]) expect((await status(number, day)).inForce, `${number} on ${day}`).toBe(expected(s, day));
      const after = await status(number, shift(s.to, 1));
      expect(after.inForce).toBe(false);
      expect(after.reason).toContain(s.to);
      expect(after.reason).toContain(s.endedBy!);
    } else {
      const later = await status(number, "2026-12-31");
      expect(later.inForce).toBe(true);
      expect(later.reason).toContain("states no end");
    }
  });

  it("answers between the old end and the extension decision: no gap (R5)", async () => {
    // 锦政办发〔2017〕61号 ran until 2022-06-22; 锦政规〔2022〕2号 extending it was decided on 2022-06-29.
    for (const day of ["2022-06-23", "2022-06-28"]) {
      const s = await status("锦政办发〔2017〕61号", day);
      expect(s.inForce).toBe(true);
      expect(s.reason).toContain("extended to 2027-06-22 by 锦政规〔2022〕2号");
      expect(s.reason).toContain("without a gap");
    }
  });

  it("an unknown document is a usage error listing the known ones", async () => {
    const r = await regc(["status", "锦政办发〔2017〕16号", "--on", "2023-01-01"], ROOT);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain('did you mean "锦政办发〔2017〕61号"');
    expect(r.err).toContain("known: ");
    expect(r.err).toContain("合川府办发〔2023〕27号");
  });

  it("a date that is not a calendar date is a usage error", async () => {
    const r = await regc(["status", "锦政办发〔2017〕61号", "--on", "2023-02-30"], ROOT);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain("--on expects a date YYYY-MM-DD");
  });

  it("a rule file path names its document", async () => {
    const r = await regc(["status", "policies/jinzhou-admin/checking-review.policy", "--on", "2022-06-25"], ROOT);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).policy).toBe("锦政办发〔2017〕61号");
  });
});
