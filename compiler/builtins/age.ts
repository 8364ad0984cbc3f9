// age(birth, on): full years of age (周岁) on a date; a birthday on 29 February is reached on 1 March in other
// years (runtime/date.ts).
import type { Expr } from "../../dsl/ast.js";
import { T } from "../ir/types.js";
import * as Types from "../messages/types.js";
import type { Builtin } from "./builtin.js";

const age: Builtin = {
  name: "age",
  signature: "age(birthDate, onDate)",
  doc: "full years of age (周岁) on a date",
  arity: [2, 2],
  check({ call, check, diagnose, failed }) {
    const [b, o] = call.args as [Expr, Expr];
    const birth = check(b, T.date);
    const on = check(o, T.date);
    for (const [x, a] of [
      [birth, b],
      [on, o],
    ] as const) {
      if (x.ty.k !== "date" && x.ty.k !== "error")
        diagnose(Types.argumentKind, a.span, {
          call: "age(birth, on)",
          expects: { en: "two dates", zh: "两个日期" },
          found: x.ty,
          write: "age(person.birthDate, claim.date)",
        });
    }
    if (birth.ty.k !== "date" || on.ty.k !== "date") return failed(call.span);
    return { op: "call", fn: "age", args: [birth, on], ty: T.duration("周岁"), scale: 0, span: call.span };
  },
  emit: (_, { args }) => `rt.ageInYears(${args.join(", ")})`,
  examples: [
    {
      expression: "age(1964-03-02, facts.date) >= 60周岁",
      type: "bool",
      facts: { date: "2024-03-01" },
      gives: false,
      working: "born 1964-03-02: 60 only from 2024-03-02, so 59 on 2024-03-01",
    },
    {
      expression: "age(1964-03-01, facts.date) >= 60周岁",
      type: "bool",
      facts: { date: "2024-03-01" },
      gives: true,
      working: "born 1964-03-01: 60 on 2024-03-01",
    },
  ],
};

export default age;
