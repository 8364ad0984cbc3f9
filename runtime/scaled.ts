// Exact decimal arithmetic on scaled integers.
//
// The compiler knows the scale (number of decimals) of every amount and rate statically, so a value is a
// plain integer `n` standing for n × 10^-scale: 123.45元 at scale 2 is 12345, 70% at scale 2 is 70. Sums,
// products and comparisons are then integer operations — exact, and as fast as hand-written code. Every
// operation that can grow a value checks that the result is still a safe integer; beyond ±2^53 it raises an
// error instead of silently losing precision.
import { RuleError } from "./errors.js";
import { beyondExactRange, noBand } from "./rule-messages.js";

const POW10: number[] = Array.from({ length: 16 }, (_, i) => 10 ** i);
const HALF: number[] = POW10.map((d) => d / 2);
const TWO_52 = 2 ** 52;

/** The most decimals a value may have: the compiler rejects any literal or computation needing more. */
export const MAX_SCALE = POW10.length - 1;

function overflow(): never {
  throw new RuleError(beyondExactRange());
}

export function add(a: number, b: number): number {
  const r = a + b;
  if (r > Number.MAX_SAFE_INTEGER || r < -Number.MAX_SAFE_INTEGER) overflow();
  return r;
}

/** A sum of three or more terms, as the rule file writes it: one call, each partial sum checked. */
export function sum(...terms: number[]): number {
  let r = 0;
  for (const t of terms) r = add(r, t);
  return r;
}

export function sub(a: number, b: number): number {
  const r = a - b;
  if (r > Number.MAX_SAFE_INTEGER || r < -Number.MAX_SAFE_INTEGER) overflow();
  return r;
}

export function mul(a: number, b: number): number {
  const r = a * b;
  if (r > Number.MAX_SAFE_INTEGER || r < -Number.MAX_SAFE_INTEGER) overflow();
  return r;
}

/** Adds `by` decimals: 1.5 at scale 1 (15) → scale 3 (1500). */
export function up(a: number, by: number): number {
  return mul(a, POW10[by]!);
}

/** Every row of a parameter table `by` decimals finer. */
export function upEach<K extends string>(table: Readonly<Record<K, number>>, by: number): Readonly<Record<K, number>> {
  const out = {} as Record<K, number>;
  for (const k of Object.keys(table) as K[]) out[k] = up(table[k], by);
  return out;
}

/** Drops `by` decimals rounding half away from zero (RULINGS R3's half-up, applied symmetrically). */
export function roundHalfUp(a: number, by: number): number {
  if (by === 0) return a;
  const d = POW10[by]!;
  // The usual case, a non-negative amount below 2^52: a + d/2 is an exact integer below 2^53, so the quotient's
  // rounding to a double cannot carry a fraction (q + (d-1)/d at best) up to the next integer (q·d < 2^53), and
  // truncating it is the half-up result — one division, no remainder and no sign to look at.
  if (a >= 0 && a < TWO_52) return Math.trunc((a + HALF[by]!) / d);
  const q = Math.trunc(a / d);
  const r = a - q * d;
  if (2 * Math.abs(r) >= d) return a < 0 ? q - 1 : q + 1;
  return q;
}

/** Drops `by` decimals towards zero. */
export function truncate(a: number, by: number): number {
  return by === 0 ? a : Math.trunc(a / POW10[by]!);
}

/**
 * Marginal bands: Σ rate_i × (part of `x` inside band i). `uppers` are the band edges at the scale of `x`
 * (the last band is open, so there is one fewer upper than rates); the result has scale(x) + scale(rates).
 */
export function marginal(x: number, lowers: readonly number[], uppers: readonly number[], rates: readonly number[], shift: number): number {
  let total = 0;
  for (let i = 0; i < rates.length; i++) {
    const lo = lowers[i]!;
    if (x <= lo) break;
    const hi = i < uppers.length ? uppers[i]! : Infinity;
    const part = (x < hi ? x : hi) - lo;
    total = add(total, mul(part, rates[i]! + shift));
  }
  return total;
}

/** The rate of the band holding `x`, honouring each edge's declared inclusiveness. */
export function bracket(
  x: number,
  lowers: readonly number[],
  lowerInclusive: readonly boolean[],
  uppers: readonly number[],
  upperInclusive: readonly boolean[],
  rates: readonly number[],
  name: string,
  citation: string,
): number {
  for (let i = 0; i < rates.length; i++) {
    const lo = lowers[i]!;
    const aboveLo = lowerInclusive[i] ? x >= lo : x > lo;
    const hi = i < uppers.length ? uppers[i]! : Infinity;
    const belowHi = upperInclusive[i] ? x <= hi : x < hi;
    if (aboveLo && belowHi) return rates[i]!;
  }
  throw new RuleError(noBand(name, x), citation);
}

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/** Parses "1234.5" at scale 2 → 123450. Returns undefined for text that is not a decimal or has too many decimals. */
export function parseScaled(text: string, scale: number): number | undefined {
  const m = DECIMAL.exec(text.trim());
  if (!m) return undefined;
  const frac = m[3] ?? "";
  if (frac.length > scale && /[1-9]/.test(frac.slice(scale))) return undefined;
  const digits = m[2]! + frac.slice(0, scale).padEnd(scale, "0");
  const n = Number(digits);
  if (!Number.isSafeInteger(n)) return undefined;
  return m[1] === "-" ? -n : n;
}

/** 123450 at scale 2 → "1234.50"; `decimals` pads or keeps the scale's own decimals. */
export function formatScaled(n: number, scale: number, decimals: number = scale): string {
  const neg = n < 0;
  // Amounts written as they are kept (money at two decimals): integer arithmetic, no string padding. A batch
  // writes millions of them.
  if (decimals === scale && scale > 0 && scale < POW10.length) {
    const a = neg ? -n : n;
    const frac = a % POW10[scale]!;
    const f = String(frac);
    return `${neg ? "-" : ""}${(a - frac) / POW10[scale]!}.${f.length < scale ? "0".repeat(scale - f.length) + f : f}`;
  }
  let digits = Math.abs(n).toString();
  if (scale > 0) {
    digits = digits.padStart(scale + 1, "0");
    const int = digits.slice(0, digits.length - scale);
    let frac = digits.slice(digits.length - scale);
    if (decimals > scale) frac = frac.padEnd(decimals, "0");
    else if (decimals < scale) frac = frac.replace(/0+$/, "").padEnd(decimals, "0");
    digits = frac ? `${int}.${frac}` : int;
  } else if (decimals > 0) {
    digits = `${digits}.${"0".repeat(decimals)}`;
  }
  return neg && n !== 0 ? `-${digits}` : digits;
}

/** Shortest form: "1234.50" → "1234.5", "700.00" → "700". */
export function trimDecimal(text: string): string {
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

/** A rate at `scale` as a percentage for people: 88 at scale 2 → "88%", 45 at scale 3 → "4.5%". */
export function formatPercent(n: number, scale: number): string {
  const asPercent = scale >= 2 ? formatScaled(n, scale - 2) : formatScaled(n * POW10[2 - scale]!, 0);
  return `${trimDecimal(asPercent)}%`;
}
