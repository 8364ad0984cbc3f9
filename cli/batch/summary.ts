// What a batch run adds up: cases and claims, claims by status, and exact totals of every output (scaled
// integers as BigInt, so a city's year of claims cannot overflow).
import type { ClaimOutcome } from "../../runtime/evaluate.js";
import type { Lang } from "../../dsl/lang.js";
import type { OutputSpec } from "../../runtime/module.js";
import { formatScaled } from "../../runtime/scaled.js";
import { byCodePoint } from "../../dsl/text-order.js";

export interface Summary {
  cases: number;
  claims: number;
  /** Cases that failed validation. */
  invalid: number;
  /** Cases a rule could not decide (RuleError). */
  errors: number;
  statuses: Record<string, number>;
  /** Output name → sum at the output's scale. */
  totals: Record<string, bigint>;
}

export function emptySummary(): Summary {
  return { cases: 0, claims: 0, invalid: 0, errors: 0, statuses: {}, totals: {} };
}

/**
 * A worker's summary of its chunk. Output sums are kept as plain numbers while they are exact (a BigInt per
 * claim and output would cost more than evaluating the claim) and moved into the BigInt totals when the next
 * addition would leave the safe range, and at the end.
 */
export class ChunkSummary {
  private readonly s = emptySummary();
  private readonly sums = new Map<string, number>();

  add(outcomes: readonly ClaimOutcome[]): void {
    const s = this.s;
    s.cases++;
    for (const o of outcomes) {
      s.claims++;
      s.statuses[o.status] = (s.statuses[o.status] ?? 0) + 1;
      if (!o.outputs) continue;
      for (const name in o.outputs) {
        const v = o.outputs[name];
        if (typeof v !== "number" || o.unknown?.[name]) continue;
        const sum = (this.sums.get(name) ?? 0) + v;
        if (Number.isSafeInteger(sum)) this.sums.set(name, sum);
        else {
          s.totals[name] = (s.totals[name] ?? 0n) + BigInt(this.sums.get(name) ?? 0) + BigInt(v);
          this.sums.set(name, 0);
        }
      }
    }
  }

  invalid(): void {
    this.s.invalid++;
  }

  error(): void {
    this.s.errors++;
  }

  finish(): Summary {
    for (const [name, sum] of this.sums) this.s.totals[name] = (this.s.totals[name] ?? 0n) + BigInt(sum);
    this.sums.clear();
    return this.s;
  }
}

export function mergeSummary(into: Summary, part: Summary): void {
  into.cases += part.cases;
  into.claims += part.claims;
  into.invalid += part.invalid;
  into.errors += part.errors;
  for (const [k, n] of Object.entries(part.statuses)) into.statuses[k] = (into.statuses[k] ?? 0) + n;
  for (const [k, n] of Object.entries(part.totals)) into.totals[k] = (into.totals[k] ?? 0n) + n;
}

/** A scaled BigInt as decimal text: 1234550n at scale 2 → "12345.50". */
export function formatBig(n: bigint, scale: number): string {
  const neg = n < 0n;
  const digits = (neg ? -n : n).toString().padStart(scale + 1, "0");
  const text = scale ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
  return neg ? `-${text}` : text;
}

/** An amount in 分 as yuan with two decimals, and with its sign when it is a change. */
export const money = (fen: number): string => formatScaled(fen, 2, 2);
export const signed = (fen: number): string => (fen > 0 ? "+" : "") + money(fen);

/** The summary's words; statuses, output names and amounts are the same in both languages. */
const SAID: Record<
  Lang,
  {
    run(cases: number, claims: number, seconds: string, rate: number): string;
    statuses: string;
    none: string;
    totals: string;
    invalid: string;
    errors: string;
    sep: string;
  }
> = {
  en: {
    run: (cases, claims, seconds, rate) => `cases: ${cases}, claims: ${claims} in ${seconds} s (${rate} claims/s)`,
    statuses: "claims by status: ",
    none: "none",
    totals: "totals: ",
    invalid: "invalid cases: ",
    errors: "cases a rule could not decide: ",
    sep: ", ",
  },
  zh: {
    run: (cases, claims, seconds, rate) => `案例：${cases} 个，申请：${claims} 笔，用时 ${seconds} 秒（每秒 ${rate} 笔）`,
    statuses: "各状态的申请数：",
    none: "无",
    totals: "合计：",
    invalid: "无效案例：",
    errors: "规则无法判断的案例：",
    sep: "，",
  },
};

export function formatSummary(s: Summary, outputs: readonly OutputSpec[], seconds: number, lang: Lang): string {
  const w = SAID[lang];
  const lines = [
    w.run(s.cases, s.claims, seconds.toFixed(1), Math.round(s.claims / Math.max(seconds, 1e-9))),
    `${w.statuses}${
      Object.entries(s.statuses)
        .sort(([a], [b]) => byCodePoint(a, b))
        .map(([k, n]) => `${k} ${n}`)
        .join(w.sep) || w.none
    }`,
  ];
  const totals = outputs.filter((o) => o.type === "money" || o.type === "int" || o.type === "rate");
  if (totals.length)
    lines.push(
      `${w.totals}${totals.map((o) => `${o.name}${o.label ? `（${o.label}）` : ""} ${formatBig(s.totals[o.name] ?? 0n, o.type === "money" ? 2 : o.scale)}`).join(w.sep)}`,
    );
  if (s.invalid) lines.push(`${w.invalid}${s.invalid}`);
  if (s.errors) lines.push(`${w.errors}${s.errors}`);
  return lines.join("\n") + "\n";
}
