// dayOfMonth(date, day): the given day of the date's month (`次月10日`: dayOfMonth(date + 1个月, 10)).
import { T } from "../ir/types.js";
import * as Types from "../messages/types.js";
import type { Builtin } from "./builtin.js";

const dayOfMonth: Builtin = {
  name: "dayOfMonth",
  signature: "dayOfMonth(date, day)",
  doc: "the given day of the date's month",
  arity: [2, 2],
  check({ call, check, diagnose, failed, today }) {
    const [a, b] = call.args;
    const d = check(a!, T.date);
    const n = check(b!, T.int);
    if (d.ty.k !== "date" && d.ty.k !== "error")
      return diagnose(Types.argumentKind, a!.span, {
        call: "dayOfMonth(date, day)",
        expects: { en: "a date first", zh: "第一个参数是日期" },
        found: d.ty,
        write: `dayOfMonth(${today}, 10)`,
      });
    if (n.ty.k !== "int" && n.ty.k !== "error")
      return diagnose(Types.argumentKind, b!.span, {
        call: "dayOfMonth(date, day)",
        expects: { en: "a whole day number second", zh: "第二个参数是表示日的整数" },
        found: n.ty,
        write: `dayOfMonth(${today}, 10)`,
      });
    if (d.ty.k === "error" || n.ty.k === "error") return failed(call.span);
    return { op: "call", fn: "dayOfMonth", args: [d, n], ty: T.date, scale: 0, span: call.span };
  },
  emit: (_, { args }) => `rt.dayOfMonth(${args.join(", ")})`,
  examples: [
    {
      expression: "dayOfMonth(facts.date + 1个月, 10)",
      type: "date",
      facts: { date: "2024-01-31" },
      gives: "2024-02-10",
      working: "次月10日: 31 January + 1 month is 29 February 2024; its 10th",
    },
  ],
};

export default dayOfMonth;
