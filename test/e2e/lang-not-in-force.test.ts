// A claim outside a single document's period is `not_in_force`; its trace entry says why in the run's language,
// with the document's own reason for its first or last day in the same words `regc status` uses
// (docs/contracts.md "Languages"). Chinese unless English is asked for.
//
// The document: 绵府办发〔2018〕4号《绵阳市城乡居民大病保险管理办法》, 第二十一条 “本办法自2018年1月1日起施行，
// 有效期3年。” — first day 2018-01-01; 3 years from 2018-01-01 end on 2021-01-01, counted inclusive (R5, D1).
// So a claim dated 2017-12-31 is the day before the first day, and one dated 2021-01-02 the day after the last.
import { describe, expect, it } from "vitest";
import { main } from "../../cli/main.js";
import { ROOT, tempDir, writeCase } from "./regc.js";

const DOCUMENT = "绵府办发〔2018〕4号";

async function traceValues(argv: readonly string[], env: Record<string, string>): Promise<string[]> {
  const file = writeCase(tempDir(), "case.json", {
    person: { categories: ["低保对象"] },
    claims: [
      { id: "before", date: "2017-12-31", selfPayCompliant: 25000 },
      { id: "after", date: "2021-01-02", selfPayCompliant: 25000 },
    ],
  });
  let out = "";
  const code = await main(["run", DOCUMENT, "--case", file, ...argv], { cwd: ROOT, env, out: (t) => (out += t), err: () => {} });
  expect(code).toBe(0);
  const result = JSON.parse(out) as { claims: { id: string; status: string; trace: { kind: string; value: string }[] }[] };
  expect(result.claims.map((c) => c.status)).toEqual(["not_in_force", "not_in_force"]);
  return result.claims.map((c) => {
    expect(c.trace).toHaveLength(1);
    expect(c.trace[0]!.kind).toBe("document");
    return c.trace[0]!.value;
  });
}

describe("a single document's not_in_force trace entry", () => {
  it("in English with --lang en", async () => {
    expect(await traceValues(["--lang", "en"], {})).toEqual([
      "not_in_force: 2017-12-31 is before 2018-01-01 (effective 2018-01-01 (第二十一条))",
      "not_in_force: 2021-01-02 is after 2021-01-01 (有效期3年 from 2018-01-01 ends 2021-01-01 inclusive (第二十一条, R5, D1))",
    ]);
  });

  it("in Chinese with --lang zh, with a Chinese locale, and when nothing names a language", async () => {
    const zh = [
      "not_in_force：2017-12-31早于施行日期2018-01-01（自2018-01-01起施行（第二十一条））",
      "not_in_force：2021-01-02晚于有效期的最后一天2021-01-01（有效期3年，自2018-01-01起至2021-01-01止（含当日）（第二十一条，R5，D1））",
    ];
    expect(await traceValues(["--lang", "zh"], {})).toEqual(zh);
    expect(await traceValues([], { LANG: "zh_CN.UTF-8" })).toEqual(zh);
    expect(await traceValues([], {})).toEqual(zh);
  });
});
