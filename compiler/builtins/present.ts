// present(field): whether an optional input was given. Inside the branch it guards (`if present(x) then …`,
// `present(x) and …`) the field may be read; elsewhere reading an optional field that is missing is an error
// naming the field, never a value.
import { T } from "../ir/types.js";
import * as Types from "../messages/types.js";
import type { Builtin } from "./builtin.js";

const present: Builtin = {
  name: "present",
  signature: "present(optionalField)",
  doc: "whether an optional input was given; the branch it guards may read it",
  arity: [1, 1],
  check({ call, check, diagnose, env }) {
    const arg = call.args[0]!;
    const x = check(arg);
    if (x.ty.k === "error") return x;
    if (x.op !== "input" || !x.optional) {
      const field = x.op === "input" ? env.symbols.inputs[x.scope].get(x.field) : undefined;
      return diagnose(
        Types.presentOfRequired,
        arg.span,
        field ? { field: field.name.name } : {},
        field ? [{ span: field.name.span, text: Types.typeNotes.withoutOptional(field.name.name) }] : undefined,
      );
    }
    return { op: "call", fn: "present", args: [x], ty: T.bool, scale: 0, span: call.span };
  },
  // The field itself, not rt.need(…): asking whether it is there must not fail when it is not.
  emit: (node, { cx, emit }) => {
    const x = node.args[0]!;
    return `(${x.op === "input" ? `${x.scope === "claim" ? cx.claimVar : x.scope}.${x.field}` : emit(x)} !== undefined)`;
  },
  guards: (node) => {
    const x = node.args[0]!;
    return x.op === "input" ? [`${x.scope}.${x.field}`] : [];
  },
  schemaCondition: (node, { field }) => {
    const name = field(node.args[0]!);
    return name === undefined ? undefined : { op: "present", field: name };
  },
  examples: [
    {
      declarations: 'facts {\n  paidOn: optional date "缴清日期"\n}',
      expression: "present(facts.paidOn) and facts.paidOn <= facts.date",
      type: "bool",
      facts: { date: "2024-03-01" },
      gives: false,
      working: "no paidOn given: present is false, and paidOn is not read",
    },
  ],
};

export default present;
