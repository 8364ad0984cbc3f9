// Adding a year is adding its data file: no code, no test edits. A temporary project gets a 2027.yaml holding a
// notice invented for this test (its text says so), then `regc check && regc build` and the 锦政办发〔2017〕61号
// case of 2026-12-20 is answered in full, from that notice, with no output unknown or provisional.
import { cpSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { emptyProject, regc, ROOT, writeCase } from "../e2e/regc.js";

// Weekdays: 2027-01-01 is a Friday, 01-09 a Saturday, 02-05 a Friday (农历除夕), 02-12 a Friday, 02-20 a Saturday.
const NOTICE_2027 = `# A notice invented for this test: it shows the steps of docs/calendar.md, "Adding a year".
year: 2027
notices:
  - number: 国办发明电〔2026〕99号
    title: 国务院办公厅关于2027年部分节假日安排的通知
    signed: 2026-12-01
    published: 2026-12-02
    off:
      - { festival: 元旦, from: 2027-01-01, to: 2027-01-03 }
      - { festival: 春节, from: 2027-02-05, to: 2027-02-12 }
    work: [2027-01-09, 2027-02-20]
    text: |
      国办发明电〔2026〕99号

      （测试用虚构通知，并非国务院办公厅发布的文件。）

      各省、自治区、直辖市人民政府，国务院各部委、各直属机构：

      经国务院批准，现将2027年元旦、春节放假调休日期的具体安排通知如下。

      一、元旦：1月1日（周五）至3日（周日）放假，共3天。1月9日（周六）上班。

      二、春节：2月5日（农历除夕、周五）至12日（农历正月初七、周五）放假调休，共8天。2月20日（周六）上班。

      国务院办公厅
      2026年12月1日
`;

let dir: string;

beforeAll(() => {
  dir = emptyProject({ "policies/calendar/2027.yaml": NOTICE_2027 });
  cpSync(join(ROOT, "policies/jinzhou-admin"), join(dir, "policies/jinzhou-admin"), { recursive: true, filter: (p) => !p.includes("/tests") });
  symlinkSync(join(ROOT, "runtime"), join(dir, "runtime"), "dir");
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module", private: true }) + "\n");
});

describe("adding 2027 as a data file", () => {
  it("checks and builds, and the built calendar holds the notice", async () => {
    const check = await regc(["check"], dir);
    expect(check.code, check.err).toBe(0);
    const build = await regc(["build"], dir);
    expect(build.code, build.err).toBe(0);
    const data = JSON.parse(readFileSync(join(dir, "generated/calendar.json"), "utf8")) as { notices: { number: string; year: number }[] };
    expect(data.notices.at(-1)).toMatchObject({ number: "国办发明电〔2026〕99号", year: 2027 });
  });

  it("answers every output of the 2026-12-20 case from the new notice", async () => {
    // worked: acceptance Sun 12-20 + 5: Dec 21..25 → 2026-12-25
    //         report 12-25 + 20: Dec 28..31 (4), Jan 1..3 off, Jan 4..8 (9), Sat Jan 9 worked (10), Jan 11..15 (15),
    //         Jan 18..22 (20) → 2027-01-22
    //         notification 01-22 + 5: Jan 25..29 → 2027-01-29
    const r = await regc(["run", "锦政办发〔2017〕61号", "--case", writeCase(dir, "c.json", { date: "2026-12-20", facts: {} })], dir);
    expect(r.code, r.err).toBe(0);
    const result = JSON.parse(r.out) as { outputs: Record<string, unknown>; outputStatus?: unknown; trace: { kind: string; citation: string }[] };
    expect(result.outputs).toEqual({
      acceptanceDeadline: "2026-12-25",
      reportDeadline: "2027-01-22",
      postponementWithinUsualLimit: true,
      notificationDeadline: "2027-01-29",
    });
    expect(result.outputStatus).toBeUndefined();
    expect(result.trace.filter((t) => t.kind === "calendar").map((t) => t.citation)).toContain(
      "国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）；国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕99号）",
    );
  });

  it("counts with it in regc deadline, citing it for the make-up Saturday", async () => {
    const r = await regc(["deadline", "2027-01-07", "2工作日", "--explain"], dir);
    expect(r.code, r.err).toBe(0);
    // Fri 01-08 (1), Sat 01-09 worked (2) → 2027-01-09
    expect(r.out).toContain("期限最后一日：2027年1月9日（星期六）");
    expect(r.out).toContain("国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕99号）：2027年1月9日（星期六）上班");
  });
});
