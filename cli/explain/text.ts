// A case worker's account of a result (`regc explain`), rendered from the explanation model in its language:
// each claim's facts, every step the result rests on with the article it applies, why a claim was not paid, its
// amounts and the year's ledgers after it; then the totals, the words of every article relied on, quoted from
// the gazette text (in Chinese, as the gazette prints them, in either language), and every ruling relied on
// with its text.
import type { Lang } from "../../dsl/lang.js";
import { rulingText } from "./context.js";
import { named, yuan } from "./english.js";
import type { Fact } from "./facts.js";
import type { Explanation, Item, OutputLine } from "./model.js";
import { ledgerEn, STATUS } from "./sentences.js";

/** The account's own words around what the model says, in each language. */
const WORDS: Record<
  Lang,
  {
    heading(title: string, number: string, part: string | undefined): string;
    applicant: string;
    totals(n: number): string;
    provisions(title: string, number: string): string;
    rulings: string;
    /** Between an article path or a ruling id and its words. */
    gap: string;
    item(heading: string, version: string | undefined, status: string): string;
    inputs: string;
    statement: string;
    basis(basis: string, text: string, rulings: readonly string[]): string;
    skipped(steps: readonly string[]): string;
    result: string;
    note(label: string, name: string, note: string): string;
    ledgers: string;
    fact(f: Fact): string;
    output(o: OutputLine, withName: boolean): string;
    ledger(l: { label: string; value: string }): string;
    sep: string;
    by(title: string, article: string): string;
    byOther(article: string): string;
  }
> = {
  zh: {
    heading: (title, number, part) => `《${title}》（${number}${part ? `，${part}` : ""}）`,
    applicant: "申请人：",
    totals: (n) => `合计（${n}笔）：`,
    provisions: (title, number) => `条文（《${title}》${number}）：`,
    rulings: "解释依据：",
    gap: "　",
    item: (heading, version, status) => `${heading}${version ? `（${version}）` : ""}：${status}`,
    inputs: "  输入：",
    statement: "  说明：",
    basis: (basis, text, rulings) => `  ${basis}，${text}${rulings.length ? `（解释依据：${rulings.join("、")}）` : ""}`,
    skipped: (steps) => `  未适用：${steps.join("、")}`,
    result: "  结果：",
    note: (label, name, note) => `  说明：${label}（${name}）——${note}`,
    ledgers: "  年度台账：",
    fact: (f) => `${f.label} ${f.value}`,
    output: (o, withName) => `${o.label}${withName ? `（${o.name}）` : " "}${o.value}`,
    ledger: (l) => `${l.label} ${l.value}`,
    sep: "；",
    by: (title, article) => `依据《${title}》${article}`,
    byOther: (article) => `依据${article}`,
  },
  en: {
    heading: (title, number, part) => `《${title}》 (${number}${part ? `, ${part}` : ""})`,
    applicant: "Applicant: ",
    totals: (n) => `Totals (${n} claims): `,
    provisions: (title, number) => `Articles relied on (《${title}》 ${number}), quoted from the gazette:`,
    rulings: "Rulings relied on:",
    gap: "  ",
    item: (heading, version, status) => `${heading}${version ? ` (${version})` : ""}: ${status}`,
    inputs: "  Inputs: ",
    statement: "  Why: ",
    basis: (basis, text, rulings) => `  ${basis}: ${text}${rulings.length ? ` (rulings: ${rulings.join(", ")})` : ""}`,
    skipped: (steps) => `  Not applied: ${steps.join(", ")}`,
    result: "  Result: ",
    note: (label, name, note) => `  Note: ${named(label)} (${name}): ${note}`,
    ledgers: "  Annual ledgers: ",
    fact: (f) => `${named(f.label)}: ${f.value}`,
    output: (o, withName) => `${named(o.label)}${withName ? ` (${o.name})` : ""} ${o.money ? yuan(o.value) : named(o.value)}`,
    ledger: (l) => `${named(l.label)}: used ${ledgerEn(l.value)}`,
    sep: "; ",
    by: (title, article) => `Under 《${title}》 ${article}`,
    byOther: (article) => `Under ${article}`,
  },
};

export function explanationText(x: Explanation): string {
  const w = WORDS[x.lang];
  const lines: string[] = [documentHeading(x)];
  if (x.person.length) lines.push(`${w.applicant}${x.person.map(w.fact).join(w.sep)}`);
  for (const item of x.items) lines.push("", ...itemText(x, item));
  if (x.mode === "claims" && x.items.length > 1 && x.totals.length)
    lines.push("", `${w.totals(x.items.length)}${x.totals.map((o) => w.output(o, false)).join(w.sep)}`);
  if (x.provisions.length) {
    lines.push("", w.provisions(x.document.title, x.document.number));
    for (const q of x.provisions) lines.push(`  ${q.path}${w.gap}${q.text.split("\n").join("\n    ")}`);
  }
  if (x.rulings.length) {
    lines.push("", w.rulings);
    for (const r of x.rulings) lines.push(`  ${r.id}${w.gap}${rulingText(r, x.lang)}`);
  }
  return lines.join("\n") + "\n";
}

export function documentHeading(x: Pick<Explanation, "document" | "lang">): string {
  return WORDS[x.lang].heading(x.document.title, x.document.number, x.document.part);
}

export function itemText(x: Pick<Explanation, "document" | "lang">, item: Item): string[] {
  const w = WORDS[x.lang];
  const lines = [w.item(item.heading, item.version, STATUS[x.lang][item.status] ?? item.status)];
  if (item.facts.length) lines.push(`${w.inputs}${item.facts.map(w.fact).join(w.sep)}`);
  if (item.statement) lines.push(`${w.statement}${item.statement}`);
  for (const s of item.steps) {
    if (!s.applies || s.kind === "status" || s.kind === "document") continue;
    if (s.kind === "calendar") {
      lines.push(`  ${s.text}`);
      continue;
    }
    lines.push(w.basis(basisOf(item.document ?? x.document, s.article, x.lang), s.text, s.rulings));
  }
  const skipped = item.steps.filter((s) => !s.applies && s.kind !== "output");
  const skippedName = (s: (typeof skipped)[number]): string => {
    const name = s.label ?? s.name;
    return x.lang === "zh" ? `${name}（${s.article}）` : `${named(name)} (${s.article})`;
  };
  if (skipped.length) lines.push(w.skipped([...new Set(skipped.map(skippedName))]));
  if (item.outputs.length) lines.push(`${w.result}${item.outputs.map((o) => w.output(o, true)).join(w.sep)}`);
  for (const o of item.outputs) if (o.note) lines.push(w.note(o.label, o.name, o.note));
  if (item.ledgers.length) lines.push(`${w.ledgers}${item.ledgers.map(w.ledger).join(w.sep)}`);
  return lines;
}

/** `依据《…》第二十七条`; an article of another document (an amendment's) is cited with its 文号. */
export function basisOf(document: { title: string; number: string }, article: string, lang: Lang): string {
  return /^\S+号 /.test(article) ? WORDS[lang].byOther(article) : WORDS[lang].by(document.title, article);
}
