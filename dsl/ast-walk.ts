// The parts of the syntax tree that hold expressions, for walks that keep their own stack (dsl/limits.ts,
// compiler/check/depth.ts): they measure trees whose depth is not yet known to be safe to recurse on.
import type { Decl, Expr } from "./ast.js";

/** The expressions a declaration holds, in source order. */
export function exprsOfDecl(d: Decl): Expr[] {
  switch (d.kind) {
    case "ParamDecl":
      return [...(d.value ? [d.value] : []), ...(d.rows ?? []).map((r) => r.value)];
    case "BandsDecl":
      return d.bands.flatMap((b) => [...(b.lower ? [b.lower.value] : []), ...(b.upper ? [b.upper.value] : []), b.rate]);
    case "ValueDecl":
    case "OutputDecl":
      return [d.value];
    case "ExceptionDecl":
    case "AdjustDecl":
      return [d.when, d.value];
    case "LimitDecl":
      return [d.when];
    case "InputDecl":
      return d.fields.flatMap((f) => (f.requiredWhen ? [f.requiredWhen] : []));
    case "LedgerDecl":
      return [d.amount];
    case "StatusDecl":
      return [d.when];
    case "ForEachDecl":
      return [d.set];
    case "EnumDecl":
    case "PrecedenceDecl":
      return [];
  }
}

/** The parts of an expression, in source order. */
export function exprChildren(e: Expr): Expr[] {
  switch (e.kind) {
    case "MemberRef":
      return [e.object];
    case "IndexExpr":
      return [e.object, e.index];
    case "CallExpr":
      return e.args;
    case "UnaryExpr":
      return [e.operand];
    case "BinaryExpr":
      return [e.left, e.right];
    case "InExpr":
      return [e.subject];
    case "IfExpr":
      return [e.cond, e.then, e.else];
    case "LedgerExpr":
      return [e.amount];
    case "ParenExpr":
      return [e.inner];
    default:
      return [];
  }
}
