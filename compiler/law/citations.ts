// The citation check: every `@ …` of a rule names exactly one provision of its document's gazette text, and
// every number the rule writes is one that a cited provision prints. A number the text implies without
// printing it is written with the words it follows from (`0元 per "不设起付标准"`), and those words must be there.
// A template's rules are checked once for each document that extends it, against that document's text.
import type { Literal, PolicyFile, Span } from "../../dsl/ast.js";
import { diagnose, type Diagnostic, type Note } from "../../dsl/diagnostic.js";
import * as Sources from "../messages/sources.js";
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
  /** Document-local rulings declared in the document block (`ruling X1 "…" en "…"`), for the document's main file. */
  localRulings: Map<string, OwnRuling>;
  items: ResolvedItem[];
  /** For each provision path: the words in it that the unit's literals were found as (`５００元`, `不设起付标准`). */
  quoted: Map<string, Set<string>>;
}

/** A document's own ruling: its Chinese text, and its English when the rule file gives one. */
export interface OwnRuling {
  text: string;
  en?: string;
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
    localRulings: new Map(
      h.kind === "DocumentDecl"
        ? h.items.flatMap((i) => (i.kind === "DocRuling" ? [[i.id.name, { text: i.text.value, ...(i.en ? { en: i.en.value } : {}) }] as const] : []))
        : [],
    ),
    items: [],
    quoted: new Map(),
  };
  const items = groundsOf(unit.ast);
  const found = texts.lookup(unit.document);
  if (found.kind === "broken") unit.diagnostics.push(...found.diagnostics);
  if (found.kind !== "found") {
    if (found.kind === "none" && items.some((i) => i.citations.length)) {
      unit.diagnostics.push(diagnose(Sources.noSourceText, unit.document.decl.number.span, { number }));
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
      this.report(
        diagnose(
          Sources.noSuchProvision,
          c.span,
          { path: c.path, number: this.source.number, nearest: r.candidates, file: this.source.file },
          this.context(item),
        ),
      );
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
    const cited = provisions.map((p) => ({ path: p.path, numbers: quantityWords(numbersIn(p.text)) }));
    const elsewhere = [...this.doc.index.values()]
      .filter((p) => p.children.length === 0 && numbersIn(p.text).some((q) => matches(value, q)))
      .map((p) => p.path);
    this.report(diagnose(Sources.numberNotPrinted, lit.span, { words, label: item.label, number: this.source.number, cited, elsewhere }, this.context(item)));
  }

  private derivation(lit: Literal, phrase: string, span: Span, item: Grounded, provisions: Provision[]): void {
    const wanted = comparable(phrase);
    const holder = provisions.find((p) => wanted.length > 0 && comparable(p.text).includes(wanted));
    if (holder) {
      this.quote(holder.path, phrase);
      return;
    }
    this.report(
      diagnose(
        Sources.derivedWordsMissing,
        span,
        { phrase, words: literalText(lit), label: item.label, number: this.source.number, paths: provisions.map((p) => p.path) },
        this.context(item),
      ),
    );
  }

  /** Words copied from the gazette (an appeal notice, a carve-out's 不含…) must be a cited provision's own words. */
  private copiedWords(words: string, span: Span, item: Grounded, provisions: Provision[]): void {
    const wanted = comparable(words);
    const holder = provisions.find((p) => wanted.length > 0 && comparable(p.text).includes(wanted));
    if (holder) return this.quote(holder.path, words);
    this.report(
      diagnose(Sources.copiedWordsMissing, span, { label: item.label, number: this.source.number, paths: provisions.map((p) => p.path) }, this.context(item)),
    );
  }

  /** For a template's rule, which document's text it was checked against. */
  private context(item: Grounded): Note[] {
    return item.inherited ? [{ span: this.unit.document.decl.number.span, text: Sources.sourceNotes.checkedAgainst(this.source.number) }] : [];
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
  const words = quantityWords(qs);
  return words.length ? words.join(", ") : "no numbers";
}

/** The numbers a provision prints, each once, as they compare (`500元`). */
function quantityWords(qs: readonly Quantity[]): string[] {
  return [...new Set(qs.map((q) => comparable(q.text)))];
}
