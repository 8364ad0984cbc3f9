// The types the checker gives expressions. Numeric types also carry a scale (decimals) on each typed
// expression, so units and exactness are both decided before any code is emitted.
import type { DurationUnit } from "../../dsl/ast.js";

export type Ty =
  | { k: "money" }
  | { k: "rate" }
  | { k: "points" }
  | { k: "int" }
  | { k: "decimal" }
  | { k: "bool" }
  | { k: "date" }
  | { k: "duration"; unit: DurationUnit }
  | { k: "enum"; name: string }
  | { k: "set"; of: string }
  | { k: "claimref" }
  | { k: "bands" }
  /** Already reported: suppresses follow-on errors. */
  | { k: "error" };

export const T = {
  money: { k: "money" } as Ty,
  rate: { k: "rate" } as Ty,
  points: { k: "points" } as Ty,
  int: { k: "int" } as Ty,
  decimal: { k: "decimal" } as Ty,
  bool: { k: "bool" } as Ty,
  date: { k: "date" } as Ty,
  claimref: { k: "claimref" } as Ty,
  bands: { k: "bands" } as Ty,
  error: { k: "error" } as Ty,
  duration: (unit: DurationUnit): Ty => ({ k: "duration", unit }),
  enum: (name: string): Ty => ({ k: "enum", name }),
  set: (of: string): Ty => ({ k: "set", of }),
};

/** Types that are scaled integers at run time. */
export function isNumeric(t: Ty): boolean {
  return t.k === "money" || t.k === "rate" || t.k === "points" || t.k === "int" || t.k === "decimal" || t.k === "duration";
}

export function sameType(a: Ty, b: Ty): boolean {
  if (a.k !== b.k) return false;
  if (a.k === "duration" && b.k === "duration") return a.unit === b.unit;
  if (a.k === "enum" && b.k === "enum") return a.name === b.name;
  if (a.k === "set" && b.k === "set") return a.of === b.of;
  return true;
}

/** How a type is named to a policy author. */
export function showType(t: Ty): string {
  switch (t.k) {
    case "money":
      return "money (元)";
    case "rate":
      return "a rate (%)";
    case "points":
      return "percentage points (个百分点)";
    case "int":
      return "a whole number";
    case "decimal":
      return "a decimal number";
    case "bool":
      return "yes/no (bool)";
    case "date":
      return "a date";
    case "duration":
      return `a duration in ${t.unit}`;
    case "enum":
      return `a ${t.name}`;
    case "set":
      return `a list of ${t.of}`;
    case "claimref":
      return "a reference to an earlier claim";
    case "bands":
      return "a band schedule";
    case "error":
      return "an invalid value";
  }
}
