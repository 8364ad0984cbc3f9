// round(amount): an amount of money rounded half up to 0.01元 (RULINGS R3: each amount is rounded once, where
// the rule says, before a cap applies). Rates and plain numbers stay exact.
import { toScale } from "../check/rescale.js";
import { T } from "../ir/types.js";
import { tsNumber } from "../emit/escape.js";
import * as Types from "../messages/types.js";
import type { Builtin } from "./builtin.js";

const round: Builtin = {
  name: "round",
  signature: "round(amount)",
  doc: "an amount rounded half up to 0.01元 (R3)",
  arity: [1, 1],
  check({ call, check, diagnose }) {
    const x = check(call.args[0]!, T.money);
    if (x.ty.k === "error") return x;
    if (x.ty.k !== "money")
      return diagnose(Types.argumentKind, call.args[0]!.span, {
        call: "round(…)",
        expects: { en: "an amount of money, which it rounds to 0.01元 (rates and numbers stay exact)", zh: "金额，取整到0.01元（比例和数字保持精确）" },
        found: x.ty,
        write: "round(费用 * 70%)",
      });
    return x.scale > 2 ? { op: "call", fn: "round", args: [x], ty: T.money, scale: 2, span: call.span } : toScale(x, 2);
  },
  emit: (node, { args }) => `rt.roundHalfUp(${args[0]}, ${tsNumber(node.args[0]!.scale - 2)})`,
  examples: [
    {
      expression: "round(1234.5元 * 7.5%)",
      type: "money",
      facts: { date: "2024-03-01" },
      gives: "92.59",
      working: "1234.5 × 7.5% = 92.5875, half up to 0.01元: 92.59",
    },
    { expression: "round(0.005元 * 1)", type: "money", facts: { date: "2024-03-01" }, gives: "0.01", working: "0.005 is half a fen: up to 0.01" },
  ],
};

export default round;
