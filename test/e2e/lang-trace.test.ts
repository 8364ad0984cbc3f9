// A trace's own words follow the run's language (docs/contracts.md "The language of results"): a ledger's note
// (an opening balance, a limit that changed with a new version), a count on the official calendar and a value
// that needs a year no notice arranges. Chinese unless English is asked for; values, dates and names the same.
import { describe, expect, it } from "vitest";
import { claim, DRAFT, PLAN } from "../versions/amendment-claim.js";
import { ASK, traces } from "./run-trace.js";

interface Entry {
  kind: string;
  name: string;
  value: string;
}

const trace = (argv: readonly string[], env: Record<string, string>, json: unknown) => traces<Entry>(argv, env, json);

// The worked fixture of a change of the law (test/fixtures/amendment): 示例府办发〔2024〕1号 supersedes
// 南川府办发〔2023〕8号 from 2024-07-01 and raises the 特殊疾病 annual limit from 10万元 to 12万元.
const RUN = ["run", PLAN, ...DRAFT];

async function ledger(ask: keyof typeof ASK, json: unknown): Promise<string[][]> {
  const claims = await trace([...RUN, ...ASK[ask].argv], ASK[ask].env, json);
  return claims.map((t) => t.filter((e) => e.kind === "ledger" && e.name === "特殊疾病限额").map((e) => e.value));
}

describe("a ledger's note", () => {
  // 特困人员, 特殊疾病: c1 2024-03-10 under 8号: R = 200000 − 50000 = 150000, 70% = 105000 > cap 100000 → 100000.00
  // used; c2 2024-08-10 under 1号: R = 100000 − 20000 = 80000, 70% = 56000 > 120000 − 100000 = 20000 left → the
  // ledger goes 100000.00 → 120000.00 of the new limit 120000.00, in force from 2024-07-01.
  const changed = { person: { categories: ["特困人员"] }, claims: [claim("c1", "2024-03-10", 200000, 50000), claim("c2", "2024-08-10", 100000, 20000)] };
  // 35000.00 already used in 2024; c1 2024-05-01 under 8号: R = 90000, 70% = 63000 ≤ 100000 − 35000 = 65000 left.
  const opening = {
    person: { categories: ["特困人员"] },
    ledgers: { 特殊疾病限额: { "2024": "35000.00" } },
    claims: [claim("c1", "2024-05-01", 100000, 10000)],
  };

  it("says a limit changed with the version in the run's language", async () => {
    expect((await ledger("en", changed))[1]).toEqual(["100000.00 → 120000.00 / 120000.00 (limit 120000.00 from 2024-07-01)"]);
    for (const ask of ["zhFlag", "zhLocale", "none"] as const)
      expect((await ledger(ask, changed))[1]).toEqual(["100000.00 → 120000.00 / 120000.00（上限自2024-07-01起为120000.00）"]);
  });

  it("says an opening balance in the run's language", async () => {
    expect((await ledger("en", opening))[0]).toEqual([
      "0.00 → 35000.00 (opening: used earlier in 2024, as the case reports)",
      "35000.00 → 98000.00 / 100000.00",
    ]);
    for (const ask of ["zhFlag", "zhLocale", "none"] as const)
      expect((await ledger(ask, opening))[0]).toEqual(["0.00 → 35000.00（期初：2024年度此前已用，依案件所报）", "35000.00 → 98000.00 / 100000.00"]);
  });
});

describe("the official calendar in a trace", () => {
  const DOC = ["run", "锦政办发〔2017〕61号"];
  const calendar = async (ask: keyof typeof ASK, date: string) => {
    const [t] = await trace([...DOC, ...ASK[ask].argv], ASK[ask].env, { date, facts: {} });
    return t!;
  };

  it("words a count of working days in the run's language", async () => {
    // 2024-02-08 (Thu, not counted) + 5 working days under 国办发明电〔2023〕7号: 02-09 (1); 春节 02-10..17 off;
    // Sun 02-18 worked (2); 02-19 (3), 02-20 (4), 02-21 (5) → 2024-02-21.
    const first = (t: Entry[]) => t.find((e) => e.kind === "calendar")!.value;
    expect(first(await calendar("en", "2024-02-08"))).toBe("2024-02-08 + 5 working days → 2024-02-21");
    for (const ask of ["zhFlag", "zhLocale", "none"] as const) expect(first(await calendar(ask, "2024-02-08"))).toBe("2024-02-08 起算5个工作日 → 2024-02-21");
  });

  it("words a value needing a year no notice arranges in the run's language", async () => {
    // 2026-12-20: 报告期限 needs whether 2027-01-01 is a working day; no notice arranges 2027 yet.
    const unknown = (t: Entry[]) => t.find((e) => e.name === "报告期限")!.value;
    expect(unknown(await calendar("en", "2026-12-20"))).toBe(
      "unknown: the holiday arrangements for 2027 are not published yet (the State Council General Office's notice on the holidays of 2027), so whether 2027-01-01 is a working day cannot be decided",
    );
    for (const ask of ["zhFlag", "zhLocale", "none"] as const)
      expect(unknown(await calendar(ask, "2026-12-20"))).toBe(
        "未知：2027年的节假日安排尚未公布（国务院办公厅关于2027年部分节假日安排的通知），无法确定2027-01-01是否为工作日",
      );
  });
});
