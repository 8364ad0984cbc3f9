// Parquet in and out: `regc batch` and `regc impact` read a claims table written as a data warehouse would
// (typed columns: a list, DATE, DECIMAL, BOOLEAN), and `regc batch --out *.parquet` writes one typed row per
// claim that reads back to the same exact amounts.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from "hyparquet";
import { beforeAll, describe, expect, it } from "vitest";
import { column, ParquetFile, parquetSchema } from "../../cli/batch/parquet-write.js";
import { isoDay } from "../../runtime/date.js";
import { writeSyntheticFile } from "../../bench/generate.js";
import { regc, tempDir } from "../e2e/regc.js";
import { people } from "./three-people.js";

const NANCHUAN = "南川府办发〔2023〕8号";
let dir: string;

beforeAll(() => {
  dir = tempDir();
});

const SCHEMA = parquetSchema([
  column.text("personId"),
  column.textList("categories"),
  column.text("id"),
  column.date("date"),
  column.text("setting"),
  column.text("disease"),
  column.text("hospitalLevel"),
  column.decimal("inScopeCost", 3),
  column.decimal("basicInsurancePaid", 2),
  column.decimal("criticalIllnessPaid", 2),
  column.bool("referral"),
  column.bool("inMunicipality"),
]);

/** three-people.ts as a Parquet table, one row per claim, and a fourth person whose amount has three decimals. */
function threePeople(): string {
  const file = join(dir, "people.parquet");
  const out = new ParquetFile(file, SCHEMA);
  const fen = (yuan: number, scale: number) => BigInt(Math.round(yuan * 10 ** scale));
  for (const p of people) {
    for (const c of p.claims) {
      out.add([
        p.person.id,
        p.person.categories,
        c.id,
        isoDay(c.date)!,
        c.setting,
        c.disease,
        c.hospitalLevel,
        fen(c.inScopeCost, 3),
        fen(c.basicInsurancePaid, 2),
        fen(c.criticalIllnessPaid, 2),
        c.referral,
        c.inMunicipality,
      ]);
    }
  }
  // Row 4: D's cost is 1000.005: not an amount of money (at most two decimals).
  out.add(["D", ["低保对象"], "d1", isoDay("2024-11-01")!, "门诊", "特殊疾病", "一级", 1000005n, 0n, 0n, true, true]);
  out.close();
  return file;
}

describe("regc batch with Parquet", () => {
  it("reads typed columns as a case: the three people's hand-worked results, and the invalid row by its number", async () => {
    const out = join(dir, "people-results.jsonl");
    const r = await regc(["batch", NANCHUAN, "--cases", threePeople(), "--out", out, "--workers", "1"]);
    expect(r.code).toBe(1);
    // 7700.00 + 4200.00 + 11400.00 (three-people.ts)
    expect(r.out).toContain("total（救助合计） 23300.00");
    const lines = readFileSync(out, "utf8")
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as { line: number; person: string; claims?: { outputs: { total: string } }[]; invalid?: { path: string }[] });
    expect(lines.map((l) => [l.line, l.person, l.claims?.[0]?.outputs.total ?? l.invalid![0]!.path])).toEqual([
      [1, "A", "7700.00"],
      [2, "B", "4200.00"],
      [3, "C", "11400.00"],
      [4, "D", "$.claims[0].inScopeCost"],
    ]);
    expect(r.err).toContain("line 4: $.claims[0].inScopeCost");
  });

  it("round-trips a generated claims file: Parquet in gives the results of JSON Lines in, and Parquet out reads back to them", async () => {
    const options = { claims: 3000, seed: 11 };
    await writeSyntheticFile(join(dir, "claims.jsonl"), options);
    await writeSyntheticFile(join(dir, "claims.parquet"), options);
    const fromJson = await regc(["batch", "锦政办发〔2022〕16号", "--cases", join(dir, "claims.jsonl"), "--out", join(dir, "a.jsonl"), "--workers", "2"]);
    const fromParquet = await regc([
      "batch",
      "锦政办发〔2022〕16号",
      "--cases",
      join(dir, "claims.parquet"),
      "--out",
      join(dir, "c.parquet"),
      "--workers",
      "2",
    ]);
    for (const ran of [fromJson, fromParquet]) expect(ran.code, ran.err).toBe(0);
    const summary = (text: string) => text.split("\n").filter((l) => l.startsWith("totals:") || l.startsWith("claims by status:"));
    expect(summary(fromParquet.out)).toEqual(summary(fromJson.out));
    const expected = readFileSync(join(dir, "a.jsonl"), "utf8")
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(expected.length).toBeGreaterThan(900);

    // One typed row per claim, the same people and amounts as from JSON Lines: amounts DECIMAL(18,2), read back
    // exactly.
    const file = await asyncBufferFromFile(join(dir, "c.parquet"));
    const metadata = await parquetMetadataAsync(file);
    const total = metadata.schema.find((e) => e.name === "total")!;
    expect([total.type, total.converted_type, total.scale]).toEqual(["INT64", "DECIMAL", 2]);
    const rows = await parquetReadObjects({ file, metadata });
    const claims = expected.flatMap((c) =>
      (c.claims as { id: string; status: string; outputs: Record<string, string> }[]).map((k) => ({ person: c.person, ...k })),
    );
    expect(rows.length).toBe(claims.length);
    rows.forEach((row, i) => {
      const k = claims[i]!;
      expect([row.person, row.claim, row.status]).toEqual([k.person, k.id, k.status]);
      for (const name of ["basic", "tilted", "total"]) expect((row[name] as number).toFixed(2), `${k.id} ${name}`).toBe(k.outputs[name]);
    });
  });
});

describe("regc impact with Parquet", () => {
  it("reads the same cases from Parquet as from JSON Lines", async () => {
    const jsonl = join(dir, "people.jsonl");
    writeFileSync(jsonl, people.map((p) => JSON.stringify(p)).join("\n") + "\n");
    const parquet = join(dir, "people3.parquet");
    const out = new ParquetFile(parquet, SCHEMA);
    for (const p of people)
      for (const c of p.claims)
        out.add([
          p.person.id,
          p.person.categories,
          c.id,
          isoDay(c.date)!,
          c.setting,
          c.disease,
          c.hospitalLevel,
          BigInt(c.inScopeCost * 1000),
          BigInt(c.basicInsurancePaid * 100),
          BigInt(c.criticalIllnessPaid * 100),
          c.referral,
          c.inMunicipality,
        ]);
    out.close();
    const impact = async (cases: string, ...more: string[]) => {
      const r = await regc(["impact", NANCHUAN, "合川府办发〔2024〕37号", "--cases", cases, "--json", "--workers", "1", ...more]);
      expect(r.code).toBe(0);
      const { largest: _, ...totals } = JSON.parse(r.out) as Record<string, unknown>;
      return totals;
    };
    const changes = join(dir, "changes.parquet");
    const fromParquet = await impact(parquet, "--out", changes);
    // 23300.00 → 23800.00 (three-people.ts)
    expect(fromParquet).toMatchObject({ people: 3, oldTotal: "23300.00", newTotal: "23800.00", betterOff: 1, worseOff: 1, unchanged: 1 });
    expect(fromParquet).toEqual(await impact(jsonl));
    // Every person's comparison, written as Parquet: A +1400.00, B unchanged, C −900.00 (three-people.ts).
    const rows = await parquetReadObjects({ file: await asyncBufferFromFile(changes) });
    expect(rows.map((r) => [r.line, r.person, r.old, r.new, r.difference])).toEqual([
      [1, "A", 7700, 9100, 1400],
      [2, "B", 4200, 4200, 0],
      [3, "C", 11400, 10500, -900],
    ]);
  });
});
