// max and min: the largest or smallest of amounts, rates or numbers of one unit (a bare 0 takes the unit of
// the others), at the finest scale among them.
import { isZero } from "../check/literals.js";
import { toScale } from "../check/rescale.js";
import { isNumeric, sameType } from "../ir/types.js";
import * as Types from "../messages/types.js";
import type { Builtin, BuiltinExample } from "./builtin.js";

export function extremum(name: "max" | "min", doc: string, examples: BuiltinExample[]): Builtin {
  return {
    name,
    signature: `${name}(a, b, …)`,
    doc,
    arity: [2, Infinity],
    check({ call, expected, check, diagnose, failed }) {
      const args = call.args;
      const first = args.find((a) => !isZero(a)) ?? args[0]!;
      const lead = check(first, expected);
      if (lead.ty.k === "error") return lead;
      if (!isNumeric(lead.ty))
        return diagnose(Types.argumentKind, first.span, {
          call: `${name}(…)`,
          expects: { en: "amounts, rates or numbers of one unit", zh: "同一单位的金额、比例或数字" },
          found: lead.ty,
          write: `${name}(0元, 费用 - 起付线)`,
        });
      let irs = args.map((a) => (a === first ? lead : check(a, lead.ty)));
      if (irs.some((x) => x.ty.k === "error")) return failed(call.span);
      const bad = irs.findIndex((x) => !sameType(x.ty, lead.ty));
      if (bad >= 0) return diagnose(Types.extremumUnits, args[bad]!.span, { fn: name, first: lead.ty, found: irs[bad]!.ty });
      const scale = Math.max(...irs.map((x) => x.scale));
      irs = irs.map((x) => toScale(x, scale));
      return { op: "call", fn: name, args: irs, ty: lead.ty, scale, span: call.span };
    },
    emit: (_, { args }) => `Math.${name}(${args.join(", ")})`,
    examples,
  };
}
