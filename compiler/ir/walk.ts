// Generic traversals of typed IR trees.
import type { Ir, RuleBranch, Step, ValueIr } from "./ir.js";

export function containsOp(ir: Ir, op: Ir["op"]): boolean {
  let found = false;
  walk(ir, (n) => {
    if (n.op === op) found = true;
  });
  return found;
}

/** Visits every node of an IR tree. */
export function walk(ir: Ir, visit: (n: Ir) => void): void {
  visit(ir);
  for (const child of children(ir)) walk(child, visit);
}

export function children(ir: Ir): Ir[] {
  switch (ir.op) {
    case "index":
      return [ir.key];
    case "neg":
    case "not":
    case "up":
      return [ir.operand];
    case "arith":
    case "cmp":
    case "logic":
    case "dateDiff":
      return [ir.left, ir.right];
    case "dateShift":
      return [ir.date, ir.by];
    case "in":
      return [ir.subject];
    case "if":
      return [ir.cond, ir.ifTrue, ir.ifFalse];
    case "call":
      return ir.args;
    case "ledger":
      return [ir.amount];
    case "prior":
      return [ir.claim];
    default:
      return [];
  }
}

/** The declared names and inputs an expression reads, for the provenance table. */
export function usesOf(ir: Ir): string[] {
  const out = new Set<string>();
  walk(ir, (n) => {
    if (n.op === "ref" || n.op === "index") out.add(n.op === "ref" ? n.name : n.table);
    else if (n.op === "input") out.add(`${n.scope === "claim" && n.field === "date" ? "claim" : n.scope}.${n.field}`);
    else if (n.op === "ledger" || n.op === "tallyRead") out.add(n.ledger);
    else if (n.op === "category") out.add(n.name);
  });
  return [...out];
}

/** Every rule that can change a value after its own expression: adjustments, exceptions, carve-outs, preconditions. */
export function branchesOf(v: ValueIr): RuleBranch[] {
  return [...v.adjusts, ...v.exceptions, ...v.limits];
}

/** The expressions a value step evaluates. */
export function valueIrs(v: ValueIr): Ir[] {
  return [v.expr, ...branchesOf(v).flatMap((b) => [b.cond, b.value])];
}

/** The expressions a step evaluates. */
export function stepIrs(step: Step): Ir[] {
  switch (step.kind) {
    case "value":
      return valueIrs(step.v);
    case "ledger":
      return [step.l.amount];
    case "status":
      return [step.s.cond];
    case "output":
      return [step.o.expr];
  }
}

/** Whether two IR trees compute the same thing: the same operations on the same operands, wherever written. */
export function sameComputation(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = (x: object) => Object.keys(x).filter((k) => k !== "span");
  const ka = keys(a);
  const kb = keys(b);
  return ka.length === kb.length && ka.every((k) => sameComputation((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
