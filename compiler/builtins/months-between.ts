// monthsBetween(from, to): the months completed from one date to another (满N个月), as a count the rules can
// compare and the trace shows: 绵府发〔2018〕3号 第十六条 “欠费满１２个月为参保中断” and 第十七条（一）“欠费３个月”
// count months of arrears, which a date difference cannot give (日 do not convert to 个月, E0303). N months
// are complete on the day `from + N个月` (the month-end rule of date arithmetic), so
// `monthsBetween(a, b) >= 12个月` holds exactly when `b >= a + 12个月`.
import type { Expr } from "../../dsl/ast.js";
import { T } from "../ir/types.js";
import * as Types from "../messages/types.js";
import type { Builtin } from "./builtin.js";

const monthsBetween: Builtin = {
  name: "monthsBetween",
  signature: "monthsBetween(from, to)",
  doc: "the months completed from the first date to the second (满N个月), in 个月",
  arity: [2, 2],
  check({ call, check, diagnose, failed, today }) {
    const [a, b] = call.args as [Expr, Expr];
    const from = check(a, T.date);
    const to = check(b, T.date);
    for (const [x, arg] of [
      [from, a],
      [to, b],
    ] as const) {
      if (x.ty.k !== "date" && x.ty.k !== "error")
        diagnose(Types.argumentKind, arg.span, {
          call: "monthsBetween(from, to)",
          expects: { en: "two dates", zh: "两个日期" },
          found: x.ty,
          write: `monthsBetween(facts.arrearsFrom, ${today})`,
        });
    }
    if (from.ty.k !== "date" || to.ty.k !== "date") return failed(call.span);
    return { op: "call", fn: "monthsBetween", args: [from, to], ty: T.duration("个月"), scale: 0, span: call.span };
  },
  emit: (_, { args }) => `rt.monthsBetween(${args.join(", ")})`,
  examples: [
    {
      declarations: 'facts {\n  arrearsFrom: date "欠费起始日"\n}',
      expression: "monthsBetween(facts.arrearsFrom, facts.date) >= 12个月",
      type: "bool",
      facts: { date: "2024-01-30", arrearsFrom: "2023-01-31" },
      gives: false,
      working: "2023-01-31 + 12个月 = 2024-01-31, after 2024-01-30: 11 months complete, not 满12个月",
    },
    {
      declarations: 'facts {\n  arrearsFrom: date "欠费起始日"\n}',
      expression: "monthsBetween(facts.arrearsFrom, facts.date) = 1个月",
      type: "bool",
      facts: { date: "2024-02-29", arrearsFrom: "2024-01-31" },
      gives: true,
      working: "2024-01-31 + 1个月 = 2024-02-29 (no 31 February): one month complete on 29 February",
    },
  ],
};

export default monthsBetween;
