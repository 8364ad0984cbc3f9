// The lowering pass: a checked rule file becomes the unit the emitters read. Its computations are put in
// dependency order (order.ts), 就高不重复 is split into what runs once and what runs per category
// (strategy.ts), the input contract is built (inputs.ts) and every number is held to what exact arithmetic
// carries (numbers.ts). The provenance table is numbered afterwards, in its own pass (provenance.ts).
import type { Diagnostic } from "../../dsl/diagnostic.js";
import type { CheckedUnit } from "../check/unit.js";
import type { Traced, UnitIr } from "../ir/ir.js";
import { inputContract } from "./inputs.js";
import { checkNumbers } from "./numbers.js";
import { orderSteps } from "./order.js";
import { strategyOf } from "./strategy.js";

export interface LoweredUnit {
  /** The unit, its provenance table still empty. */
  unit: UnitIr;
  /** Every traced quantity, in the order the provenance table lists them. */
  traced: Traced[];
}

export function lowerUnit(c: CheckedUnit, diagnostics: Diagnostic[]): LoweredUnit {
  const { doc, file } = c.ctx;
  const settledAt = new Map(c.settled.map((t, i) => [t, i]));
  const steps = orderSteps(c.values, c.ledgers, c.statuses, c.outputs, (t) => settledAt.get(t)!, diagnostics);
  const strategy = c.foreach && strategyOf(c.foreach, steps);
  const contract = inputContract(c.inputs, c.mode, steps, strategy, c.symbols, c.values, diagnostics);
  const unit: UnitIr = {
    file: file.file,
    moduleName: c.ctx.moduleName,
    number: doc.number,
    title: doc.title,
    ...(c.ctx.part ? { part: c.ctx.part } : {}),
    ...(c.ctx.amendments?.length ? { amendments: c.ctx.amendments } : {}),
    mode: c.mode,
    // The period's reasons in both languages, worded as `regc status` words them; a run renders the reader's.
    inForce: { from: doc.inForce.from, to: doc.inForce.to, fromReason: doc.inForce.fromReason, toReason: doc.inForce.toReason },
    document: {
      ...(doc.issuer ? { issuer: doc.issuer } : {}),
      ...(doc.plan ? { plan: doc.plan.name } : {}),
      ...(doc.appeal ? { appeal: doc.appeal } : {}),
      relations: doc.relations.map((r) => `${r.relation} ${r.target}${r.until ? ` until ${r.until}` : ""}`),
    },
    source: doc.source ?? "",
    enums: [...c.symbols.enums.entries()].map(([name, e]) => ({ name, members: e.members, spellings: e.spellings })),
    person: contract.person,
    claim: contract.claim,
    facts: contract.facts,
    params: c.params,
    bands: c.bands,
    ledgers: c.ledgers,
    steps,
    ...(strategy ? { strategy } : {}),
    outputs: c.outputs,
    provenance: [],
    inputsTraced: contract.traced,
  };
  checkNumbers(unit, diagnostics);
  const traced = c.settled.map((t) => (t === c.foreach && strategy ? strategy : t));
  return { unit, traced: [...traced, ...contract.traced] };
}
