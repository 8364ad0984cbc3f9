// The unit algebra: which arithmetic and comparisons make sense for amounts, rates, points and durations.
import type { Ir } from "../ir/ir.js";
import { isNumeric, sameType, showType, T, type Ty } from "../ir/types.js";
import { align } from "./rescale.js";

export interface Problem {
  code: string;
  message: string;
  help: string;
}

const plain = (t: Ty): boolean => t.k === "int" || t.k === "decimal";

function additive(a: Ty, b: Ty): Ty | undefined {
  if (a.k === "money" && b.k === "money") return T.money;
  if (a.k === "rate" && (b.k === "rate" || b.k === "points")) return T.rate;
  if (a.k === "points" && b.k === "rate") return T.rate;
  if (a.k === "points" && b.k === "points") return T.points;
  if (plain(a) && plain(b)) return a.k === "int" && b.k === "int" ? T.int : T.decimal;
  if (a.k === "duration" && b.k === "duration" && a.unit === b.unit) return a;
  return undefined;
}

function multiplicative(a: Ty, b: Ty): Ty | undefined {
  const factor = (t: Ty) => t.k === "rate" || plain(t);
  if (a.k === "money" && factor(b)) return T.money;
  if (b.k === "money" && factor(a)) return T.money;
  if (a.k === "rate" && factor(b)) return T.rate;
  if (b.k === "rate" && factor(a)) return T.rate;
  if (plain(a) && plain(b)) return a.k === "int" && b.k === "int" ? T.int : T.decimal;
  if (a.k === "duration" && b.k === "int") return a;
  if (b.k === "duration" && a.k === "int") return b;
  return undefined;
}

export function arithmetic(op: "+" | "-" | "*" | "/", a: Ir, b: Ir): { ir: Ir } | Problem {
  const span = a.span;
  if (op === "/") {
    return {
      code: "E0310",
      message: "division is not supported: its result is rarely exact",
      help: "write the share as a rate (amount * 50%) or a factor (amount * 0.5)",
    };
  }
  if (op === "*") {
    const ty = multiplicative(a.ty, b.ty);
    if (!ty) return mismatch(op, a.ty, b.ty);
    return { ir: { op: "arith", operator: op, left: a, right: b, ty, scale: a.scale + b.scale, span } };
  }
  if (a.ty.k === "date" && b.ty.k === "duration" && b.ty.unit !== "周岁") {
    return { ir: { op: "dateShift", operator: op, date: a, by: b, ty: T.date, scale: 0, span } };
  }
  if (op === "-" && a.ty.k === "date" && b.ty.k === "date") {
    return { ir: { op: "dateDiff", left: a, right: b, ty: T.duration("日"), scale: 0, span } };
  }
  const ty = additive(a.ty, b.ty);
  if (!ty) return mismatch(op, a.ty, b.ty);
  const [x, y] = align(a, b);
  return { ir: { op: "arith", operator: op, left: x, right: y, ty, scale: x.scale, span } };
}

function mismatch(op: string, a: Ty, b: Ty): Problem {
  const kinds = new Set([a.k, b.k]);
  if (op !== "*" && kinds.has("money") && kinds.has("rate")) {
    return {
      code: "E0301",
      message: `cannot ${op === "+" ? "add" : "subtract"} ${showType(b)} ${op === "+" ? "to" : "from"} ${showType(a)}`,
      help: "to take a share of an amount, multiply: amount * rate",
    };
  }
  if (a.k === "duration" && b.k === "duration") {
    return { code: "E0303", message: `cannot combine ${a.unit} with ${b.unit}`, help: "durations of different units do not convert: 30日 is not 1个月 and 工作日 are not 日" };
  }
  if (op === "*" && a.k === "money" && b.k === "money") {
    return { code: "E0301", message: "cannot multiply an amount by an amount", help: "one side should be a rate (70%) or a factor (6)" };
  }
  return {
    code: "E0301",
    message: `cannot use "${op}" on ${showType(a)} and ${showType(b)}`,
    help: op === "*" ? "multiply an amount or a rate by a rate or a plain number" : `"${op}" combines like with like: money with money, rates with rates or 个百分点, durations of one unit`,
  };
}

export function compareTypes(a: Ty, b: Ty, op: string): Problem | undefined {
  if (a.k === "duration" && b.k === "duration" && a.unit !== b.unit) {
    return { code: "E0303", message: `cannot compare ${a.unit} with ${b.unit}`, help: "compare durations of the same unit" };
  }
  const comparable = sameType(a, b) || (plain(a) && plain(b));
  if (!comparable) {
    return { code: "E0301", message: `cannot compare ${showType(a)} with ${showType(b)}`, help: "compare like with like: money with money, a rate with a rate, a date with a date, an enum with one of its members" };
  }
  const ordered = isNumeric(a) || a.k === "date";
  if (!ordered && op !== "=" && op !== "!=") {
    return { code: "E0302", message: `"${op}" orders numbers, amounts and dates, not ${showType(a)}`, help: 'use "=" or "!=" (or "in {…}")' };
  }
  return undefined;
}
