// How long the chains of values and parameters are, each computed from the next. The checker resolves a name
// when a rule first uses it, so a chain declared in reverse order is checked recursively, one level of the
// chain inside the next: a chain without bound would exhaust the stack. This walk keeps its own stack and
// says where a chain is too long before the checker follows it (dsl/limits.ts: dependencyDepth).
import type { Decl, Expr, Ident } from "../../dsl/ast.js";
import { diagnose, type Diagnostic } from "../../dsl/diagnostic.js";
import * as Cycles from "../messages/cycles.js";
import { exprChildren, exprsOfDecl } from "../../dsl/ast-walk.js";
import { LIMITS } from "../../dsl/limits.js";
import type { Symbols } from "../resolve/symbols.js";

/** Names an expression mentions (a superset of what it depends on is enough for a bound). */
function namesIn(exprs: readonly Expr[]): Ident[] {
  const out: Ident[] = [];
  const stack = [...exprs];
  while (stack.length) {
    const e = stack.pop()!;
    if (e.kind === "NameRef") out.push(e.name);
    if (e.kind === "MemberRef") out.push(e.member);
    stack.push(...exprChildren(e));
  }
  return out;
}

/**
 * Reports the first value or parameter from which a chain longer than the limit starts, naming the chain.
 * Returns whether every chain is within the limit.
 */
export function checkDependencyDepth(s: Symbols, diagnostics: Diagnostic[]): boolean {
  const branches = new Map<string, Decl[]>();
  for (const d of [...s.adjusts.values(), ...s.exceptions.values(), ...s.limits.values()])
    branches.set(d.target.name, [...(branches.get(d.target.name) ?? []), d]);
  const edges = new Map<string, string[]>();
  const decls = new Map<string, Ident>();
  for (const [name, p] of s.params) {
    decls.set(name, p.name);
    edges.set(
      name,
      namesIn([...(p.value ? [p.value] : []), ...(p.rows ?? []).map((r) => r.value)]).map((i) => i.name),
    );
  }
  for (const [name, v] of s.values) {
    decls.set(name, v.name);
    const rules = (branches.get(name) ?? []).flatMap((d) => exprsOfDecl(d));
    edges.set(
      name,
      namesIn([v.value, ...rules])
        .map((i) => i.name)
        .filter((n) => n !== name),
    );
  }
  // Longest chain starting at each name; a name met again on the current path closes a cycle (E0601, reported
  // by the checker) and does not lengthen the chain.
  const depth = new Map<string, { length: number; next?: string }>();
  const onPath = new Set<string>();
  for (const root of decls.keys()) {
    if (depth.has(root)) continue;
    const stack: { name: string; i: number }[] = [{ name: root, i: 0 }];
    onPath.add(root);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const next = edges.get(top.name)![top.i++];
      if (next !== undefined) {
        if (edges.has(next) && !depth.has(next) && !onPath.has(next)) {
          stack.push({ name: next, i: 0 });
          onPath.add(next);
        }
        continue;
      }
      let best: { length: number; next?: string } = { length: 1 };
      for (const n of edges.get(top.name)!) {
        const d = depth.get(n);
        if (d && d.length + 1 > best.length) best = { length: d.length + 1, next: n };
      }
      depth.set(top.name, best);
      onPath.delete(top.name);
      stack.pop();
    }
  }
  for (const [name, id] of decls) {
    if (depth.get(name)!.length <= LIMITS.dependencyDepth) continue;
    const chain = [name];
    for (let n = depth.get(name)!.next; n !== undefined && chain.length < 4; n = depth.get(n)!.next) chain.push(n);
    diagnostics.push(diagnose(Cycles.chainTooLong, id.span, { name, limit: LIMITS.dependencyDepth, chain }));
    return false;
  }
  return true;
}
