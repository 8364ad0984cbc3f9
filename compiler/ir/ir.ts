// The checked, typed form of a rule file that the emitters read. Names are resolved, every numeric
// expression has its scale, scale changes are explicit (`up`, `round`), so emitting code is mechanical.
import type { Span } from "../../dsl/ast.js";
import type { Text } from "../../dsl/lang.js";
import type { FieldSpec, FieldType, Provenance } from "../../runtime/module.js";
import type { Ty } from "./types.js";

interface Base {
  ty: Ty;
  /** Decimals of a numeric value (its run-time integer means n × 10^-scale); 0 otherwise. */
  scale: number;
  span: Span;
}

export type Ir = Base &
  (
    | { op: "num"; value: number }
    | { op: "bool"; value: boolean }
    | { op: "date"; iso: string }
    | { op: "enum"; member: string }
    | { op: "input"; scope: "person" | "claim" | "facts"; field: string; optional: boolean; guarded: boolean; citation: string }
    | { op: "ref"; name: string }
    | { op: "index"; table: string; key: Ir }
    | { op: "neg"; operand: Ir }
    | { op: "not"; operand: Ir }
    | { op: "arith"; operator: "+" | "-" | "*"; left: Ir; right: Ir }
    /** A date moved by a duration (日, 工作日, 个月, 年). */
    | { op: "dateShift"; operator: "+" | "-"; date: Ir; by: Ir }
    /** The days from `right` to `left`. */
    | { op: "dateDiff"; left: Ir; right: Ir }
    | { op: "cmp"; operator: "=" | "!=" | "<" | "<=" | ">" | ">="; left: Ir; right: Ir }
    | { op: "logic"; operator: "and" | "or"; left: Ir; right: Ir }
    | { op: "in"; subject: Ir; members: string[]; negated: boolean }
    | { op: "if"; cond: Ir; ifTrue: Ir; ifFalse: Ir }
    /** An exact value written with `digits` more decimals (a scale change, never a rounding). */
    | { op: "up"; operand: Ir; digits: number }
    /** A built-in function (compiler/builtins/), by name. */
    | { op: "call"; fn: string; args: Ir[] }
    /** An amount taken within a cap ledger, or beyond a deductible one. */
    | { op: "ledger"; take: "within" | "beyond"; ledger: string; amount: Ir }
    | { op: "tallyRead"; ledger: string; which: "before" | "after" }
    /** A value of an earlier claim, which `claim` refers to. */
    | { op: "prior"; claim: Ir; value: string }
    /** The category a `foreach` evaluation is for. */
    | { op: "category"; name: string }
  );

/** What a traced quantity's entry in the provenance table says of it, as the checker found it. */
export interface Origin {
  kind: Provenance["kind"];
  /** The label a reader sees (an output's, a status's plain statement, a carve-out's words). */
  label?: string;
  /** The article paths it cites, and the rulings it relies on. */
  articles: string[];
  rulings: string[];
  /** Where it is declared. */
  span: Span;
  /** The expressions it computes from: the names they read are the entry's `uses`. */
  reads: Ir[];
  /** The document its citation names when not the unit's: an amendment's own declarations cite the amending one. */
  document?: string;
}

/** A declared quantity's entry in the provenance table, and where the trace points. */
export interface Traced {
  name: string;
  /** Index into the module's provenance table, numbered by lower/provenance.ts (−1 until then). */
  at: number;
  origin: Origin;
}

export interface ParamIr extends Traced {
  ty: Ty;
  scale: number;
  /** A single value, or one value per enum member. */
  value?: Ir;
  /**
   * `rowsAt`: where each row is traced, when rows rest on different documents (an amendment that replaces
   * some rows of a table: those rows cite the amending document, the others the amended one).
   */
  table?: { enumName: string; rows: Map<string, Ir>; rowsAt?: Map<string, Traced> };
}

export interface BandsIr extends Traced {
  /** Edges at `amountScale`; the first band's lower edge, then each band's lower edge. */
  lowers: number[];
  lowerInclusive: boolean[];
  uppers: number[];
  upperInclusive: boolean[];
  rates: number[];
  amountScale: number;
  rateScale: number;
}

export interface RuleBranch extends Traced {
  cond: Ir;
  value: Ir;
  citation: string;
}

export interface ValueIr extends Traced {
  ty: Ty;
  scale: number;
  expr: Ir;
  adjusts: RuleBranch[];
  /** Highest precedence first; `unordered` lists pairs whose agreement is checked at run time. */
  exceptions: RuleBranch[];
  unordered: [number, number][];
  /** Carve-outs and preconditions of a yes/no value, applied last: each can only make it false. */
  limits: LimitIr[];
}

/** `value` is false; a carve-out applies when `cond` holds, a precondition when it does not. */
export interface LimitIr extends RuleBranch {
  form: "carveout" | "precondition";
}

export interface LedgerIr extends Traced {
  index: number;
  kind: "cap" | "deductible" | "tally";
  amount: Ir;
}

export interface StatusIr extends Traced {
  status: "excluded" | "not_applicable";
  cond: Ir;
}

export interface OutputIr extends Traced {
  expr: Ir;
  ty: Ty;
  scale: number;
  label?: string;
}

/** R7 就高不重复, as checked: evaluate once per covered category held, keep the highest `choose` output. */
export interface ForeachIr extends Traced {
  variable: string;
  enumName: string;
  set: Ir;
  covering: string[];
  choose: string;
}

/** R7 就高不重复, lowered: which steps run once per category. */
export interface StrategyIr extends ForeachIr {
  /** Steps that depend on the category (run once per category held); the others run once, before. */
  perCategory: Set<Step>;
}

/** A field of an input block, checked: what the input contract (lower/inputs.ts) is built from. */
export interface InputIr {
  scope: "person" | "claim" | "facts";
  name: string;
  label?: string;
  ty: Ty;
  /** The type a case gives it in. */
  type: FieldType;
  optional: boolean;
  /** Declared `signed` on a number. */
  signed: boolean;
  /** The default's value as a case would carry it, when one is declared. */
  default?: string | number | boolean;
  /** `required when …`: its text, and the condition when it checked as yes/no and the field can have one. */
  requiredWhen?: { text: string; condition?: Ir; span: Span };
  span: Span;
}

/** One step of a claim's evaluation, in dependency order. */
export type Step = { kind: "value"; v: ValueIr } | { kind: "ledger"; l: LedgerIr } | { kind: "status"; s: StatusIr } | { kind: "output"; o: OutputIr };

/** An input as the trace records it. */
export interface InputTraced extends Traced {
  scope: "person" | "claim" | "facts";
  field: string;
  ty: Ty;
  scale: number;
}

export interface EnumIr {
  name: string;
  members: string[];
  /** Every accepted spelling (members and aliases) → member. */
  spellings: Record<string, string>;
}

/** An amendment applied to a unit's rules: the amending document and the day its text applies from. */
export interface AmendmentIr {
  number: string;
  title: string;
  from: string;
}

export interface UnitIr {
  /** The rule file, relative to the project root. */
  file: string;
  /** Module path relative to `generated/`, without extension, e.g. `mianyang/employee-medical`. */
  moduleName: string;
  number: string;
  title: string;
  part?: string;
  /** For a version of a document as amended (`amends … from`): the amendments applied, oldest first. */
  amendments?: AmendmentIr[];
  mode: "claims" | "facts";
  inForce: { from: string; to: string | null; fromReason: Text; toReason: Text };
  /** The document's metadata beyond its dates, for comparing versions (`regc diff`). */
  document: { issuer?: string; plan?: string; appeal?: { text: string; where: string }; relations: string[] };
  source: string;
  enums: EnumIr[];
  person: FieldSpec[];
  claim: FieldSpec[];
  facts: FieldSpec[];
  params: ParamIr[];
  bands: BandsIr[];
  ledgers: LedgerIr[];
  steps: Step[];
  strategy?: StrategyIr;
  outputs: OutputIr[];
  provenance: Provenance[];
  /** Trace events for the inputs a claim's evaluation reads, emitted first. */
  inputsTraced: InputTraced[];
}
