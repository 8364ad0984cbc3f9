// What a built-in function is: one file per function (this folder), registered in index.ts. The file says how
// it is called, its type rule and what IR it lowers to (check), the TypeScript it emits (emit), the line of
// docs/language.md that describes it, and worked examples the test suite runs through the whole pipeline
// (test/compiler/builtins.test.ts). Nothing else in the compiler names a built-in.
import type { CallExpr, Expr, Ident, Span } from "../../dsl/ast.js";
import type { Note } from "../../dsl/diagnostic.js";
import type { Entry } from "../../dsl/messages/entry.js";
import type { Unstatable } from "../messages/case-inputs.js";
import type { NotHeld } from "../messages/exact-numbers.js";
import type { CaseCondition } from "../../runtime/module.js";
import type { Env } from "../check/expr.js";
import type { ExprContext } from "../emit/expr.js";
import type { Ir, UnitIr } from "../ir/ir.js";
import type { Ty } from "../ir/types.js";

/** A call of a built-in, lowered: the function and its arguments as IR. */
export type CallIr = Extract<Ir, { op: "call" }>;

/** What a built-in's type rule may ask of the expression checker. */
export interface CallCheck {
  call: CallExpr;
  /** The type the context expects, if any. */
  expected: Ty | undefined;
  /** Types an argument (or any expression), as the checker types every expression. */
  check(e: Expr, expected?: Ty): Ir;
  /** Reports the diagnostic of a catalogue entry at `span` and returns IR in error. */
  diagnose<P>(entry: Entry<P>, span: Span, params: NoInfer<P>, notes?: Note[]): Ir;
  /** IR in error that reports nothing (an argument already reported). */
  failed(span: Span): Ir;
  /** Enum members named in a call, by their canonical names; unknown ones reported. */
  members(enumName: string, ids: Ident[]): string[];
  env: Env;
  /** `claim.date` or `facts.date`: the case's own date, for examples in help lines. */
  today: string;
}

/** What a built-in's emission may use: its arguments as TypeScript, and the module's context. */
export interface CallEmit {
  args: string[];
  cx: ExprContext;
  /** TypeScript for any IR node. */
  emit(ir: Ir): string;
}

/** A built-in's reading of a `required when` condition into the case schema's forms, when it has one. */
export interface SchemaConditionContext {
  /** The field an input node reads, or undefined (reported) when it is not a field of the block. */
  field(x: Ir): string | undefined;
  /** Every accepted spelling of the given members. */
  spellings(enumName: string, members: readonly string[]): string[];
  fail(span: Span, why: Unstatable): undefined;
}

/** A rule file's example of the function, worked out by hand, which the test suite evaluates. */
export interface BuiltinExample {
  /** Declarations the expression needs (input fields, band schedules), as a rule file writes them. */
  declarations?: string;
  /** An expression calling the function. */
  expression: string;
  /** The type of its output: money, rate, int, bool or date. */
  type: "money" | "rate" | "int" | "bool" | "date";
  /** The facts of the case (its `date` included). */
  facts: Record<string, unknown>;
  /** The output `regc run` gives, worked out by hand. */
  gives: string | number | boolean;
  /** The working. */
  working: string;
}

export interface Builtin {
  name: string;
  /** How it is called: docs/language.md, and the help line of a call with the wrong number of arguments. */
  signature: string;
  /** What it gives, in one line of docs/language.md's table of functions. */
  doc: string;
  /** The fewest and the most arguments it takes. */
  arity: readonly [number, number];
  /** The type rule: types the arguments and lowers the call, usually to a `call` node. */
  check(c: CallCheck): Ir;
  /** The TypeScript a lowered call becomes, over the runtime's helpers. */
  emit(node: CallIr, e: CallEmit): string;
  /** Asks the official calendar: its value is unknown for a year no notice arranges. */
  asksCalendar?: boolean;
  /** Inputs the call shows to be present, so that they may be read in the branch it guards. */
  guards?(node: CallIr): string[];
  /** A `required when` condition in the case schema's forms. */
  schemaCondition?(node: CallIr, c: SchemaConditionContext): CaseCondition | undefined;
  /** Why the call cannot be computed exactly at its scales, if it cannot (E0320). */
  inexact?(node: CallIr, unit: UnitIr): NotHeld | undefined;
  /** The call in the rule language's notation, when it is not name(arguments). */
  print?(node: CallIr, print: (ir: Ir) => string): string;
  examples: readonly BuiltinExample[];
}
