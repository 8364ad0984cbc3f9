// The shape every generated rule module exports, and what the evaluator hands to it.
import type { Calendar, CalendarStep, CalendarUnknown } from "./calendar.js";
import type { Day } from "./date.js";
import type { Text } from "./lang.js";
import type { ClaimLoopContext, OutcomeColumns } from "./claim-loop.js";
import type { RankingEvent } from "./ranking-trace.js";

/**
 * `not_encoded` and `in_force_unknown` come from routing a claim among the versions of a plan (runtime/plan.ts):
 * the version governing its date is known but has no rules, or the texts do not print the dates that decide
 * whether it governs (RULINGS R11).
 */
export type Status = "ok" | "not_in_force" | "excluded" | "not_applicable" | "not_encoded" | "in_force_unknown";

/** One traced quantity of a policy: where it is written in law and in the rule file. */
export interface Provenance {
  name: string;
  label?: string;
  kind: "input" | "param" | "value" | "exception" | "adjust" | "carveout" | "precondition" | "ledger" | "status" | "output" | "document";
  /** 文号 + article path, e.g. `绵府发〔2018〕3号 第二十七条（三）`. */
  citation: string;
  /** The article path alone, e.g. `第二十七条（三）`. */
  article: string;
  /** `policies/mianyang/employee-medical.policy:12:3`. */
  source: string;
  rulings: string[];
  /** Names of the inputs, parameters and values it is computed from. */
  uses: string[];
  /** How its traced values read (runtime/format.ts). */
  display: Display;
}

/** How a traced value is written, decided at compile time and applied only when a trace is printed. */
export type Display =
  | { kind: "money" | "rate" | "points" | "number"; scale: number }
  | { kind: "duration"; unit: string }
  | { kind: "date" | "bool" | "set" | "text" | "ledger" };

/**
 * A trace event points into the provenance table and holds the raw value (a scaled integer, a day, a flag,
 * a member), so that tracing costs little more than the evaluation; it is formatted when printed. `key` is
 * the row of a table lookup; a ledger event holds the amount used before (`value`), after (`to`) and the
 * ledger's limit.
 */
export interface TraceEvent {
  /** Index into the provenance table; -1 for a calendar step, which carries `step` instead. */
  at: number;
  value?: number | boolean | string | ReadonlySet<string>;
  key?: string;
  to?: number;
  limit?: number;
  /** A count on the official calendar (RULINGS R4), recorded for citing the notices behind the days it crossed. */
  step?: CalendarStep;
  /** The value could not be computed: it needs a year of the calendar no notice arranges. */
  unknown?: CalendarUnknown;
  /** Said of a ledger event in words (runtime/trace-messages.ts): an opening balance, or a limit that changed with a new version. */
  note?: Text;
  /** 就高不重复 (R7): the categories tried and the one chosen, rendered only when the trace is printed. */
  ranking?: RankingEvent;
}

export type FieldType =
  | { kind: "money" }
  | { kind: "rate"; scale: number }
  | { kind: "decimal"; scale: number }
  | { kind: "int" }
  | { kind: "bool" }
  | { kind: "date" }
  | { kind: "duration"; unit: string }
  | { kind: "enum"; name: string; members: Readonly<Record<string, string>> }
  | { kind: "set"; name: string; members: Readonly<Record<string, string>> }
  | { kind: "claimref" };

export interface FieldSpec {
  name: string;
  label?: string;
  type: FieldType;
  required: boolean;
  /** The JSON value used when the field is absent (money as a decimal string). */
  default?: string | number | boolean;
  /** Required only in the cases the condition holds for (`required when …`), stated as the rule file writes it. */
  requiredWhen?: { condition: CaseCondition; text: string };
  /** A number that may be negative; every other number of a case is at least 0. */
  signed?: boolean;
}

/**
 * A condition on the fields of one input block, in the forms a JSON Schema `if` can state: a field holding one
 * of some JSON values (enum spellings, true or false), whether a field is given, and their combinations. A
 * field that is absent holds its default, or nothing.
 */
export type CaseCondition =
  | { op: "is"; field: string; values: readonly (string | boolean)[] }
  /** A list field holding at least one of the members (enum spellings). */
  | { op: "has"; field: string; values: readonly string[] }
  | { op: "present"; field: string }
  | { op: "not"; arg: CaseCondition }
  | { op: "and" | "or"; args: readonly CaseCondition[] };

export interface InForce {
  from: Day;
  /** Inclusive last day, or null when the document states no end. */
  to: Day | null;
  /** Why it starts and ends, in both languages (a `not_in_force` claim's trace renders the run's). */
  fromReason: Text;
  toReason: Text;
}

export interface PolicyMeta {
  number: string;
  title: string;
  part?: string;
  /** The plan (series of versions) the document belongs to, when it declares one. */
  plan?: string;
  /**
   * A content hash of the rule files and gazette text the module was compiled from: which text of the rules
   * produced a result.
   */
  version: string;
  /** For a document's text as amended (`amends … from`): the amending documents, oldest first, and their dates. */
  amendments?: readonly { number: string; from: string }[];
  /** `claims`: a person and a sequence of claims; `facts`: one date and a set of facts. */
  mode: "claims" | "facts";
  inForce: InForce;
  source: string;
}

export interface OutputSpec {
  name: string;
  label?: string;
  /** Money is written as a string with two decimals, a rate as a decimal fraction string, a date as
   * YYYY-MM-DD, int and bool as JSON. */
  type: "money" | "rate" | "int" | "bool" | "date";
  scale: number;
  at: number;
}

export interface LedgerSpec {
  name: string;
  kind: "cap" | "deductible" | "tally";
  at: number;
}

/**
 * What one evaluation may touch, and where it leaves its answer: the year's ledger amounts (updated in place),
 * the trace, earlier claims. An evaluation returns its status and writes its outputs into `out`, so evaluating
 * a claim allocates nothing; the runtime turns that into a result object only where one is asked for.
 */
export interface EvalContext<V> {
  /** Ledger amounts used so far this year at scale 2, indexed like the module's `ledgers`. */
  used: number[];
  trace: TraceEvent[] | null;
  /** The official working-day calendar, as known on the evaluation's `knownOn` date. */
  calendar: Calendar;
  /** The values of an earlier claim of the same case, for rules that refer back to one. */
  prior(id: string, field: string): V;
  /** The outputs of an `ok` evaluation, in the module's `outputs` order (scaled integers or booleans). */
  out: (number | boolean)[];
  /** The category the result was computed under, when the policy evaluates one per category (RULINGS R7). */
  category: string | undefined;
  /** Outputs that need a calendar year no notice arranges, with the day that needed it; undefined when none. */
  unknown: Readonly<Record<string, CalendarUnknown | undefined>> | undefined;
  /** Whether an `ok` evaluation leaves its values in `values`: a later claim of the case may refer back to it. */
  keep: boolean;
  values: V | undefined;
  /**
   * The categories of `covering` a person holds, as indexes into it in the policy's order: found once per person
   * (RULINGS R7), so that tables by category are read as arrays.
   */
  covered(held: ReadonlySet<string>, covering: readonly string[]): readonly number[];
}

/** An evaluation's answer as an object (`regc run`, explanations): outputs by name, all zero unless `ok`. */
export interface Outcome<O, V> {
  status: Status;
  outputs: O;
  values?: V;
  category?: string;
  unknown?: Readonly<Record<string, CalendarUnknown | undefined>>;
}

export interface RuleModule<P = never, C = never, V = unknown> {
  meta: PolicyMeta;
  /** Read from `<module>.provenance.json` beside the module when first needed (runtime/artifacts.ts). */
  readonly provenance: readonly Provenance[];
  /** The case's JSON Schema, read from `<module>.schema.json` beside the module when first needed. */
  readonly schema: object;
  /** Inputs of a `claims` policy: facts of the person and of each claim (`id` and `date` are implicit). */
  person: readonly FieldSpec[];
  claim: readonly FieldSpec[];
  /** Inputs of a `facts` policy; it is evaluated as `evaluate(facts, { date }, cx)`. */
  facts: readonly FieldSpec[];
  outputs: readonly OutputSpec[];
  ledgers: readonly LedgerSpec[];
  /** Whether a rule reads an earlier claim's values (`prior`): only then are an evaluation's values kept. */
  refersBack: boolean;
  /**
   * Whether a claim can end other than `ok` after a rule drew on a ledger (a status decided after a draw): only
   * then does the claim loop keep a copy of the year's ledgers to put back. Absent: assumed so.
   */
  refusesAfterDrawing?: boolean;
  /** Writes the outputs of an `ok` evaluation into `cx.out`, in the order of `outputs`, and returns the status. */
  evaluate(person: P, claim: C, cx: EvalContext<V>): Status;
  /**
   * A claims module's own untraced claim loop (runtime/claim-loop.ts): a person's claims from row `row` of
   * `into`, each by evaluate(); returns the next free row. Absent for a module reading earlier claims back.
   */
  claimsInto?(person: P, claims: readonly C[], cx: ClaimLoopContext<V>, into: OutcomeColumns, row: number): number;
}
