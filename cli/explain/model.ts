// One explanation of one result, as plain data: what `regc explain` prints, the HTML page and the decision
// notice are all rendered from it, so the three cannot disagree. It joins the result and its trace, the facts
// of the case, the rules that decided (relevance.ts), the gazette's words for each article and each ruling's
// text; sentences are in the explanation's language (sentences.ts) and machine names stay in their own fields.
import type { UnitIr } from "../../compiler/ir/ir.js";
import type { AnyModule, ClaimResult, ClaimsResult, FactsResult, OutputValues, TraceEntry } from "../../runtime/evaluate.js";
import type { OutputSpec, Status } from "../../runtime/module.js";
import type { Lang } from "../../dsl/lang.js";
import { formatPercent, formatScaled, parseScaled } from "../../runtime/scaled.js";
import type { ExplainContext, QuotedProvision, RulingText } from "./context.js";
import { factsOf, type Fact } from "./facts.js";
import { relevantSteps, stepKey } from "./relevance.js";
import { calendarStepWords, outputWords } from "../explain-calendar.js";
import { articleOf, documentRef, ITEM, plainSentence, statusStatement, stepText, YES_NO, type StepFacts } from "./sentences.js";

export interface Step {
  kind: TraceEntry["kind"];
  name: string;
  label?: string;
  /** As traced. */
  value: string;
  /** The article path without the 文号 (`二（三）2第一段`); empty for an input or the document. */
  article: string;
  rulings: string[];
  /** `个人负担 = 15000.00`: the step as the article-by-article account writes it, in the explanation's language. */
  text: string;
  /** `按方案二（三）2，个人负担为15000.00元`: the step in one plain sentence, as a notice states it (Chinese). */
  plain: string;
  /** Whether the result rests on it; a step of a branch the case did not take does not. */
  applies: boolean;
}

export interface OutputLine {
  name: string;
  label: string;
  /** `未知（2027年安排未公布）` or `2027-01-25（临时推算）` for an output that is not a plain answer. */
  value: string;
  /** Why it is not a plain answer (outputStatus), in the run's language. */
  note?: string;
  article: string;
  money: boolean;
}

export interface Item {
  /** The claim id; empty for a facts result. */
  id: string;
  /** Under a plan: the version that decided it, in words (`适用示例府办发〔2024〕1号`), and that version's document. */
  version?: string;
  document?: Explanation["document"];
  /** `第1笔 c1` (`Claim 1 c1`), or `结论` (`Conclusion`) for a facts result. */
  heading: string;
  /** The claim's settlement date, or the date a facts case is judged on. */
  date?: string;
  status: Status;
  /** For a result that is not `ok`: why, in one sentence citing its provision. */
  statement?: string;
  facts: Fact[];
  /** The facts the result rests on (the date always among them). */
  deciding: Fact[];
  steps: Step[];
  outputs: OutputLine[];
  /** Each ledger as the claim leaves it: used before → after / limit. */
  ledgers: { label: string; value: string }[];
}

export interface Explanation {
  /** The language its sentences are in; a notice is rendered from a Chinese one. */
  lang: Lang;
  document: { number: string; title: string; part?: string; issuer?: string; ref: string };
  mode: "claims" | "facts";
  meta?: CaseMeta;
  person: Fact[];
  items: Item[];
  /** Money outputs summed over the `ok` claims (claims results only). */
  totals: OutputLine[];
  /** The total a notice states first: the `total` output, or the only money output. */
  headline?: OutputLine;
  provisions: QuotedProvision[];
  /** Every ruling an applied step relies on, in order of first use, each with its text. */
  rulings: RulingText[];
  appeal?: { text: string; where: string };
}

/** The optional `meta` block of a case (docs/contracts.md); never read by a rule. */
export interface CaseMeta {
  caseNumber?: string;
  applicant?: { name?: string; idNumber?: string; address?: string };
  decisionDate?: string;
}

export function explain<L extends Lang>(
  mod: AnyModule,
  unit: UnitIr,
  result: ClaimsResult | FactsResult,
  json: unknown,
  cx: ExplainContext,
  lang: L,
): Explanation & { lang: L } {
  const input = (json ?? {}) as {
    person?: Record<string, unknown>;
    claims?: Record<string, unknown>[];
    facts?: Record<string, unknown>;
    date?: string;
    meta?: CaseMeta;
  };
  const ref = documentRef(mod.meta.title);
  const displays = new Map(mod.provenance.map((p) => [stepKey(p), p]));
  const env: StepFacts = { lang, ref, number: mod.meta.number, display: (t) => displays.get(stepKey(t)) };
  const person = mod.meta.mode === "claims" ? factsOf("person", mod.person, input.person, lang) : [];
  const items: Item[] =
    "claims" in result
      ? result.claims.map((c, i) =>
          item(unit, c, ITEM[lang].claim(i + 1, c.id), c.id, input.claims?.[i] ?? {}, factsOf("claim", mod.claim, input.claims?.[i], lang), person, env, mod),
        )
      : [
          item(
            unit,
            {
              id: "",
              status: result.status,
              outputs: result.outputs,
              ...(result.outputStatus ? { outputStatus: result.outputStatus } : {}),
              trace: result.trace ?? [],
            },
            ITEM[lang].conclusion,
            "",
            input,
            factsOf("facts", mod.facts, input.facts, lang),
            [],
            env,
            mod,
          ),
        ];
  const totals = "claims" in result ? sums(mod, items) : [];
  const headline = totals.find((o) => o.name === "total") ?? (totals.length === 1 ? totals[0] : undefined);
  const applied = items.flatMap((i) => i.steps.filter((s) => s.applies));
  const articles = [...new Set(applied.flatMap((s) => s.article.split("、")).filter(Boolean))];
  return {
    lang,
    document: {
      number: mod.meta.number,
      title: mod.meta.title,
      ...(mod.meta.part ? { part: mod.meta.part } : {}),
      ...(unit.document.issuer ? { issuer: unit.document.issuer } : {}),
      ref,
    },
    mode: mod.meta.mode,
    ...(input.meta ? { meta: input.meta } : {}),
    person,
    items,
    totals,
    ...(headline ? { headline } : {}),
    provisions: cx.provisions(articles),
    rulings: [...new Set(applied.flatMap((s) => s.rulings))].map((id) => cx.ruling(id)),
    ...(cx.appeal ? { appeal: cx.appeal } : {}),
  };
}

function item(
  unit: UnitIr,
  c: ClaimResult,
  heading: string,
  id: string,
  json: Record<string, unknown>,
  facts: Fact[],
  person: Fact[],
  env: StepFacts,
  mod: AnyModule,
): Item {
  const trace = c.trace ?? [];
  const relevant = relevantSteps(unit, trace);
  const date = typeof json.date === "string" ? json.date : undefined;
  const dated: Fact[] = date
    ? [{ name: id ? "claim.date" : "date", label: id ? ITEM[env.lang].claimDate : ITEM[env.lang].date, value: date }, ...facts]
    : facts;
  const steps = trace
    .filter((t) => t.kind !== "input")
    .map((t): Step => {
      if (t.calendar) {
        // A count on the official calendar cites the notices that decided the days it crossed.
        const words = calendarStepWords(t.calendar, env.lang);
        return { kind: t.kind, name: t.name, value: t.value, article: "", rulings: t.rulings ?? [], text: words, plain: words, applies: true };
      }
      const article = articleOf(env.number, t);
      return {
        kind: t.kind,
        name: t.name,
        ...(t.label ? { label: t.label } : {}),
        value: t.value,
        article,
        rulings: t.rulings ?? [],
        text: stepText(t, env),
        plain: plainSentence(t, article, env),
        applies: relevant.steps.has(stepKey(t)),
      };
    });
  // A calendar count applies when the value it computes does: the step traced right after it.
  for (let i = steps.length - 1; i >= 0; i--) if (steps[i]!.kind === "calendar") steps[i]!.applies = steps[i + 1]?.applies ?? true;
  const statement = c.status === "ok" ? undefined : statusStatement(c.status, trace, date, env, mod, [...person, ...facts]);
  return {
    id,
    heading,
    ...(date ? { date } : {}),
    status: c.status,
    ...(statement ? { statement } : {}),
    facts: dated,
    deciding: dated.filter((f) => f.name === "claim.date" || f.name === "date" || relevant.inputs.has(f.name)),
    steps,
    outputs: outputLines(mod, c, trace, env),
    ledgers: ledgerLines(trace),
  };
}

function outputLines(mod: AnyModule, c: ClaimResult, trace: readonly TraceEntry[], env: StepFacts): OutputLine[] {
  return mod.outputs
    .filter((o) => o.name in c.outputs)
    .map((o) => {
      const step = trace.find((t) => t.kind === "output" && t.name === o.name);
      const value = c.outputs[o.name];
      const status = c.outputStatus?.[o.name];
      return {
        name: o.name,
        label: o.label ?? o.name,
        value: status ? outputWords(value, status, env.lang) : outputText(o, value, env.lang),
        ...(status ? { note: status.reason } : {}),
        article: step ? articleOf(env.number, step) : "",
        money: o.type === "money",
      };
    });
}

/** An output as people read it: a rate as a percentage (the result's `"0.1500"` is 15%), yes/no as 是/否. */
function outputText(o: OutputSpec, value: OutputValues[string] | undefined, lang: Lang): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "boolean") return YES_NO[lang](String(value));
  if (o.type === "rate") {
    const v = parseScaled(String(value), o.scale);
    return v === undefined ? String(value) : formatPercent(v, o.scale);
  }
  return String(value);
}

function ledgerLines(trace: readonly TraceEntry[]): { label: string; value: string }[] {
  const last = new Map<string, string>();
  for (const t of trace) if (t.kind === "ledger") last.set(t.label ?? t.name, t.value);
  return [...last].map(([label, value]) => ({ label, value }));
}

/** Each money output added up over the claims that were paid (a claim that is not `ok` pays nothing). */
function sums(mod: AnyModule, items: readonly Item[]): OutputLine[] {
  return mod.outputs
    .filter((o) => o.type === "money")
    .map((o) => {
      let sum = 0;
      let article = "";
      for (const i of items) {
        const line = i.outputs.find((x) => x.name === o.name);
        article ||= line?.article ?? "";
        if (i.status === "ok" && line) sum += parseScaled(line.value, 2) ?? 0;
      }
      return { name: o.name, label: o.label ?? o.name, value: formatScaled(sum, 2, 2), article, money: true };
    });
}
