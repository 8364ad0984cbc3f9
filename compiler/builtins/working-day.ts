// rollForward and isWorkingDay: one date against the official calendar (RULINGS R4). The evaluation's calendar
// answers, recording the step in the trace so that the explanation cites the holiday notices.
import { T } from "../ir/types.js";
import * as Types from "../messages/types.js";
import type { Builtin, BuiltinExample } from "./builtin.js";

export function onCalendar(name: "rollForward" | "isWorkingDay", runtime: string, doc: string, examples: BuiltinExample[]): Builtin {
  return {
    name,
    signature: `${name}(date)`,
    doc,
    arity: [1, 1],
    asksCalendar: true,
    check({ call, check, diagnose, today }) {
      const x = check(call.args[0]!, T.date);
      if (x.ty.k !== "date")
        return x.ty.k === "error"
          ? x
          : diagnose(Types.argumentKind, call.args[0]!.span, {
              call: `${name}(…)`,
              expects: { en: "a date", zh: "一个日期" },
              found: x.ty,
              write: `${name}(${today})`,
            });
      return { op: "call", fn: name, args: [x], ty: name === "rollForward" ? T.date : T.bool, scale: 0, span: call.span };
    },
    emit: (_, { args }) => `cal.${runtime}(${args[0]}, tr)`,
    examples,
  };
}
