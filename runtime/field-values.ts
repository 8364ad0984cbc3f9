// A case's values as compiled rules read them: money and rates as scaled integers, dates as day numbers,
// enum spellings as their canonical member. The same conversion holds a rule file's defaults (E0322), so a
// default is always a value a case could give.
import { isoDay } from "./date.js";
import type { FieldSpec, FieldType } from "./module.js";
import { parseScaled } from "./scaled.js";

/** What a conversion returns for a value the field cannot take. */
export const INVALID = Symbol("invalid");

/** Amounts, shares and counts (a date is a day number too, but not a quantity). */
export function isQuantity(type: FieldType): boolean {
  return type.kind === "money" || type.kind === "rate" || type.kind === "decimal" || type.kind === "int" || type.kind === "duration";
}

/** Whether `raw` is a value a case may give for the field (the compiler holds defaults to this). */
export function acceptsValue(spec: Pick<FieldSpec, "type" | "signed">, raw: unknown): boolean {
  const value = convertValue(spec.type, raw);
  return value !== INVALID && !(isQuantity(spec.type) && (value as number) < 0 && !spec.signed);
}

/** The value compiled rules read for a case's `raw` value, or INVALID. */
export function convertValue(type: FieldType, raw: unknown): unknown {
  switch (type.kind) {
    case "money":
      return scaled(raw, 2);
    case "rate":
    case "decimal":
      return scaled(raw, type.scale);
    case "int":
    case "duration":
      return typeof raw === "number" && Number.isSafeInteger(raw) ? raw : INVALID;
    case "bool":
      return typeof raw === "boolean" ? raw : INVALID;
    case "date":
      return (typeof raw === "string" ? isoDay(raw) : undefined) ?? INVALID;
    case "enum":
      return typeof raw === "string" && Object.hasOwn(type.members, raw) ? type.members[raw] : INVALID;
    case "set": {
      if (!Array.isArray(raw)) return INVALID;
      const members = new Set<string>();
      for (const item of raw) {
        if (typeof item !== "string" || !Object.hasOwn(type.members, item)) return INVALID;
        members.add(type.members[item]!);
      }
      return members;
    }
    case "claimref":
      return typeof raw === "string" && raw.length > 0 ? raw : INVALID;
  }
}

const POW10 = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];

/** The case schema's `x-decimals`: a JSON number written with at most `decimals` decimals (decided exactly). */
export function decimalsOk(decimals: number, data: unknown): boolean {
  return typeof data !== "number" || scaled(data, decimals) !== INVALID;
}

/**
 * A number or decimal string as an integer at `scale`, or INVALID when it has more decimals or is not exact.
 *
 * A number is taken as the decimal its shortest form writes (String(n)), which is the decimal a case file
 * wrote: parseCaseJson keeps as text any number whose written digits a double cannot reproduce
 * (10000000000000.009 would read back as 10000000000000.01), so that it is judged as written. A number that
 * is exactly the double of k / 10^scale then was written with at most `scale` decimals, and k is exact (|k| <
 * 2^50 keeps the product's error below half a unit). Anything else goes the text way.
 */
export function scaled(raw: unknown, scale: number): number | typeof INVALID {
  if (typeof raw === "number" && scale < POW10.length) {
    const k = Math.round(raw * POW10[scale]!);
    if (Math.abs(k) < 2 ** 50 && k / POW10[scale]! === raw) return k;
  }
  const text = typeof raw === "number" ? (Number.isFinite(raw) ? numberText(raw) : "") : typeof raw === "string" ? raw : "";
  return parseScaled(text, scale) ?? INVALID;
}

// String() gives the shortest text that reads back as the same double: the decimal the case wrote.
// Exponent forms (1e21) are expanded.
function numberText(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  return n.toFixed(20).replace(/\.?0+$/, "");
}

export function expectedText(type: FieldType): string {
  switch (type.kind) {
    case "money":
      return 'money: a number or a decimal string with at most two decimals, such as 1200.5 or "1200.50"';
    case "rate":
      return `a rate as a decimal fraction with at most ${type.scale} decimals, such as 0.7`;
    case "decimal":
      return `a number with at most ${type.scale} decimals`;
    case "int":
      return "a whole number";
    case "duration":
      return `a whole number of ${type.unit}`;
    case "bool":
      return "true or false";
    case "date":
      return 'a date "YYYY-MM-DD"';
    case "enum":
      return `one of ${uniqueMembers(type.members).join(", ")}`;
    case "set":
      return `a list of ${uniqueMembers(type.members).join(", ")}`;
    case "claimref":
      return "the id of an earlier claim";
  }
}

function uniqueMembers(members: Readonly<Record<string, string>>): string[] {
  return [...new Set(Object.values(members))];
}
