// 南川府办发〔2023〕8号 written by hand the way a developer would, with the same exact integer arithmetic in 分
// and the same readings (RULINGS N1–N9, R2, R3, R7): the practical limit the compiled module is measured against.
import { percentOf, yearOf, type Claim, type Person, type Result } from "./types.js";

const IN_FORCE_FROM = 19_515; // 2023-06-07
const COVERING = ["特困人员", "低保对象", "返贫致贫人口", "纳入监测范围的农村易返贫致贫人口", "低保边缘家庭成员", "因病致贫重病患者"] as const;
type Category = (typeof COVERING)[number];
const RATE: Record<Category, number> = {
  特困人员: 70,
  低保对象: 70,
  返贫致贫人口: 70,
  纳入监测范围的农村易返贫致贫人口: 60,
  低保边缘家庭成员: 60,
  因病致贫重病患者: 60,
};
const TILT_DEDUCTIBLE: Record<Category, number> = {
  特困人员: 200_000,
  低保对象: 300_000,
  返贫致贫人口: 300_000,
  纳入监测范围的农村易返贫致贫人口: 500_000,
  低保边缘家庭成员: 500_000,
  因病致贫重病患者: 500_000,
};
const TILT_RATE: Record<Category, number> = {
  特困人员: 70,
  低保对象: 60,
  返贫致贫人口: 60,
  纳入监测范围的农村易返贫致贫人口: 50,
  低保边缘家庭成员: 50,
  因病致贫重病患者: 50,
};
const SPECIAL_CAP = 10_000_000;
const OTHER_CAP = 6_000_000;
const OTHER_THRESHOLD = 3_000_000;
const TILT_CAP = 2_000_000;

/** Ledgers of one year: special-disease cap, other-disease cap, 倾斜 cap used (分). */
type Year = [number, number, number];

export function nanchuan(person: Person, claims: readonly Claim[]): Result[] {
  const years = new Map<number, Year>();
  const results: Result[] = [];
  for (const c of claims) {
    if (c.date < IN_FORCE_FROM) {
      results.push({ status: "not_in_force", basic: 0, tilted: 0, total: 0 });
      continue;
    }
    if (!c.referral) {
      results.push({ status: "excluded", basic: 0, tilted: 0, total: 0 });
      continue;
    }
    const year = yearOf(c.date);
    let used = years.get(year);
    if (!used) years.set(year, (used = [0, 0, 0]));
    const s = c.inScopeCost - c.basicInsurancePaid - c.criticalIllnessPaid;
    const special = c.disease === "特殊疾病";
    const other = c.setting === "住院" && (c.hospitalLevel === "二级" || c.hospitalLevel === "三级") && c.inScopeCost > OTHER_THRESHOLD;
    const tilt = c.inMunicipality === true;
    let best: Category | undefined;
    let bestBasic = 0;
    let bestTilted = 0;
    for (const cat of COVERING) {
      if (!person.categories.has(cat)) continue;
      const a1 = special
        ? Math.min(percentOf(RATE[cat], Math.max(0, s)), Math.max(0, SPECIAL_CAP - used[0]))
        : other
          ? Math.min(percentOf(RATE[cat], Math.max(0, s)), Math.max(0, OTHER_CAP - used[1]))
          : 0;
      const a2 = tilt ? Math.min(percentOf(TILT_RATE[cat], Math.max(0, s - a1 - TILT_DEDUCTIBLE[cat])), Math.max(0, TILT_CAP - used[2])) : 0;
      if (best === undefined || a1 + a2 > bestBasic + bestTilted) {
        best = cat;
        bestBasic = a1;
        bestTilted = a2;
      }
    }
    if (best === undefined) {
      results.push({ status: "not_applicable", basic: 0, tilted: 0, total: 0 });
      continue;
    }
    if (special) used[0] += bestBasic;
    else used[1] += bestBasic;
    used[2] += bestTilted;
    results.push({ status: "ok", basic: bestBasic, tilted: bestTilted, total: bestBasic + bestTilted });
  }
  return results;
}
