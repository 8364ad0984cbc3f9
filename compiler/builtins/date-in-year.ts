// dateInYear(date, month, day): that month and day of the date's year (`每年6月30日前`).
import { T } from "../ir/types.js";
import * as Types from "../messages/types.js";
import type { Builtin } from "./builtin.js";

const dateInYear: Builtin = {
  name: "dateInYear",
  signature: "dateInYear(date, month, day)",
  doc: "that month and day of the date's year",
  arity: [3, 3],
  check({ call, check, diagnose, failed, today }) {
    const [a, b, c] = call.args;
    const d = check(a!, T.date);
    const m = check(b!, T.int);
    const n = check(c!, T.int);
    if (d.ty.k !== "date" && d.ty.k !== "error")
      return diagnose(Types.argumentKind, a!.span, {
        call: "dateInYear(date, month, day)",
        expects: { en: "a date first", zh: "第一个参数是日期" },
        found: d.ty,
        write: `dateInYear(${today}, 6, 30)`,
      });
    for (const [x, arg] of [
      [m, b!],
      [n, c!],
    ] as const) {
      if (x.ty.k !== "int" && x.ty.k !== "error")
        return diagnose(Types.argumentKind, arg.span, {
          call: "dateInYear(date, month, day)",
          expects: { en: "whole numbers for the month and the day", zh: "月和日是整数" },
          found: x.ty,
          write: `dateInYear(${today}, 6, 30)`,
        });
    }
    if (d.ty.k === "error" || m.ty.k === "error" || n.ty.k === "error") return failed(call.span);
    return { op: "call", fn: "dateInYear", args: [d, m, n], ty: T.date, scale: 0, span: call.span };
  },
  emit: (_, { args }) => `rt.dateInYear(${args.join(", ")})`,
  examples: [{ expression: "dateInYear(facts.date, 6, 30)", type: "date", facts: { date: "2024-03-01" }, gives: "2024-06-30", working: "30 June of 2024" }],
};

export default dateInYear;
