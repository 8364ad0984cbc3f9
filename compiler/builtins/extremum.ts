// max and min: the largest or smallest of amounts, rates or numbers of one unit (a bare 0 takes the unit of
// the others), at the finest scale among them.
import { isZero } from "../check/literals.js";
import { toScale } from "../check/rescale.js";
import { isNumeric, sameType, showType } from "../ir/types.js";
import type { Builtin, BuiltinExample } from "./builtin.js";

export function extremum(name: "max" | "min", doc: string, examples: BuiltinExample[]): Builtin {
  return {
    name,
    signature: `${name}(a, b, …)`,
    doc,
    arity: [2, Infinity],
    check({ call, expected, check, report, failed }) {
      const args = call.args;
      const first = args.find((a) => !isZero(a)) ?? args[0]!;
      const lead = check(first, expected);
      if (lead.ty.k === "error") return lead;
      if (!isNumeric(lead.ty)) return report("E0302", first.span, `${name}(…) compares numbers or amounts, found ${showType(lead.ty)}`, `give ${name}(…) amounts, rates or numbers of one unit, e.g. ${name}(0元, 费用 - 起付线)`);
      let irs = args.map((a) => (a === first ? lead : check(a, lead.ty)));
      if (irs.some((x) => x.ty.k === "error")) return failed(call.span);
      const bad = irs.findIndex((x) => !sameType(x.ty, lead.ty));
      if (bad >= 0) return report("E0301", args[bad]!.span, `${name}(…) needs arguments of one unit: ${showType(lead.ty)} and ${showType(irs[bad]!.ty)}`, `write every argument in ${showType(lead.ty)}`);
      const scale = Math.max(...irs.map((x) => x.scale));
      irs = irs.map((x) => toScale(x, scale));
      return { op: "call", fn: name, args: irs, ty: lead.ty, scale, span: call.span };
    },
    emit: (_, { args }) => `Math.${name}(${args.join(", ")})`,
    examples,
  };
}
