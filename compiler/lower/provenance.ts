// The provenance table: one entry per traced quantity — the document, each parameter, band schedule, value and
// the rules that change it, ledger, status, output and input — saying what it is, the article and rulings it
// rests on, where it is written and the names it reads. Numbered after lowering, in the order the checker
// settled each quantity (each after those it reads, the document first, the inputs last), so the table reads
// from the gazette's numbers to the results; every trace event of a generated module points into it by `at`.
import type { Provenance } from "../../runtime/module.js";
import type { Traced, UnitIr } from "../ir/ir.js";
import { usesOf } from "../ir/walk.js";
import { assignDisplays } from "./displays.js";

/** Gives each traced quantity of `unit` its index (`at`) in `traced`'s order and fills in the unit's table. */
export function numberProvenance(unit: UnitIr, traced: readonly Traced[]): void {
  unit.provenance = traced.map((t, at) => {
    t.at = at;
    const { kind, label, articles, rulings, span, reads, document = unit.number } = t.origin;
    const article = articles.join("、");
    return {
      name: t.name,
      ...(label ? { label } : {}),
      kind,
      citation: article ? `${document} ${article}` : document,
      article,
      source: `${span.file}:${span.start.line}:${span.start.column}`,
      rulings,
      uses: reads.flatMap(usesOf),
      display: { kind: "text" },
    } satisfies Provenance;
  });
  assignDisplays(unit);
}
