// What an explanation quotes besides the result: the words of each provision the trace cites, taken from the
// document's gazette text, with the numbers and phrases the rules took from it; and the text of each ruling
// relied on (policies/rulings.yaml, in English and Chinese, or the document's own `ruling X1 "…" en "…"`, in
// Chinese and, when the rule file gives it, English).
import type { Lang } from "../../dsl/lang.js";
import { quotedTerms } from "./english.js";
import { cite } from "../../compiler/law/cite.js";
import type { OwnRuling, UnitCitations } from "../../compiler/law/citations.js";
import type { UnitIr } from "../../compiler/ir/ir.js";
import type { Program } from "../../compiler/program.js";
import type { Provision, SourceDoc } from "../../compiler/law/source/index.js";

export interface QuotedProvision {
  path: string;
  /** The provision's words; for a provision whose parts are quoted on their own, only its heading. */
  text: string;
  /** Numbers and phrases in `text` that the rules took from it (`70%`, `不设起付标准`). */
  marks: string[];
}

export interface RulingText {
  id: string;
  /** A document's own ruling (`ruling X1 "…" en "…"` in its rule file): `text` is its Chinese, `en` its English. */
  own?: true;
  en?: string;
  title?: string;
  text?: string;
  /** The ruling in Chinese; a document's own rulings are written in Chinese as `text`. */
  zh?: { title: string; text: string };
}

/** A ruling as people read it, in Chinese: `转诊：未按规定转诊的…`; the English where no Chinese is written. */
export function rulingChinese(r: RulingText): string {
  return r.zh ? `${r.zh.title}：${r.zh.text}` : rulingWords(r);
}

/**
 * A ruling as an explanation in `lang` prints it: in English its English title and text; a document's own ruling
 * in the English its rule file gives, or, where it gives none, quoted in Chinese as written and said to be so.
 */
export function rulingText(r: RulingText, lang: Lang): string {
  if (lang === "zh") return rulingChinese(r);
  if (r.own) return r.en ?? `(this document's own ruling, written in the rule file in Chinese only) ${r.text ?? ""}`;
  return r.title || r.text ? quotedTerms(rulingWords(r, ": ")) : "(the rulings file gives no text for this ruling)";
}

/** A ruling as one line: its title and text, joined the way the rulings file splits them (`colon`: `：` or `: `). */
export function rulingWords(r: RulingText, colon = "："): string {
  const { title, text } = r;
  if (!text) return title ?? "（无说明）";
  if (!title || text.startsWith(title)) return text;
  if (/^[:：,，;；]/.test(text)) return `${title}${text}`;
  if (/^[a-z]/.test(text)) return `${title} ${text}`;
  return `${title}${colon}${text}`;
}

export interface ExplainContext {
  /** The document's gazette text by article path, in the order given; paths it lacks are left out. */
  provisions(paths: readonly string[]): QuotedProvision[];
  ruling(id: string): RulingText;
  /** The appeal notice the document prints, when it prints one. */
  appeal?: { text: string; where: string };
}

export function explainContext(program: Program, unit: UnitIr): ExplainContext {
  const source = program.citations.sources.get(unit.number)?.doc;
  const own = program.citations.units.find((u) => u.file === unit.file);
  const local = new Map<string, OwnRuling>();
  for (const u of program.citations.units) if (u.number === unit.number) for (const [id, own] of u.localRulings) local.set(id, own);
  // A version amended from a date cites the amending documents' articles by their 文号: quoted from their texts.
  const others = (unit.amendments ?? []).flatMap((a) => {
    const doc = program.citations.sources.get(a.number)?.doc;
    const cited = program.citations.units.find((u) => u.number === a.number && !u.part);
    return doc ? [{ number: a.number, doc, cited }] : [];
  });
  return {
    ...(unit.document.appeal ? { appeal: unit.document.appeal } : {}),
    provisions: (paths) => {
      const ownPaths = paths.filter((p) => !others.some((o) => p.startsWith(`${o.number} `)));
      const foreign = others.flatMap((o) =>
        quote(
          o.doc,
          paths.filter((p) => p.startsWith(`${o.number} `)).map((p) => p.slice(o.number.length + 1)),
          o.cited,
        ).map((q) => ({ ...q, path: `${o.number} ${q.path}` })),
      );
      return [...(source ? quote(source, ownPaths, own) : []), ...foreign];
    },
    ruling: (id) => {
      const own = local.get(id);
      if (own !== undefined) return { id, own: true, ...own };
      const shared = program.rulings.get(id);
      return shared ? { id, title: shared.title, text: shared.text, ...(shared.zh ? { zh: shared.zh } : {}) } : { id };
    },
  };
}

function quote(doc: SourceDoc, paths: readonly string[], own: UnitCitations | undefined): QuotedProvision[] {
  const found: Provision[] = [];
  for (const path of paths) {
    const r = cite(doc, path);
    if ("provision" in r && !found.some((p) => p.path === r.provision.path)) found.push(r.provision);
  }
  // In the order the gazette prints them, a provision before its parts.
  found.sort((a, b) => a.start - b.start || a.path.length - b.path.length);
  return found.map((p) => {
    const partsQuoted = found.some((q) => q !== p && q.path.startsWith(p.path));
    const text = partsQuoted ? (p.heading ?? firstSentence(p.text)) : p.text;
    const marks = [...(own?.quoted.get(p.path) ?? [])].filter((m) => text.includes(m));
    return { path: p.path, text, marks };
  });
}

function firstSentence(text: string): string {
  const end = text.indexOf("。");
  return end < 0 || end === text.length - 1 ? text : `${text.slice(0, end + 1)}……`;
}
