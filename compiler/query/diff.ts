// What differs between two compiled policies (two jurisdictions of one plan, or two versions of one
// document): parameter by parameter, row by row and rule by rule, each side with its citation. Things that
// are the same — typically everything both inherit unchanged from a template — are not listed.
import type { Lang, Text } from "../../dsl/lang.js";
import type { UnitIr } from "../ir/ir.js";
import { constantText, printIr } from "../ir/print.js";
import { unitId } from "../program.js";

export interface DiffEntry {
  /** `param 救助比例[特困人员]`, `value 倾斜救助`, `document effective`, … */
  what: string;
  a?: { text: string; citation: string };
  b?: { text: string; citation: string };
}

export interface PolicyDiff {
  a: string;
  b: string;
  entries: DiffEntry[];
}

type Facts = Map<string, { text: string; citation: string }>;

/** The order differences are listed in: the document first, then what a rule file declares, in its order. */
const GROUPS = [
  "document",
  "enum",
  "input",
  "param",
  "bands",
  "foreach",
  "ledger",
  "status",
  "value",
  "adjust",
  "exception",
  "carveout",
  "precondition",
  "output",
];

/**
 * The words a fact is said in beside the rule file's own text (expressions, types and keywords, the same in both
 * languages): a document's last day or amendments, whether an input must be given, an exception's order.
 */
const WORDS = {
  noEnd: { en: "no end", zh: "无终止日期" },
  yes: { en: "yes", zh: "是" },
  applies: { en: "applies", zh: "适用" },
  optional: { en: " (optional)", zh: "（选填）" },
  amendedFrom: (from: string): Text => ({ en: `from ${from}`, zh: `自 ${from} 起` }),
  requiredWhen: (when: string): Text => ({ en: ` (required when ${when})`, zh: `（${when} 时必填）` }),
  byDefault: (value: string): Text => ({ en: ` (default ${value})`, zh: `（默认 ${value}）` }),
  precedence: (n: number): Text => ({ en: ` (precedence ${n})`, zh: `（优先顺序 ${n}）` }),
};

/** `lang`: the language of a document's period reasons and facts (the reports' `text`); names are the same. */
export function diffUnits(a: UnitIr, b: UnitIr, lang: Lang = "en"): PolicyDiff {
  const fa = factsOf(a, lang);
  const fb = factsOf(b, lang);
  const group = (key: string) => GROUPS.indexOf(key.split(" ")[0]!);
  const keys = [...new Set([...fa.keys(), ...fb.keys()])]
    .map((k, i) => ({ k, i }))
    .sort((x, y) => group(x.k) - group(y.k) || x.i - y.i)
    .map((x) => x.k);
  const entries: DiffEntry[] = [];
  for (const what of keys) {
    const x = fa.get(what);
    const y = fb.get(what);
    if (x && y && x.text === y.text) continue;
    entries.push({ what, ...(x ? { a: x } : {}), ...(y ? { b: y } : {}) });
  }
  return { a: unitId(a), b: unitId(b), entries };
}

function factsOf(u: UnitIr, lang: Lang): Facts {
  const facts: Facts = new Map();
  const cite = (at: number) => u.provenance[at]!.citation;
  const doc = u.provenance.find((p) => p.kind === "document")?.citation ?? u.number;
  facts.set("document title", { text: u.title, citation: doc });
  facts.set("document in force from", { text: `${u.inForce.from} — ${u.inForce.fromReason[lang]}`, citation: doc });
  if (u.document.issuer) facts.set("document issuer", { text: u.document.issuer, citation: doc });
  if (u.document.plan) facts.set("document plan", { text: u.document.plan, citation: doc });
  for (const r of u.document.relations) facts.set(`document ${r}`, { text: WORDS.yes[lang], citation: doc });
  for (const a of u.amendments ?? []) facts.set(`document amended by ${a.number}`, { text: WORDS.amendedFrom(a.from)[lang], citation: a.number });
  facts.set("document in force until", { text: u.inForce.to ? `${u.inForce.to} — ${u.inForce.toReason[lang]}` : WORDS.noEnd[lang], citation: doc });
  for (const e of u.enums) facts.set(`enum ${e.name}`, { text: e.members.join(", "), citation: doc });
  for (const f of [
    ...u.person.map((x) => ["person", x] as const),
    ...u.claim.map((x) => ["claim", x] as const),
    ...u.facts.map((x) => ["facts", x] as const),
  ]) {
    const [scope, spec] = f;
    const presence = spec.required
      ? ""
      : spec.requiredWhen
        ? WORDS.requiredWhen(spec.requiredWhen.text)[lang]
        : spec.default !== undefined
          ? WORDS.byDefault(String(spec.default))[lang]
          : WORDS.optional[lang];
    facts.set(`input ${scope}.${spec.name}`, {
      text: `${spec.signed ? "signed " : ""}${spec.type.kind}${"name" in spec.type ? ` ${spec.type.name}` : ""}${presence}`,
      citation: doc,
    });
  }
  for (const p of u.params) {
    if (p.table)
      for (const [member, v] of p.table.rows)
        facts.set(`param ${p.name}[${member}]`, { text: printIr(v), citation: cite(p.table.rowsAt?.get(member)?.at ?? p.at) });
    else if (p.value) facts.set(`param ${p.name}`, { text: printIr(p.value), citation: cite(p.at) });
  }
  for (const bd of u.bands) {
    const bands = bd.rates.map((r, i) => {
      const lo = constantText(bd.lowers[i]!, bd.amountScale, { k: "money" });
      const hi = i < bd.uppers.length ? constantText(bd.uppers[i]!, bd.amountScale, { k: "money" }) : "";
      const edge = `${lo} ${bd.lowerInclusive[i] ? "<=" : "<"} x${hi ? ` ${bd.upperInclusive[i] ? "<=" : "<"} ${hi}` : ""}`;
      return `${edge}: ${constantText(r, bd.rateScale, { k: "rate" })}`;
    });
    facts.set(`bands ${bd.name}`, { text: bands.join("; "), citation: cite(bd.at) });
  }
  for (const step of u.steps) {
    switch (step.kind) {
      case "value": {
        const v = step.v;
        facts.set(`value ${v.name}`, { text: printIr(v.expr), citation: cite(v.at) });
        for (const r of v.adjusts)
          facts.set(`adjust ${r.name} on ${v.name}`, { text: `when ${printIr(r.cond)} then ${printIr(r.value)}`, citation: cite(r.at) });
        v.exceptions.forEach((r, i) =>
          facts.set(`exception ${r.name} on ${v.name}`, {
            text: `when ${printIr(r.cond)} then ${printIr(r.value)}${WORDS.precedence(i + 1)[lang]}`,
            citation: cite(r.at),
          }),
        );
        for (const r of v.limits) facts.set(`${r.form} ${r.name} on ${v.name}`, { text: `when ${printIr(r.cond)}`, citation: cite(r.at) });
        break;
      }
      case "ledger":
        facts.set(`ledger ${step.l.name}`, {
          text: `${step.l.kind} per year ${step.l.kind === "tally" ? "of" : "="} ${printIr(step.l.amount)}`,
          citation: cite(step.l.at),
        });
        break;
      case "status":
        facts.set(`status ${step.s.status} when ${printIr(step.s.cond)}`, { text: WORDS.applies[lang], citation: cite(step.s.at) });
        break;
      case "output":
        facts.set(`output ${step.o.name}`, { text: printIr(step.o.expr), citation: cite(step.o.at) });
        break;
    }
  }
  if (u.strategy) {
    const s = u.strategy;
    facts.set("foreach", { text: `${s.variable} in ${printIr(s.set)} covering ${s.covering.join(", ")} choose highest ${s.choose}`, citation: cite(s.at) });
  }
  return facts;
}
