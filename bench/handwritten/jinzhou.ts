// 锦政办发〔2022〕16号 written by hand the way a developer would, with the same exact integer arithmetic in 分
// and the same readings (RULINGS J1–J4, R2, R3, R7): the practical limit the compiled module is measured against.
import { percentOf, yearOf, type Claim, type Person, type Result } from "./types.js";

const IN_FORCE_FROM = 19_358; // 2023-01-01
const COVERING = ["特困人员", "孤儿", "低保对象", "低保边缘家庭成员", "因病致贫重病患者"] as const;
type Category = (typeof COVERING)[number];
const BASIC_DEDUCTIBLE: Record<Category, number> = { 特困人员: 0, 孤儿: 0, 低保对象: 0, 低保边缘家庭成员: 200_000, 因病致贫重病患者: 500_000 };
const RATE: Record<Category, number> = { 特困人员: 70, 孤儿: 70, 低保对象: 70, 低保边缘家庭成员: 60, 因病致贫重病患者: 50 };
const BASIC_CAP = 2_000_000;
const TILT_DEDUCTIBLE: Record<Category, number> = { 特困人员: 0, 孤儿: 0, 低保对象: 300_000, 低保边缘家庭成员: 500_000, 因病致贫重病患者: 1_000_000 };
const TILT_CAP: Record<Category, number> = {
  特困人员: 2_000_000,
  孤儿: 2_000_000,
  低保对象: 2_000_000,
  低保边缘家庭成员: 1_500_000,
  因病致贫重病患者: 1_000_000,
};

/** Ledgers of one year (分): basic deductible absorbed, basic cap used, 倾斜 deductible absorbed, 倾斜 cap used. */
type Year = [number, number, number, number];

export function jinzhou(person: Person, claims: readonly Claim[]): Result[] {
  const years = new Map<number, Year>();
  const results: Result[] = [];
  for (const c of claims) {
    if (c.date < IN_FORCE_FROM) {
      results.push({ status: "not_in_force", basic: 0, tilted: 0, total: 0 });
      continue;
    }
    const year = yearOf(c.date);
    let used = years.get(year);
    if (!used) years.set(year, (used = [0, 0, 0, 0]));
    const s = c.inScopeCost - c.basicInsurancePaid - c.criticalIllnessPaid;
    let best: Category | undefined;
    let bestD1 = 0;
    let bestBasic = 0;
    let bestD2 = 0;
    let bestTilted = 0;
    for (const cat of COVERING) {
      if (!person.categories.has(cat)) continue;
      // J4: dormant until the province publishes its criteria.
      if (cat === "因病致贫重病患者" && !person.criticalIllnessCriteriaActive) continue;
      const base = Math.max(0, s);
      const d1 = Math.min(base, Math.max(0, BASIC_DEDUCTIBLE[cat] - used[0]));
      const basic = Math.min(percentOf(RATE[cat], base - d1), Math.max(0, BASIC_CAP - used[1]));
      const rest = Math.max(0, s - basic);
      const d2 = Math.min(rest, Math.max(0, TILT_DEDUCTIBLE[cat] - used[2]));
      const tilted = Math.min(percentOf(RATE[cat], rest - d2), Math.max(0, TILT_CAP[cat] - used[3]));
      if (best === undefined || basic + tilted > bestBasic + bestTilted) {
        best = cat;
        bestD1 = d1;
        bestBasic = basic;
        bestD2 = d2;
        bestTilted = tilted;
      }
    }
    if (best === undefined) {
      results.push({ status: "not_applicable", basic: 0, tilted: 0, total: 0 });
      continue;
    }
    used[0] += bestD1;
    used[1] += bestBasic;
    used[2] += bestD2;
    used[3] += bestTilted;
    results.push({ status: "ok", basic: bestBasic, tilted: bestTilted, total: bestBasic + bestTilted });
  }
  return results;
}
