// What the fastest hand-written evaluators share: results written into caller-provided typed columns (one
// row per claim), and a person's annual ledgers kept in one preallocated typed array, updated in place.
import { dayFromParts, yearOf } from "../../runtime/date.js";
import type { Result } from "../handwritten/types.js";

/** Status codes of the `status` column, in the order of `STATUSES`. */
export const OK = 0;
export const NOT_IN_FORCE = 1;
export const EXCLUDED = 2;
export const NOT_APPLICABLE = 3;
const STATUSES: readonly Result["status"][] = ["ok", "not_in_force", "excluded", "not_applicable"];

/** Flags of the `flags` column: what the claim's winning category ran into. */
export const CAP_CUT = 1; // an annual cap paid less than the amount computed (down to nothing)
export const DEDUCTIBLE_ABSORBED = 2; // an annual deductible absorbed part of the amount
export const RANKED = 4; // two or more covered categories were evaluated and the highest taken (R7)

/** One row per claim. Amounts in 分. */
export interface Columns {
  status: Uint8Array;
  flags: Uint8Array;
  basic: Float64Array;
  tilted: Float64Array;
  total: Float64Array;
}

export function columns(rows: number): Columns {
  return {
    status: new Uint8Array(rows),
    flags: new Uint8Array(rows),
    basic: new Float64Array(rows),
    tilted: new Float64Array(rows),
    total: new Float64Array(rows),
  };
}

/** Row `at` as the other evaluators return it (for verification, not on the timed path). */
export function rowResult(c: Columns, at: number): Result {
  return { status: STATUSES[c.status[at]!]!, basic: c.basic[at]!, tilted: c.tilted[at]!, total: c.total[at]! };
}

/** Writes a claim that gets no amount. */
export function noAmount(out: Columns, at: number, status: number): void {
  out.status[at] = status;
  out.flags[at] = 0;
  out.basic[at] = 0;
  out.tilted[at] = 0;
  out.total[at] = 0;
}

// The calendar year of every day from 2000 to 2099 by table (other days are computed).
const FIRST_YEAR = 2000;
const FIRST_DAY = dayFromParts(FIRST_YEAR, 1, 1);
const YEAR_OF_DAY = new Uint8Array(dayFromParts(2100, 1, 1) - FIRST_DAY);
for (let y = FIRST_YEAR; y < 2100; y++) YEAR_OF_DAY.fill(y - FIRST_YEAR, dayFromParts(y, 1, 1) - FIRST_DAY, dayFromParts(y + 1, 1, 1) - FIRST_DAY);

export function calendarYear(day: number): number {
  const i = day - FIRST_DAY;
  return i >= 0 && i < YEAR_OF_DAY.length ? FIRST_YEAR + YEAR_OF_DAY[i]! : yearOf(day);
}

/**
 * One person's ledgers by calendar year (R2): `width` amounts per year in one Float64Array, found by a scan
 * of the few years a person has (the evaluators remember the last one). Nothing is allocated per claim or
 * per person.
 */
export class YearLedgers {
  values: Float64Array;
  private years: Int32Array;
  private count = 0;

  constructor(private readonly width: number) {
    this.years = new Int32Array(8);
    this.values = new Float64Array(8 * width);
  }

  /** Forgets the previous person's years. */
  reset(): void {
    this.count = 0;
  }

  /** Where the ledgers of `year` start in `values` (a new year starts at zero). */
  at(year: number): number {
    for (let i = 0; i < this.count; i++) if (this.years[i] === year) return i * this.width;
    if (this.count === this.years.length) this.grow();
    this.years[this.count] = year;
    const offset = this.count++ * this.width;
    for (let i = offset; i < offset + this.width; i++) this.values[i] = 0;
    return offset;
  }

  private grow(): void {
    const years = new Int32Array(this.years.length * 2);
    years.set(this.years);
    const values = new Float64Array(years.length * this.width);
    values.set(this.values);
    this.years = years;
    this.values = values;
  }
}
