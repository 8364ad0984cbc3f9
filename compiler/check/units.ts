// The unit algebra: which arithmetic and comparisons make sense for amounts, rates, points and durations.
import type { Span } from "../../dsl/ast.js";
import { diagnose, type Diagnostic } from "../../dsl/diagnostic.js";
import type { Entry } from "../../dsl/messages/entry.js";
import type { Ir } from "../ir/ir.js";
import { isNumeric, sameType, T, type Ty } from "../ir/types.js";
import * as M from "../messages/types.js";
import { align } from "./rescale.js";

/** A combination that makes no sense: the diagnostic it gives at the expression's span. */
export interface Problem {
  at(span: Span): Diagnostic;
}

const problem = <P>(entry: Entry<P>, params: NoInfer<P>): Problem => ({ at: (span) => diagnose(entry, span, params) });

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
    return problem(M.division, {});
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
  if (op !== "*" && kinds.has("money") && kinds.has("rate")) return problem(M.arithmeticUnits, { op, left: a, right: b, slip: "share" });
  if (a.k === "duration" && b.k === "duration") return problem(M.durationUnits, { left: a.unit, right: b.unit, compare: false });
  if (op === "*" && a.k === "money" && b.k === "money") return problem(M.arithmeticUnits, { op, left: a, right: b, slip: "amountTimesAmount" });
  return problem(M.arithmeticUnits, { op, left: a, right: b, slip: "other" });
}

export function compareTypes(a: Ty, b: Ty, op: string): Problem | undefined {
  if (a.k === "duration" && b.k === "duration" && a.unit !== b.unit) {
    return problem(M.durationUnits, { left: a.unit, right: b.unit, compare: true });
  }
  const comparable = sameType(a, b) || (plain(a) && plain(b));
  if (!comparable) {
    return problem(M.compareUnlike, { left: a, right: b });
  }
  const ordered = isNumeric(a) || a.k === "date";
  if (!ordered && op !== "=" && op !== "!=") {
    return problem(M.orderUnordered, { op, found: a });
  }
  return undefined;
}
