// The citation check: every `@ …` of a rule names exactly one provision of its document's gazette text, and
// every number the rule writes is one that a cited provision prints. A number the text implies without
// printing it is written with the words it follows from (`0元 per "不设起付标准"`), and those words must be there.
// A template's rules are checked once for each document that extends it, against that document's text.
import type { Literal, PolicyFile, Span } from "../../dsl/ast.js";
import { error, warning, type Diagnostic, type Related } from "../../dsl/diagnostic.js";
import { literalText } from "../../dsl/format-expr.js";
import { groundsOf, type Grounded } from "./grounds.js";
import { checkedValue, isZero, matches } from "./literal-match.js";
import { cite } from "./cite.js";
import { foldDigits, numbersIn, type Provision, type Quantity, type SourceDoc } from "./source/index.js";
import { SourceTexts, type DeclaredDocument, type DocumentSource } from "./source-texts.js";

export interface CitedUnit {
  /** The unit's rules with its templates applied. */
  ast: PolicyFile;
  document: DeclaredDocument;
  diagnostics: Diagnostic[];
}

/** A grounded item with its citations resolved to provisions (those that resolve). */
export interface ResolvedItem {
  item: Grounded;
  provisions: Provision[];
}

export interface UnitCitations {
  /** The rule file. */
  file: string;
  number: string;
  /** The document's title, as its document block gives it. */
  title?: string;
  /** The rule file that declares the document. */
  documentFile: string;
  /** The part name, for a part file. */
  part?: string;
  /** Document-local rulings declared in the document block (`ruling X1 "…"`), for the document's main file. */
  localRulings: Map<string, string>;
  items: ResolvedItem[];
  /** For each provision path: the words in it that the unit's literals were found as (`５００元`, `不设起付标准`). */
  quoted: Map<string, Set<string>>;
}

export interface CitationIndex {
  /** Source texts by 文号. */
  sources: Map<string, DocumentSource>;
  units: UnitCitations[];
}

export function checkCitations(root: string, units: readonly CitedUnit[], texts = new SourceTexts(root)): CitationIndex {
  return { units: units.map((u) => checkUnitCitations(u, texts)), sources: texts.loaded() };
}

function checkUnitCitations(unit: CitedUnit, texts: SourceTexts): UnitCitations {
  const number = unit.document.decl.number.value;
  const h = unit.ast.header;
  const title = unit.document.decl.items.find((i) => i.kind === "DocText" && i.key === "title");
  const result: UnitCitations = {
    file: unit.ast.file,
    number,
    ...(title?.kind === "DocText" ? { title: title.value.value } : {}),
    documentFile: unit.document.file,
    ...(h.kind === "PartDecl" ? { part: h.name.name } : {}),
    localRulings: new Map(h.kind === "DocumentDecl" ? h.items.flatMap((i) => (i.kind === "DocRuling" ? [[i.id.name, i.text.value] as const] : [])) : []),
    items: [],
    quoted: new Map(),
  };
  const items = groundsOf(unit.ast);
  const found = texts.lookup(unit.document);
  if (found.kind === "broken") unit.diagnostics.push(...found.diagnostics);
  if (found.kind !== "found") {
    if (found.kind === "none" && items.some((i) => i.citations.length)) {
      unit.diagnostics.push(
        warning("W0801", unit.document.decl.number.span, `${number} has no source text, so its citations are not checked`, `copy the gazette text to sources/ and declare it: source "sources/${number}.txt"`),
      );
    }
    result.items = items.map((item) => ({ item, provisions: [] }));
    return result;
  }
  const check = new ItemCheck(found.source, unit, result.quoted);
  result.items = items.map((item) => ({ item, provisions: check.run(item) }));
  return result;
}

class ItemCheck {
  constructor(
    private readonly source: DocumentSource,
    private readonly unit: CitedUnit,
    private readonly quoted: Map<string, Set<string>>,
  ) {}

  private get doc(): SourceDoc {
    return this.source.doc;
  }

  run(item: Grounded): Provision[] {
    const provisions: Provision[] = [];
    for (const c of item.citations) {
      const r = cite(this.doc, c.path);
      if ("provision" in r) {
        if (!provisions.some((p) => p.path === r.provision.path)) provisions.push(r.provision);
        continue;
      }
      const nearest = r.candidates.length ? `nearest provisions: ${r.candidates.join(", ")}` : `${this.source.file} has no numbered provisions`;
      this.report(error("E0801", c.span, `${c.path} is not a provision of ${this.source.number}`, nearest, this.context(item)));
    }
    if (provisions.length) for (const lit of item.literals) this.literal(lit, item, provisions);
    for (const q of item.quotes ?? []) this.copiedWords(q.words, q.span, item, provisions);
    return provisions;
  }

  private literal(lit: Literal, item: Grounded, provisions: Provision[]): void {
    if (lit.derived) return this.derivation(lit, lit.derived.value, lit.derived.span, item, provisions);
    const value = checkedValue(lit);
    if (!value || isZero(value)) return;
    let hit = false;
    for (const p of provisions) {
      for (const q of numbersIn(p.text)) {
        if (!matches(value, q)) continue;
        this.quote(p.path, q.text);
        hit = true;
      }
    }
    if (hit) return;
    const words = literalText(lit);
    const states =
      provisions.length === 1
        ? `${provisions[0].path}, which states ${listQuantities(numbersIn(provisions[0].text))}`
        : provisions.map((p) => `${p.path} (${listQuantities(numbersIn(p.text))})`).join(" or ");
    const elsewhere = [...this.doc.index.values()].filter((p) => p.children.length === 0 && numbersIn(p.text).some((q) => matches(value, q))).map((p) => p.path);
    const help = elsewhere.length
      ? `${words} is printed in ${elsewhere.slice(0, 3).join(", ")}: cite the provision the rule rests on, or correct the number`
      : `write the number the gazette prints; a value the text implies without printing it names the words it follows from, e.g. 0元 per "不设起付标准"`;
    this.report(
      error("E0802", lit.span, `${words} (${item.label}) is not in ${this.source.number} ${states}`, help, this.context(item)),
    );
  }

  private derivation(lit: Literal, phrase: string, span: Span, item: Grounded, provisions: Provision[]): void {
    const wanted = comparable(phrase);
    const holder = provisions.find((p) => wanted.length > 0 && comparable(p.text).includes(wanted));
    if (holder) {
      this.quote(holder.path, phrase);
      return;
    }
    this.report(
      error(
        "E0804",
        span,
        `"${phrase}", the words ${literalText(lit)} (${item.label}) is derived from, are not in ${this.source.number} ${provisions.map((p) => p.path).join(" or ")}`,
        "quote the provision's own words (spaces and full-width digits do not matter)",
        this.context(item),
      ),
    );
  }

  /** Words copied from the gazette (an appeal notice, a carve-out's 不含…) must be a cited provision's own words. */
  private copiedWords(words: string, span: Span, item: Grounded, provisions: Provision[]): void {
    const wanted = comparable(words);
    const holder = provisions.find((p) => wanted.length > 0 && comparable(p.text).includes(wanted));
    if (holder) return this.quote(holder.path, words);
    const where = provisions.length ? `not in ${this.source.number} ${provisions.map((p) => p.path).join(" or ")}` : "cited nowhere";
    this.report(error("E0808", span, `the words of ${item.label} are ${where}`, "copy the words the gazette prints and cite the provision that prints them: appeal \"…\" @ 第X条, carveout 名称 \"不含…\" on … @ 第X条", this.context(item)));
  }

  /** For a template's rule, which document's text it was checked against. */
  private context(item: Grounded): Related[] {
    return item.inherited ? [{ span: this.unit.document.decl.number.span, message: `checked against the text of ${this.source.number}, which builds on the template` }] : [];
  }

  private quote(path: string, words: string): void {
    const set = this.quoted.get(path) ?? new Set<string>();
    set.add(words);
    this.quoted.set(path, set);
  }

  private report(d: Diagnostic): void {
    this.unit.diagnostics.push(d);
  }
}

/** Text as compared for quoted words: full-width forms folded (NFKC), whitespace dropped. */
function comparable(text: string): string {
  return foldDigits(text).normalize("NFKC").replace(/\s+/g, "");
}

/** `500元, 600元, 70%` — each distinct number as printed, full-width forms folded; or `no numbers`. */
export function listQuantities(qs: readonly Quantity[]): string {
  const words = [...new Set(qs.map((q) => comparable(q.text)))];
  return words.length ? words.join(", ") : "no numbers";
}
