// rollForward and isWorkingDay: one date against the official calendar (RULINGS R4). The evaluation's calendar
// answers, recording the step in the trace so that the explanation cites the holiday notices.
import { showType, T } from "../ir/types.js";
import type { Builtin, BuiltinExample } from "./builtin.js";

export function onCalendar(name: "rollForward" | "isWorkingDay", runtime: string, doc: string, examples: BuiltinExample[]): Builtin {
  return {
    name,
    signature: `${name}(date)`,
    doc,
    arity: [1, 1],
    asksCalendar: true,
    check({ call, check, report, today }) {
      const x = check(call.args[0]!, T.date);
      if (x.ty.k !== "date") return x.ty.k === "error" ? x : report("E0302", call.args[0]!.span, `${name}(…) takes a date, found ${showType(x.ty)}`, `write ${name}(${today})`);
      return { op: "call", fn: name, args: [x], ty: name === "rollForward" ? T.date : T.bool, scale: 0, span: call.span };
    },
    emit: (_, { args }) => `cal.${runtime}(${args[0]}, tr)`,
    examples,
  };
}
