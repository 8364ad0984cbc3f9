// 南川府办发〔2023〕8号 written by hand as fast as it can be while staying exact and following the same readings
// (RULINGS N1–N9, R2, R3, R7): the yardstick the compiled module is measured against. Nothing is allocated
// per claim or per person: the covered categories are found once per person, constants are in 分 and in
// tenths of a rate, every covered category is evaluated from the same ledgers without writing them, and only
// the winner's use is added to the year's ledgers in place; results go into the caller's columns.
import type { Claim, Person } from "../handwritten/types.js";
import { CAP_CUT, EXCLUDED, NOT_APPLICABLE, NOT_IN_FORCE, calendarYear, noAmount, OK, RANKED, YearLedgers, type Columns } from "./columns.js";

const IN_FORCE_FROM = 19_515; // 2023-06-07
// 二（一）, in the plan's table order (R7: ties go to the first).
const COVERING = ["特困人员", "低保对象", "返贫致贫人口", "纳入监测范围的农村易返贫致贫人口", "低保边缘家庭成员", "因病致贫重病患者"] as const;
const RATE = Int32Array.of(7, 7, 7, 6, 6, 6); // 二（三）2, tenths
const TILT_DEDUCTIBLE = Float64Array.of(200_000, 300_000, 300_000, 500_000, 500_000, 500_000); // 二（三）3, 分
const TILT_RATE = Int32Array.of(7, 6, 6, 5, 5, 5); // 二（三）3, tenths
const SPECIAL_CAP = 10_000_000;
const OTHER_CAP = 6_000_000;
const OTHER_THRESHOLD = 3_000_000;
const TILT_CAP = 2_000_000;
// Ledger slots of a year: special-disease cap, other-disease cap, 倾斜 cap (N4).
const SPECIAL = 0;
const OTHER = 1;
const TILT = 2;

const ledgers = new YearLedgers(3);
const candidates = new Int32Array(COVERING.length);

/** Evaluates one person's claims into rows `at`… of `out`; returns the next free row. */
export function nanchuanFastest(person: Person, claims: readonly Claim[], out: Columns, at: number): number {
  const held = person.categories;
  let n = 0;
  for (let i = 0; i < COVERING.length; i++) if (held.has(COVERING[i]!)) candidates[n++] = i;
  const ranked = n > 1 ? RANKED : 0;
  ledgers.reset();
  let year = -1;
  let o = 0;
  const { status, flags, basic, tilted, total } = out;
  for (let k = 0; k < claims.length; k++, at++) {
    const c = claims[k]!;
    if (c.date < IN_FORCE_FROM) {
      noAmount(out, at, NOT_IN_FORCE);
      continue;
    }
    // N8: decided before the categories.
    if (!c.referral) {
      noAmount(out, at, EXCLUDED);
      continue;
    }
    if (n === 0) {
      noAmount(out, at, NOT_APPLICABLE);
      continue;
    }
    const y = calendarYear(c.date);
    if (y !== year) o = ledgers.at((year = y));
    const used = ledgers.values;
    const s = c.inScopeCost - c.basicInsurancePaid - c.criticalIllnessPaid;
    const base = s > 0 ? s : 0;
    const special = c.disease === "特殊疾病";
    const assisted = special || (c.setting === "住院" && (c.hospitalLevel === "二级" || c.hospitalLevel === "三级") && c.inScopeCost > OTHER_THRESHOLD);
    const slot = o + (special ? SPECIAL : OTHER);
    const capLeft = assisted ? Math.max(0, (special ? SPECIAL_CAP : OTHER_CAP) - used[slot]!) : 0;
    const tilt = c.inMunicipality === true;
    const tiltLeft = Math.max(0, TILT_CAP - used[o + TILT]!);
    let bestA1 = 0;
    let bestA2 = 0;
    let bestCut = 0;
    for (let j = 0; j < n; j++) {
      const cat = candidates[j]!;
      let a1 = 0;
      let cut = 0;
      if (assisted) {
        const amount = Math.floor((RATE[cat]! * base + 5) / 10);
        if (amount > capLeft) {
          a1 = capLeft;
          cut = CAP_CUT;
        } else a1 = amount;
      }
      let a2 = 0;
      if (tilt) {
        const rest = s - a1 - TILT_DEDUCTIBLE[cat]!;
        const amount = rest > 0 ? Math.floor((TILT_RATE[cat]! * rest + 5) / 10) : 0;
        if (amount > tiltLeft) {
          a2 = tiltLeft;
          cut = CAP_CUT;
        } else a2 = amount;
      }
      if (j === 0 || a1 + a2 > bestA1 + bestA2) {
        bestA1 = a1;
        bestA2 = a2;
        bestCut = cut;
      }
    }
    used[slot] += bestA1;
    used[o + TILT] += bestA2;
    status[at] = OK;
    flags[at] = bestCut | ranked;
    basic[at] = bestA1;
    tilted[at] = bestA2;
    total[at] = bestA1 + bestA2;
  }
  return at;
}
