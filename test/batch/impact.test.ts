// `regc impact`: two versions on the same three people, every amount worked out by hand (RULINGS N1–N7).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { regc } from "../e2e/regc.js";

const claim = (id: string, date: string, setting: string, level: string, inScopeCost: number, basicInsurancePaid: number, criticalIllnessPaid: number) => ({
  id, date, setting, disease: "特殊疾病", hospitalLevel: level, inScopeCost, basicInsurancePaid, criticalIllnessPaid, referral: true, inMunicipality: true,
});

// A 特困人员: R = 20000 − 10000 = 10000; A1 = 70% = 7000; S = 3000.
//   南川 倾斜 70% × (3000 − 2000) = 700 → 7700.00;  合川 S ≥ 3000 → 70% × 3000 = 2100 → 9100.00  (+1400.00)
// B 低保对象: R = 10000 − 4000 = 6000; A1 = 4200; S = 1800: 南川 below 3000 → 0; 合川 特困 only → 0  (4200.00 both)
// C 低保对象: R = 50000 − 30000 − 5000 = 15000; A1 = 10500; S = 4500.
//   南川 60% × (4500 − 3000) = 900 → 11400.00;  合川 0 → 10500.00  (−900.00)
const people = [
  { person: { id: "A", categories: ["特困人员"] }, claims: [claim("a1", "2024-08-01", "住院", "三级", 20000, 10000, 0)] },
  { person: { id: "B", categories: ["低保对象"] }, claims: [claim("b1", "2024-09-01", "门诊", "一级", 10000, 4000, 0)] },
  { person: { id: "C", categories: ["低保对象"] }, claims: [claim("c1", "2024-10-01", "住院", "二级", 50000, 30000, 5000)] },
];

it("reports totals, people better and worse off, and the largest changes with the provision that caused them", async () => {
  const dir = mkdtempSync(join(tmpdir(), "regc-impact-"));
  writeFileSync(join(dir, "cases.jsonl"), people.map((p) => JSON.stringify(p)).join("\n") + "\n");
  const ran = await regc(["impact", "南川府办发〔2023〕8号", "合川府办发〔2024〕37号", "--cases", join(dir, "cases.jsonl"), "--json", "--workers", "1"]);
  expect(ran.code).toBe(0);
  const r = JSON.parse(ran.out) as Record<string, unknown> & { largest: { person: string; old: string; new: string; difference: string; cause: { citation: string } }[] };
  expect(r).toMatchObject({ people: 3, claims: 3, oldTotal: "23300.00", newTotal: "23800.00", difference: "500.00", betterOff: 1, worseOff: 1, unchanged: 1 });
  expect(r.largest.map((c) => [c.person, c.old, c.new, c.difference])).toEqual([
    ["A", "7700.00", "9100.00", "+1400.00"],
    ["C", "11400.00", "10500.00", "-900.00"],
  ]);
  for (const c of r.largest) expect(c.cause.citation).toBe("合川府办发〔2024〕37号 二（三）3第二段");
});
