// has(list, member, …): whether a list input (a field of type `set of ENUM`) holds any of the members named.
import type { Ident } from "../../dsl/ast.js";
import { T } from "../ir/types.js";
import { tsString } from "../emit/escape.js";
import * as Types from "../messages/types.js";
import type { Builtin } from "./builtin.js";

const has: Builtin = {
  name: "has",
  signature: "has(list, member, …)",
  doc: "whether a list input holds any of the members named",
  arity: [2, Infinity],
  check({ call, check, diagnose, members, env }) {
    const args = call.args;
    const set = check(args[0]!);
    if (set.ty.k === "error") return set;
    if (set.ty.k !== "set")
      return diagnose(Types.argumentKind, args[0]!.span, {
        call: "has(list, member…)",
        expects: { en: "a list of enum members first (a field of type set of ENUM)", zh: "第一个参数是枚举成员的列表（set of 枚举 类型的字段）" },
        found: set.ty,
        write: set.ty.k === "enum" ? "x in {member, …}" : "has(list, member, …)",
      });
    const ids = args.slice(1).map((a) => (a.kind === "NameRef" ? a.name : undefined));
    const badArg = ids.findIndex((i) => !i);
    if (badArg >= 0)
      return diagnose(Types.argumentKind, args[badArg + 1]!.span, {
        call: "has(list, member…)",
        expects: { en: "member names after the list", zh: "列表之后写成员名称" },
        write: `has(list, ${env.symbols.enums.get(set.ty.of)?.members[0] ?? "…"})`,
      });
    const of = set.ty.of;
    const named = members(of, ids as Ident[]).map((member) => ({ op: "enum" as const, member, ty: T.enum(of), scale: 0, span: call.span }));
    return { op: "call", fn: "has", args: [set, ...named], ty: T.bool, scale: 0, span: call.span };
  },
  emit: (node, { args }) =>
    `(${node.args
      .slice(1)
      .map((m) => `${args[0]}.has(${tsString(m.op === "enum" ? m.member : "")})`)
      .join(" || ")})`,
  schemaCondition: (node, { field, spellings, fail }) => {
    const set = node.args[0]!;
    const name = field(set);
    if (name === undefined || set.ty.k !== "set") return set.op === "input" ? undefined : fail(set.span, { kind: "notInput" });
    return {
      op: "has",
      field: name,
      values: spellings(
        set.ty.of,
        node.args.slice(1).flatMap((m) => (m.op === "enum" ? [m.member] : [])),
      ),
    };
  },
  examples: [
    {
      declarations: 'enum 类别 { 低保对象, 特困人员, 孤儿 }\nfacts {\n  categories: set of 类别 "类别"\n}',
      expression: "has(facts.categories, 特困人员, 孤儿)",
      type: "bool",
      facts: { date: "2024-03-01", categories: ["低保对象", "孤儿"] },
      gives: true,
      working: "the list holds 孤儿",
    },
  ],
};

export default has;
