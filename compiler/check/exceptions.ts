// Orders the exceptions to one value by the declared precedence. Pairs the precedence leaves unordered
// are checked at run time (they must agree when both apply) and warned about here, unless their conditions
// provably exclude each other or they give the same value, so that whichever applies the result is the same.
import * as M from "../messages/names.js";
import { diagnose, type Diagnostic } from "../../dsl/diagnostic.js";
import * as Cycles from "../messages/cycles.js";
import * as Tables from "../messages/tables.js";
import type { Ir, RuleBranch } from "../ir/ir.js";
import { sameComputation } from "../ir/walk.js";
import type { Symbols } from "../resolve/symbols.js";

export function orderExceptions(
  target: string,
  branches: RuleBranch[],
  s: Symbols,
  diagnostics: Diagnostic[],
): { ordered: RuleBranch[]; unordered: [number, number][] } {
  const byName = new Map(branches.map((b) => [b.name, b]));
  const above = new Map<string, Set<string>>(branches.map((b) => [b.name, new Set<string>()]));
  for (const p of s.precedences) {
    const names = p.order.map((i) => i.name);
    const relevant = names.filter((n) => byName.has(n));
    for (const id of p.order) {
      const ex = s.exceptions.get(id.name);
      if (!ex) {
        if (
          !byName.has(id.name) &&
          !s.adjusts.has(id.name) &&
          target === s.exceptions.get(p.order.find((o) => s.exceptions.has(o.name))?.name ?? "")?.target.name
        ) {
          diagnostics.push(diagnose(M.precedenceNonException, id.span, { name: id.name }));
        }
        continue;
      }
      if (relevant.length && ex.target.name !== target && relevant.includes(names[0]!)) {
        diagnostics.push(
          diagnose(M.precedenceAcrossValues, id.span, { name: id.name, value: ex.target.name, target }, [
            { span: ex.target.span, text: M.nameNotes.exceptionTo(id.name, ex.target.name) },
          ]),
        );
      }
    }
    for (let i = 0; i + 1 < relevant.length; i++) above.get(relevant[i + 1]!)!.add(relevant[i]!);
  }
  // Everything ranked above each exception, following the declared chains; an exception above itself is a loop.
  const higher = new Map<string, Set<string>>();
  for (const b of branches) {
    const seen = new Set<string>();
    const stack = [...(above.get(b.name) ?? [])];
    while (stack.length) {
      const n = stack.pop()!;
      if (seen.has(n)) continue;
      seen.add(n);
      stack.push(...(above.get(n) ?? []));
    }
    higher.set(b.name, seen);
  }
  const looping = branches.find((b) => higher.get(b.name)!.has(b.name));
  if (looping) {
    const decl = s.exceptions.get(looping.name)!;
    diagnostics.push(diagnose(Cycles.circular, decl.name.span, { kind: "precedence", name: looping.name }));
    return { ordered: branches, unordered: [] };
  }
  const ordered = [...branches].sort((a, b) => higher.get(a.name)!.size - higher.get(b.name)!.size);
  const unordered: [number, number][] = [];
  for (let i = 0; i < ordered.length; i++) {
    for (let j = i + 1; j < ordered.length; j++) {
      const a = ordered[i]!;
      const b = ordered[j]!;
      if (higher.get(a.name)!.has(b.name) || higher.get(b.name)!.has(a.name)) continue;
      if (disjoint(a.cond, b.cond) || sameComputation(a.value, b.value)) continue;
      unordered.push([i, j]);
      const da = s.exceptions.get(a.name)!;
      const db = s.exceptions.get(b.name)!;
      diagnostics.push(
        diagnose(Tables.exceptionsUnordered, db.name.span, { first: a.name, second: b.name, target }, [
          { span: da.name.span, text: Tables.tableNotes.declaredHere(a.name) },
        ]),
      );
    }
  }
  return { ordered, unordered };
}

/** Constraints a condition puts on inputs: `claim.x = A`, `claim.x in {…}`, a bool input or its negation. */
function constraints(c: Ir): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (key: string, values: Set<string>) => {
    const prev = out.get(key);
    out.set(key, prev ? new Set([...prev].filter((v) => values.has(v))) : values);
  };
  const visit = (n: Ir) => {
    if (n.op === "logic" && n.operator === "and") {
      visit(n.left);
      visit(n.right);
    } else if (n.op === "input" && n.ty.k === "bool") add(inputKey(n), new Set(["true"]));
    else if (n.op === "not" && n.operand.op === "input" && n.operand.ty.k === "bool") add(inputKey(n.operand), new Set(["false"]));
    else if (n.op === "cmp" && n.operator === "=" && n.left.op === "input" && n.right.op === "enum") add(inputKey(n.left), new Set([n.right.member]));
    else if (n.op === "in" && n.subject.op === "input" && !n.negated) add(inputKey(n.subject), new Set(n.members));
  };
  visit(c);
  return out;
}

function inputKey(n: Ir): string {
  return n.op === "input" ? `${n.scope}.${n.field}` : "";
}

function disjoint(a: Ir, b: Ir): boolean {
  const ca = constraints(a);
  const cb = constraints(b);
  for (const [key, values] of ca) {
    const other = cb.get(key);
    if (other && ![...values].some((v) => other.has(v))) return true;
  }
  return false;
}
