// Which declarations of a unit take part in its evaluation: everything its outputs, statuses and strategy
// read, directly or through values, ledgers, bands and the exceptions, adjustments, carve-outs and
// preconditions of the values they read.
import type { Decl, Expr } from "../../dsl/ast.js";

export function reachableDecls(decls: readonly Decl[]): Set<Decl> {
  const byName = new Map<string, Decl[]>();
  const define = (name: string, d: Decl) => byName.set(name, [...(byName.get(name) ?? []), d]);
  const reached = new Set<Decl>();
  const pending: Decl[] = [];
  const reach = (d: Decl) => {
    if (reached.has(d)) return;
    reached.add(d);
    pending.push(d);
  };
  for (const d of decls) {
    switch (d.kind) {
      case "ParamDecl":
      case "BandsDecl":
      case "ValueDecl":
      case "LedgerDecl":
        define(d.name.name, d);
        break;
      case "ExceptionDecl":
      case "AdjustDecl":
      case "LimitDecl":
        define(d.target.name, d);
        break;
      case "OutputDecl":
      case "StatusDecl":
      case "ForEachDecl":
      case "PrecedenceDecl":
        reach(d);
        break;
      default:
        break;
    }
  }
  while (pending.length) {
    for (const name of namesIn(pending.pop()!)) for (const d of byName.get(name) ?? []) reach(d);
  }
  return reached;
}

function namesIn(d: Decl): string[] {
  switch (d.kind) {
    case "ParamDecl":
      return [...(d.value ? names(d.value) : []), ...(d.rows ?? []).flatMap((r) => names(r.value))];
    case "BandsDecl":
      return d.bands.flatMap((b) => [b.lower?.value, b.upper?.value, b.rate].flatMap((e) => (e ? names(e) : [])));
    case "ValueDecl":
    case "OutputDecl":
      return names(d.value);
    case "ExceptionDecl":
    case "AdjustDecl":
      return [...names(d.when), ...names(d.value)];
    case "LedgerDecl":
      return names(d.amount);
    case "StatusDecl":
    case "LimitDecl":
      return names(d.when);
    case "ForEachDecl":
      return names(d.set);
    case "PrecedenceDecl":
      return d.order.map((o) => o.name);
    default:
      return [];
  }
}

/** Every name an expression mentions; a member name too, since `claim.referredFrom.起付标准` reads a value. */
function names(e: Expr): string[] {
  switch (e.kind) {
    case "NameRef":
      return [e.name.name];
    case "MemberRef":
      return [...names(e.object), e.member.name];
    case "IndexExpr":
      return [...names(e.object), ...names(e.index)];
    case "CallExpr":
      return e.args.flatMap(names);
    case "UnaryExpr":
      return names(e.operand);
    case "BinaryExpr":
      return [...names(e.left), ...names(e.right)];
    case "InExpr":
      return names(e.subject);
    case "IfExpr":
      return [...names(e.cond), ...names(e.then), ...names(e.else)];
    case "LedgerExpr":
      return [...names(e.amount), e.ledger.name];
    case "ParenExpr":
      return names(e.inner);
    default:
      return [];
  }
}
