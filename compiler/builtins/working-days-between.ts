// workingDaysBetween(from, to): the working days after `from` up to and including `to` on the official
// calendar (RULINGS R4: the day of the event is not counted).
import { T } from "../ir/types.js";
import * as Types from "../messages/types.js";
import type { Builtin } from "./builtin.js";

const workingDaysBetween: Builtin = {
  name: "workingDaysBetween",
  signature: "workingDaysBetween(from, to)",
  doc: "the working days after the first date up to and including the second (R4)",
  arity: [2, 2],
  asksCalendar: true,
  check({ call, check, diagnose, failed, today }) {
    const [a, b] = call.args;
    const from = check(a!, T.date);
    const to = check(b!, T.date);
    for (const [x, arg] of [
      [from, a!],
      [to, b!],
    ] as const) {
      if (x.ty.k !== "date" && x.ty.k !== "error")
        diagnose(Types.argumentKind, arg.span, {
          call: "workingDaysBetween(from, to)",
          expects: { en: "two dates", zh: "两个日期" },
          found: x.ty,
          write: `workingDaysBetween(facts.receivedOn, ${today})`,
        });
    }
    if (from.ty.k !== "date" || to.ty.k !== "date") return failed(call.span);
    return { op: "call", fn: "workingDaysBetween", args: [from, to], ty: T.duration("工作日"), scale: 0, span: call.span };
  },
  emit: (_, { args }) => `cal.workingDaysBetween(${args.join(", ")}, tr)`,
  examples: [
    {
      expression: "workingDaysBetween(2024-09-27, 2024-10-08) = 3工作日",
      type: "bool",
      facts: { date: "2024-03-01" },
      gives: true,
      working: "after Fri 27 Sep: Sun 29 Sep (make-up working day), Mon 30 Sep, then 1–7 Oct off, Tue 8 Oct: 3",
    },
  ],
};

export default workingDaysBetween;
