// 锦政办发〔2022〕16号 written by hand as fast as it can be while staying exact and following the same readings
// (RULINGS J1–J4, R2, R3, R7): the yardstick the compiled module is measured against. As for 南川: covered
// categories found once per person (J4's dormant category dropped there), constants in 分 and tenths, each
// candidate evaluated from the same ledgers, the winner's use added in place, results into the caller's columns.
import type { Claim, Person } from "../handwritten/types.js";
import { CAP_CUT, DEDUCTIBLE_ABSORBED, NOT_APPLICABLE, NOT_IN_FORCE, calendarYear, noAmount, OK, RANKED, YearLedgers, type Columns } from "./columns.js";

const IN_FORCE_FROM = 19_358; // 2023-01-01
// 三（二）, in the plan's table order (R7: ties go to the first).
const COVERING = ["特困人员", "孤儿", "低保对象", "低保边缘家庭成员", "因病致贫重病患者"] as const;
const DORMANT = 4; // 因病致贫重病患者 until the province publishes its criteria (J4)
const BASIC_DEDUCTIBLE = Float64Array.of(0, 0, 0, 200_000, 500_000); // 三（五）2第一段, 分
const RATE = Int32Array.of(7, 7, 7, 6, 5); // tenths, for both parts (三（五）2第二段: 救助比例与基本救助比例一致)
const BASIC_CAP = 2_000_000;
const TILT_DEDUCTIBLE = Float64Array.of(0, 0, 300_000, 500_000, 1_000_000); // 三（五）2第二段, 分
const TILT_CAP = Float64Array.of(2_000_000, 2_000_000, 2_000_000, 1_500_000, 1_000_000);
// Ledger slots of a year (J2, J3): basic deductible absorbed, basic cap used, 倾斜 deductible absorbed, 倾斜 cap used.
const D1 = 0;
const C1 = 1;
const D2 = 2;
const C2 = 3;

const ledgers = new YearLedgers(4);
const candidates = new Int32Array(COVERING.length);

/** Evaluates one person's claims into rows `at`… of `out`; returns the next free row. */
export function jinzhouFastest(person: Person, claims: readonly Claim[], out: Columns, at: number): number {
  const held = person.categories;
  const active = person.criticalIllnessCriteriaActive === true;
  let n = 0;
  for (let i = 0; i < COVERING.length; i++) if (held.has(COVERING[i]!) && (i !== DORMANT || active)) candidates[n++] = i;
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
    if (n === 0) {
      noAmount(out, at, NOT_APPLICABLE);
      continue;
    }
    const y = calendarYear(c.date);
    if (y !== year) o = ledgers.at((year = y));
    const used = ledgers.values;
    const s = c.inScopeCost - c.basicInsurancePaid - c.criticalIllnessPaid;
    const base = s > 0 ? s : 0;
    const u1 = used[o + D1]!;
    const capLeft = Math.max(0, BASIC_CAP - used[o + C1]!);
    const u2 = used[o + D2]!;
    const u3 = used[o + C2]!;
    let bestD1 = 0;
    let bestBasic = 0;
    let bestD2 = 0;
    let bestTilted = 0;
    let bestFlags = 0;
    for (let j = 0; j < n; j++) {
      const cat = candidates[j]!;
      const rate = RATE[cat]!;
      let f = 0;
      const d1 = Math.min(base, Math.max(0, BASIC_DEDUCTIBLE[cat]! - u1));
      let a1 = Math.floor((rate * (base - d1) + 5) / 10);
      if (a1 > capLeft) {
        a1 = capLeft;
        f = CAP_CUT;
      }
      const rest = s - a1 > 0 ? s - a1 : 0;
      const d2 = Math.min(rest, Math.max(0, TILT_DEDUCTIBLE[cat]! - u2));
      let a2 = Math.floor((rate * (rest - d2) + 5) / 10);
      const tiltLeft = Math.max(0, TILT_CAP[cat]! - u3);
      if (a2 > tiltLeft) {
        a2 = tiltLeft;
        f = CAP_CUT;
      }
      if (j === 0 || a1 + a2 > bestBasic + bestTilted) {
        bestD1 = d1;
        bestBasic = a1;
        bestD2 = d2;
        bestTilted = a2;
        bestFlags = d1 > 0 || d2 > 0 ? f | DEDUCTIBLE_ABSORBED : f;
      }
    }
    used[o + D1] = u1 + bestD1;
    used[o + C1] += bestBasic;
    used[o + D2] = u2 + bestD2;
    used[o + C2] = u3 + bestTilted;
    status[at] = OK;
    flags[at] = bestFlags | ranked;
    basic[at] = bestBasic;
    tilted[at] = bestTilted;
    total[at] = bestBasic + bestTilted;
  }
  return at;
}
