// year(date): the calendar year of a date, as a whole number.
import { T } from "../ir/types.js";
import * as Types from "../messages/types.js";
import type { Builtin } from "./builtin.js";

const year: Builtin = {
  name: "year",
  signature: "year(date)",
  doc: "the calendar year of a date",
  arity: [1, 1],
  check({ call, check, diagnose, today }) {
    const x = check(call.args[0]!, T.date);
    if (x.ty.k !== "date")
      return x.ty.k === "error"
        ? x
        : diagnose(Types.argumentKind, call.args[0]!.span, {
            call: "year(…)",
            expects: { en: "a date", zh: "一个日期" },
            found: x.ty,
            write: `year(${today})`,
          });
    return { op: "call", fn: "year", args: [x], ty: T.int, scale: 0, span: call.span };
  },
  emit: (_, { args }) => `rt.yearOf(${args[0]})`,
  examples: [{ expression: "year(facts.date)", type: "int", facts: { date: "2024-12-31" }, gives: 2024, working: "2024-12-31 is in 2024" }],
};

export default year;
