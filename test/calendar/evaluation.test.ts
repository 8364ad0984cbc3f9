// The calendar in evaluations as the CLI runs them: one unknown year makes only the outputs needing it unknown,
// every count in a trace and an explanation cites the notices that decided the days it crossed, --known-on
// leaves out a notice published later, batch runs take {"date","facts"} cases, and regc check warns before the
// calendar runs out.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { formatDay, isoDay } from "../../runtime/date.js";
import type { TraceEntry } from "../../runtime/evaluate.js";
import { decidedWords } from "../../cli/explain-calendar.js";
import { regc, tempDir, writeCase } from "../e2e/regc.js";
import { CAL } from "./project-calendar.js";

const POLICY = "锦政办发〔2017〕61号";
const dir = tempDir();

async function run(
  date: string,
  facts: object,
  ...flags: string[]
): Promise<{ outputs: Record<string, unknown>; outputStatus?: Record<string, { status: string; year: number }>; trace: TraceEntry[] }> {
  const r = await regc(["run", POLICY, "--case", writeCase(dir, `${date}.json`, { date, facts }), ...flags]);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out);
}

describe("citations of the calendar", () => {
  // Cases across the years: each chain crosses holidays and make-up days of its year's notice.
  const DATES = ["2017-09-27", "2018-12-26", "2019-04-24", "2020-01-21", "2021-09-28", "2022-01-26", "2023-09-27", "2024-02-08", "2025-09-26", "2026-02-11"];

  it.each(DATES)("%s: every day a count crossed that a notice decided is in its trace entry, with that notice", async (date) => {
    const { trace } = await run(date, {});
    const steps = trace.filter((t) => t.kind === "calendar");
    expect(steps.length).toBeGreaterThan(0);
    for (const t of steps) {
      const s = t.calendar!;
      // Independently of the step: every holiday or make-up day in the crossed span, as the calendar has it.
      const expected: string[] = [];
      for (let d = isoDay(s.from)!; d <= isoDay(s.to)!; d++) {
        const st = CAL.dayStatus(d);
        if (st.kind === "holiday" || st.kind === "makeup") expected.push(`${formatDay(d)} ${st.basis.kind === "notice" ? st.basis.notice.number : ""}`);
      }
      expect(s.decided.map((x) => `${x.date} ${x.by}`)).toEqual(expected);
      for (const x of s.decided) expect(s.notices.map((n) => n.number)).toContain(x.by);
      expect(t.citation).toBe(s.notices.map((n) => `${n.title}（${n.number}）`).join("；"));
    }
  });

  it.each(DATES)("%s: the explanation cites the notice for each of those days", async (date) => {
    const { trace } = await run(date, {});
    const r = await regc(["explain", POLICY, "--case", join(dir, `${date}.json`)]);
    expect(r.code, r.err).toBe(0);
    for (const t of trace.filter((x) => x.kind === "calendar")) {
      for (const n of t.calendar!.notices) {
        const words = decidedWords(t.calendar!.decided.filter((x) => x.by === n.number));
        expect(r.out).toContain(`${n.title}（${n.number}）${words.length ? `，${words.join("，")}` : "（其间无放假调休）"}`);
      }
    }
  });

  it("names 国办发明电〔2023〕7号 and Sunday 2024-02-18 for a count across 春节 2024", async () => {
    const r = await regc(["explain", POLICY, "--case", join(dir, "2024-02-08.json")]);
    expect(r.out).toContain(
      "依据国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号），2024年2月10日至17日春节放假，2024年2月18日（星期日）上班：自2024年2月8日起算5个工作日（起算日不计入），至2024年2月21日（星期三）",
    );
  });
});

describe("unknown and provisional outputs", () => {
  it("answers the outputs that need no unknown year, and says which year the others need", async () => {
    const r = await run("2026-12-20", {});
    expect(r.outputs).toEqual({ acceptanceDeadline: "2026-12-25", reportDeadline: null, postponementWithinUsualLimit: true, notificationDeadline: null });
    expect(r.outputStatus).toMatchObject({
      reportDeadline: { status: "calendar_unknown", year: 2027, date: "2027-01-01" },
      notificationDeadline: { status: "calendar_unknown", year: 2027 },
    });
    expect(r.trace.find((t) => t.name === "报告期限")).toMatchObject({ unknown: { year: 2027, date: "2027-01-01" } });
  });

  it("marks provisional outputs in the result, the trace and the explanation", async () => {
    const r = await run("2026-12-20", {}, "--provisional-calendar");
    expect(r.outputs.reportDeadline).toBe("2027-01-25");
    expect(r.outputStatus?.reportDeadline?.status).toBe("provisional");
    expect(r.outputStatus?.acceptanceDeadline).toBeUndefined();
    const step = r.trace.find((t) => t.kind === "calendar" && t.calendar!.to === "2027-01-25")!;
    expect(step.calendar!.provisional).toBe(true);
    expect(step.calendar!.notices.map((n) => n.number)).toEqual(["国办发明电〔2025〕7号", "国务院令第795号"]);
    const explained = await regc(["explain", POLICY, "--case", join(dir, "2026-12-20.json"), "--provisional-calendar"]);
    expect(explained.out).toContain("2027-01-25（临时推算");
    expect(explained.out).toContain("《全国年节及纪念日放假办法》（国务院令第795号）第二条（临时推算");
    const unknown = await regc(["explain", POLICY, "--case", join(dir, "2026-12-20.json")]);
    expect(unknown.out).toContain("出具核对报告的最后一日（reportDeadline）未知（2027年安排未公布）");
    expect(unknown.out).toContain("说明：出具核对报告的最后一日（reportDeadline）——2027年的节假日安排尚未公布");
    expect(explained.out).toContain("说明：出具核对报告的最后一日（reportDeadline）——2027年的节假日安排尚未公布，按《全国年节及纪念日放假办法》第二条");
  });
});

describe("--known-on", () => {
  it("leaves out the 2020 Spring Festival extension on 2020-01-20, and applies it from its publication", async () => {
    // Tue 2020-01-21 + 5工作日. Known on 01-20: 01-22 (1), 01-23 (2), 春节 01-24..30, 01-31 (3), Sat 02-01 worked (4),
    // 02-03 (5) → 2020-02-03. With the extension (published 2020-01-27): 01-22, 01-23, then 02-03, 04, 05 → 2020-02-05.
    expect((await run("2020-01-21", {}, "--known-on", "2020-01-20")).outputs.acceptanceDeadline).toBe("2020-02-03");
    expect((await run("2020-01-21", {}, "--known-on", "2020-01-27")).outputs.acceptanceDeadline).toBe("2020-02-05");
    expect((await run("2020-01-21", {})).outputs.acceptanceDeadline).toBe("2020-02-05");
  });

  it("rejects a malformed date (exit 2)", async () => {
    const r = await regc(["run", POLICY, "--case", join(dir, "2020-01-21.json"), "--known-on", "2020-1-20"]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
  });
});

describe("regc batch with {date, facts} cases", () => {
  it("writes each case's result as regc run does", async () => {
    const cases = [
      { date: "2024-02-08", facts: {} },
      { date: "2026-12-20", facts: {} },
    ];
    writeFileSync(join(dir, "facts.jsonl"), cases.map((c) => JSON.stringify(c)).join("\n") + "\n");
    const r = await regc(["batch", POLICY, "--cases", join(dir, "facts.jsonl"), "--out", join(dir, "facts-out.jsonl"), "--workers", "1"]);
    expect(r.code, r.err).toBe(0);
    const lines = readFileSync(join(dir, "facts-out.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const [i, c] of cases.entries()) {
      const single = await run(c.date, c.facts, "--no-trace");
      expect(lines[i]).toEqual({ line: i + 1, policy: POLICY, status: "ok", ...single });
    }
  });
});

describe("the horizon warning", () => {
  afterEach(() => {
    delete process.env.REGC_TODAY;
  });

  it("warns for a document in force counting working days when the calendar ends within 60 days", async () => {
    process.env.REGC_TODAY = "2026-12-07";
    const r = await regc(["check"]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(
      /warning\[W0901\]: 锦政办发〔2017〕61号 is in force on 2026-12-07 and counts working days, but the official calendar ends on 2026-12-31, 24 days later/,
    );
    // 锦政规〔2017〕4号's 备案期限 part counts working days too; 绵府发〔2018〕3号 is no longer in force.
    expect(r.err).toContain("warning[W0901]: 锦政规〔2017〕4号");
    expect(r.err).not.toContain("warning[W0901]: 绵府发〔2018〕3号");
  });

  it("says it in Chinese to a Chinese reader: 24 days from 2026-12-07 to 2026-12-31, the 2027 notice to add", async () => {
    process.env.REGC_TODAY = "2026-12-07";
    const r = await regc(["check", "--lang", "zh"]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("锦政办发〔2017〕61号 在 2026-12-07 有效并计算工作日，但官方节假日安排只到 2026-12-31，24 日后用完");
    expect(r.err).toContain("请添加 policies/calendar/2027.yaml");
    expect(r.err).not.toContain("is in force on");
  });

  it("is silent while the calendar reaches further than 60 days", async () => {
    process.env.REGC_TODAY = "2026-10-31"; // 61 days before 2026-12-31
    const r = await regc(["check"]);
    expect(r.code).toBe(0);
    expect(r.err).not.toContain("W0901");
  });
});
