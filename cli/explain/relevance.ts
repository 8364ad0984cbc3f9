// Which steps of a traced evaluation decided its result. The trace records every quantity the rule module
// computed, including those of a branch the case did not take (a 其他疾病 threshold for a 特殊疾病 stay); a
// person reading an explanation wants only the steps the result rests on. Walking back from the outputs (or
// from the status that fired) through the checked rules, each `if` follows the branch its condition chose,
// read off the traced values; where a condition cannot be read that way both branches count, so a step is
// never dropped that might have mattered.
import { Decimal } from "decimal.js";
import type { Ir, UnitIr } from "../../compiler/ir/ir.js";
import { branchesOf, children } from "../../compiler/ir/walk.js";
import type { TraceEntry } from "../../runtime/evaluate.js";

/** Trace kinds of the rules that change a value after its own expression. */
const BRANCH_KINDS: ReadonlySet<TraceEntry["kind"]> = new Set(["adjust", "exception", "carveout", "precondition"]);

/** A trace entry's identity: the rule it comes from (its place in the rule file), its kind and name. */
export const stepKey = (t: Pick<TraceEntry, "source" | "kind" | "name">): string => `${t.source}|${t.kind}|${t.name}`;

type Known = boolean | string | Decimal | undefined;

export interface Relevance {
  /** Keys (stepKey) of the trace entries the result rests on. */
  steps: Set<string>;
  /** Input names (`claim.referral`, `person.categories`) the result rests on. */
  inputs: Set<string>;
}

export function relevantSteps(unit: UnitIr, trace: readonly TraceEntry[]): Relevance {
  const source = (at: number): string => unit.provenance[at]!.source;
  const traced = new Map<string, TraceEntry>();
  for (const t of trace) traced.set(t.kind === "input" ? t.name : `${t.kind}|${t.name}`, t);
  const steps = new Set<string>();
  const inputs = new Set<string>();
  const seen = new Set<string>();
  const values = new Map(unit.steps.flatMap((s) => (s.kind === "value" ? [[s.v.name, s.v] as const] : [])));
  const ledgers = new Map(unit.ledgers.map((l) => [l.name, l]));
  const params = new Set([...unit.params.map((p) => p.name), ...unit.bands.map((b) => b.name)]);

  const mark = (kind: string, name: string): void => {
    const t = traced.get(`${kind}|${name}`);
    if (t) steps.add(stepKey(t));
  };

  /** What a traced value reads as, for deciding a condition; undefined when it cannot be told. */
  const known = (ir: Ir): Known => {
    switch (ir.op) {
      case "bool":
        return ir.value;
      case "enum":
        return ir.member;
      case "num":
        return new Decimal(ir.value).div(new Decimal(10).pow(ir.scale));
      case "input":
        return parse(traced.get(`${ir.scope}.${ir.field}`)?.value);
      case "ref":
        return parse(traced.get(`value|${ir.name}`)?.value ?? traced.get(`param|${ir.name}`)?.value);
      case "up":
        return known(ir.operand);
      case "not": {
        const x = known(ir.operand);
        return typeof x === "boolean" ? !x : undefined;
      }
      case "logic": {
        const a = known(ir.left);
        const b = known(ir.right);
        if (ir.operator === "and") return a === false || b === false ? false : a === true && b === true ? true : undefined;
        return a === true || b === true ? true : a === false && b === false ? false : undefined;
      }
      case "in": {
        const x = known(ir.subject);
        return typeof x === "string" ? ir.members.includes(x) !== ir.negated : undefined;
      }
      case "cmp":
        return compare(ir.operator, known(ir.left), known(ir.right));
      default:
        return undefined;
    }
  };

  const walk = (ir: Ir): void => {
    switch (ir.op) {
      case "input":
        inputs.add(`${ir.scope}.${ir.field}`);
        return;
      case "ref":
        // A value, a parameter or a band schedule (the first argument of marginal and bracket).
        return visit(ir.name);
      case "index":
        mark("param", ir.table);
        return walk(ir.key);
      case "ledger":
      case "tallyRead":
        visitLedger(ir.ledger);
        break;
      case "category":
        if (unit.strategy) visitStrategy();
        return;
      case "if": {
        walk(ir.cond);
        const c = known(ir.cond);
        if (c !== false) walk(ir.ifTrue);
        if (c !== true) walk(ir.ifFalse);
        return;
      }
    }
    for (const child of children(ir)) walk(child);
  };

  const visit = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    if (params.has(name)) return mark("param", name);
    const v = values.get(name);
    if (!v) return;
    mark("value", name);
    walk(v.expr);
    // A rule that changed the value was applied when it is traced; the conditions of the others decided too.
    for (const b of branchesOf(v)) {
      walk(b.cond);
      const t = trace.find((e) => e.source === source(b.at) && BRANCH_KINDS.has(e.kind));
      if (t) {
        steps.add(stepKey(t));
        walk(b.value);
      }
    }
  };

  const visitLedger = (name: string): void => {
    if (seen.has(`ledger ${name}`)) return;
    seen.add(`ledger ${name}`);
    mark("ledger", name);
    const l = ledgers.get(name);
    if (l) walk(l.amount);
  };

  const visitStrategy = (): void => {
    const s = unit.strategy!;
    if (seen.has(`strategy ${s.name}`)) return;
    seen.add(`strategy ${s.name}`);
    mark("value", s.name);
    walk(s.set);
  };

  const fired = trace.find((t) => t.kind === "status");
  const status = fired && unit.steps.find((s) => s.kind === "status" && source(s.s.at) === fired.source);
  if (fired) steps.add(stepKey(fired));
  if (status?.kind === "status") walk(status.s.cond);
  else if (!fired) {
    for (const o of unit.outputs) {
      mark("output", o.name);
      walk(o.expr);
    }
  }
  // The document's force decides a claim outside it; the strategy's note says which category won or that none
  // is covered.
  for (const t of trace) if (t.kind === "document") steps.add(stepKey(t));
  if (unit.strategy && traced.has(`value|${unit.strategy.name}`)) visitStrategy();
  return { steps, inputs };
}

/** A traced value as written (`true`, `三级`, `30000.00`, `70%`) back to something comparable. */
function parse(text: string | undefined): Known {
  if (text === undefined || text.includes(": ")) return undefined;
  if (text === "true" || text === "false") return text === "true";
  if (/^-?\d+(\.\d+)?%$/.test(text)) return new Decimal(text.slice(0, -1)).div(100);
  if (/^-?\d+(\.\d+)?$/.test(text)) return new Decimal(text);
  return text;
}

function compare(o: "=" | "!=" | "<" | "<=" | ">" | ">=", a: Known, b: Known): boolean | undefined {
  if (a === undefined || b === undefined) return undefined;
  if (a instanceof Decimal && b instanceof Decimal) {
    const c = a.comparedTo(b);
    return { "=": c === 0, "!=": c !== 0, "<": c < 0, "<=": c <= 0, ">": c > 0, ">=": c >= 0 }[o];
  }
  if (a instanceof Decimal || b instanceof Decimal) return undefined;
  if (o === "=") return a === b;
  if (o === "!=") return a !== b;
  return undefined;
}
