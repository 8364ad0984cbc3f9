// year(date): the calendar year of a date, as a whole number.
import { showType, T } from "../ir/types.js";
import type { Builtin } from "./builtin.js";

const year: Builtin = {
  name: "year",
  signature: "year(date)",
  doc: "the calendar year of a date",
  arity: [1, 1],
  check({ call, check, report, today }) {
    const x = check(call.args[0]!, T.date);
    if (x.ty.k !== "date") return x.ty.k === "error" ? x : report("E0302", call.args[0]!.span, `year(…) takes a date, found ${showType(x.ty)}`, `write year(${today})`);
    return { op: "call", fn: "year", args: [x], ty: T.int, scale: 0, span: call.span };
  },
  emit: (_, { args }) => `rt.yearOf(${args[0]})`,
  examples: [{ expression: "year(facts.date)", type: "int", facts: { date: "2024-12-31" }, gives: 2024, working: "2024-12-31 is in 2024" }],
};

export default year;
