// Puts a claim's computations in dependency order. Status rules go first as soon as what they read is
// known, so an excluded claim stops before it touches a ledger; otherwise the written order is kept.
import { diagnose, type Diagnostic } from "../../dsl/diagnostic.js";
import * as Cycles from "../messages/cycles.js";
import type { LedgerIr, OutputIr, StatusIr, Step, Traced, ValueIr } from "../ir/ir.js";
import { valueIrs, walk } from "../ir/walk.js";

interface Node {
  step: Step;
  key: string;
  /** Statuses first, then ledgers, values and outputs, as soon as what they read is known. */
  rank: number;
  /** The order the checker settled it in. */
  settled: number;
  deps: Set<string>;
}

/** `settledAt`: the order the checker settled each quantity in, which breaks ties between steps ready together. */
export function orderSteps(
  values: ValueIr[],
  ledgers: LedgerIr[],
  statuses: StatusIr[],
  outputs: OutputIr[],
  settledAt: (t: Traced) => number,
  diagnostics: Diagnostic[],
): Step[] {
  const nodes: Node[] = [
    ...statuses.map((s, i): Node => ({ step: { kind: "status", s }, key: `status#${i}`, rank: 0, settled: settledAt(s), deps: depsOf([s.cond]) })),
    ...ledgers.map((l): Node => ({ step: { kind: "ledger", l }, key: `ledger:${l.name}`, rank: 1, settled: settledAt(l), deps: depsOf([l.amount]) })),
    ...values.map((v): Node => {
      const deps = depsOf(valueIrs(v));
      deps.delete(`value:${v.name}`);
      return { step: { kind: "value", v }, key: `value:${v.name}`, rank: 2, settled: settledAt(v), deps };
    }),
    ...outputs.map((o): Node => ({ step: { kind: "output", o }, key: `output:${o.name}`, rank: 3, settled: settledAt(o), deps: depsOf([o.expr]) })),
  ];
  const known = new Set(nodes.map((n) => n.key));
  for (const n of nodes) for (const d of [...n.deps]) if (!known.has(d)) n.deps.delete(d);
  const done = new Set<string>();
  const out: Step[] = [];
  let pending = nodes;
  while (pending.length) {
    const ready = pending.filter((n) => [...n.deps].every((d) => done.has(d)));
    if (!ready.length) {
      const loop = loopAmong(pending);
      const names = [...loop, loop[0]!].map((n) => n.key.replace(/^\w+:/, ""));
      diagnostics.push(diagnose(Cycles.dependsOnItself, spanOf(loop[0]!.step), { kind: "ledger", loop: names }));
      return out;
    }
    ready.sort((a, b) => a.rank - b.rank || a.settled - b.settled);
    const next = ready[0]!;
    out.push(next.step);
    done.add(next.key);
    pending = pending.filter((n) => n !== next);
  }
  return out;
}

/** One loop among nodes none of which is ready: following any pending dependency must come back. */
function loopAmong(pending: Node[]): Node[] {
  const byKey = new Map(pending.map((n) => [n.key, n]));
  const path: Node[] = [];
  let n = pending[0]!;
  while (!path.includes(n)) {
    path.push(n);
    n = [...n.deps].map((d) => byKey.get(d)).find((d) => d !== undefined)!;
  }
  return path.slice(path.indexOf(n));
}

function depsOf(irs: import("../ir/ir.js").Ir[]): Set<string> {
  const deps = new Set<string>();
  for (const ir of irs) {
    walk(ir, (n) => {
      if (n.op === "ref") deps.add(`value:${n.name}`);
      else if (n.op === "ledger" || n.op === "tallyRead") deps.add(`ledger:${n.ledger}`);
    });
  }
  return deps;
}

function spanOf(step: Step) {
  switch (step.kind) {
    case "value":
      return step.v.expr.span;
    case "ledger":
      return step.l.amount.span;
    case "status":
      return step.s.cond.span;
    case "output":
      return step.o.expr.span;
  }
}
