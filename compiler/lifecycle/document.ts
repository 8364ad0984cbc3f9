// A document's metadata and its own dates: effective date (R6 when assumed), validity counted to the N-th
// anniversary inclusive (R5), or an explicit expiry. What other documents do to it (extend, amend, repeal,
// supersede) is resolved across the program in periods.ts, which then replaces `inForce`.
import type { Text } from "../../dsl/lang.js";
import type { DocumentDecl, Grounds, PartClause, Span } from "../../dsl/ast.js";
import { diagnose, type Diagnostic } from "../../dsl/diagnostic.js";
import * as Citations from "../messages/citations.js";
import { addMonths, addYears, formatDay, parseDay } from "../../runtime/date.js";
import { suggest } from "../../dsl/suggest.js";
import * as Documents from "../messages/documents.js";
import type { SourceFile } from "../program.js";

export type RelationKind = "repeals" | "amends" | "supersedes" | "extends";

/** `repeals "文号" @ 四`, `extends "文号" until 2027-06-22 @ 正文`: what this document does to another one. */
export interface Relation {
  relation: RelationKind;
  target: string;
  targetSpan: Span;
  until?: string;
  /** `amends "…" from 2025-01-01`: the day the amended text applies from (else the amending document's effective date). */
  from?: string;
  /** A supersession's or repeal's account of the earlier document's part files. */
  parts?: PartClause[];
  /** The whole item, where diagnostics about it point. */
  span: Span;
  /** The article paths it cites, joined for reasons (`四`, `第四十五条`). */
  where: string;
  rulings: string[];
}

export interface DocumentInfo {
  number: string;
  title: string;
  issuer?: string;
  source?: string;
  signed?: string;
  published?: string;
  /** The series of versions the document belongs to (`plan "…"`). */
  plan?: { name: string; span: Span };
  /** False for `effective unknown`: a document the seeds name without printing its dates. */
  effectiveKnown: boolean;
  /** `from` is "" until known; `to` null when no end is stated. Lifecycle resolution replaces it. */
  inForce: { from: string; to: string | null; fromReason: Text; toReason: Text };
  relations: Relation[];
  /** The 文号 in the document block, where document-level diagnostics point. */
  span: Span;
  /** The appeal notice the gazette prints (`appeal "…" @ 第X条`), for decision notices. */
  appeal?: { text: string; where: string };
  /** Policy-local rulings: id → justification. */
  rulings: Map<string, string>;
  /** Rulings the metadata itself relies on (e.g. R6 for an assumed date, R5 for an extension). */
  relies: string[];
  citations: string[];
}

const where = (g: Grounds): string => g.citations.map((c) => c.path).join("、");

/** ` (第四十六条, R5)` — what a date rests on, for reasons; nothing when it rests on nothing written. */
export const resting = (...parts: string[]): string => {
  const written = parts.filter(Boolean);
  return written.length ? ` (${written.join(", ")})` : "";
};

/** The same in both languages: ` (第四十六条, ruling R5)` / `（第四十六条，解释规则 R5）`. */
export const restingText = (...parts: (string | Text)[]): Text => {
  const written = parts.filter((p) => (typeof p === "string" ? p : p.en));
  const en = written.map((p) => (typeof p === "string" ? p : p.en));
  const zh = written.map((p) => (typeof p === "string" ? p : p.zh));
  return { en: en.length ? ` (${en.join(", ")})` : "", zh: zh.length ? `（${zh.join("，")}）` : "" };
};

/** `ruling R5` / `解释规则 R5`, as a reason names a ruling. */
export const rulingWord = (id: string): Text => ({ en: `ruling ${id}`, zh: `解释规则 ${id}` });

export function documentInfo(decl: DocumentDecl, diagnostics: Diagnostic[]): DocumentInfo {
  const info: DocumentInfo = {
    number: decl.number.value,
    title: decl.number.value,
    effectiveKnown: true,
    inForce: { from: "", to: null, fromReason: { en: "", zh: "" }, toReason: { en: "the document states no end of validity", zh: "文件未规定有效期的终止" } },
    relations: [],
    span: decl.number.span,
    rulings: new Map(),
    relies: [],
    citations: [],
  };
  let effective: string | undefined;
  let effectiveReason: Text = { en: "", zh: "" };
  let unknownSpan: Span | undefined;
  for (const item of decl.items) {
    switch (item.kind) {
      case "DocText":
        if (item.key === "title") info.title = item.value.value;
        else if (item.key === "issuer") info.issuer = item.value.value;
        else if (item.key === "plan") info.plan = { name: item.value.value, span: item.value.span };
        else info.source = item.value.value;
        break;
      case "DocDate":
        if (item.key === "signed") info.signed = item.value.iso;
        else info.published = item.value.iso;
        break;
      case "DocEffective": {
        effective = item.value.iso;
        const rests = restingText(where(item.grounds), item.assumed ? { en: `assumed per ${item.assumed.name}`, zh: `按 ${item.assumed.name} 推定` } : "");
        effectiveReason = { en: `effective ${effective}${rests.en}`, zh: `自${effective}起施行${rests.zh}` };
        if (item.assumed) info.relies.push(item.assumed.name);
        info.relies.push(...item.grounds.rulings.map((r) => r.name));
        info.citations.push(...item.grounds.citations.map((c) => c.path));
        break;
      }
      case "DocEffectiveUnknown":
        unknownSpan = item.span;
        break;
      case "DocRelation":
        info.relations.push({
          relation: item.relation,
          target: item.target.value,
          targetSpan: item.target.span,
          ...(item.until ? { until: item.until.iso } : {}),
          ...(item.from ? { from: item.from.iso } : {}),
          ...(item.parts ? { parts: item.parts } : {}),
          span: item.span,
          where: where(item.grounds),
          rulings: item.grounds.rulings.map((r) => r.name),
        });
        info.relies.push(...item.grounds.rulings.map((r) => r.name));
        for (const c of item.parts ?? []) info.relies.push(...c.grounds.rulings.map((r) => r.name));
        break;
      case "DocRuling":
        info.rulings.set(item.id.name, item.text.value);
        if (item.en && !/[A-Za-z]/.test(item.en.value)) {
          const problem = item.en.value.trim() ? "notEnglish" : "empty";
          diagnostics.push(diagnose(Citations.rulingEnglish, item.en.span, { id: item.id.name, problem }));
        }
        break;
      case "DocAppeal":
        info.appeal = { text: item.text.value, where: where(item.grounds) };
        info.relies.push(...item.grounds.rulings.map((r) => r.name));
        break;
      default:
        break;
    }
  }
  if (unknownSpan && !effective) {
    info.effectiveKnown = false;
    info.inForce.fromReason = { en: "its effective date is not printed in the seeds", zh: "公报未载明其施行日期" };
    for (const item of decl.items) {
      if (item.kind === "DocValidity") {
        diagnostics.push(diagnose(Documents.effectiveDateUnknown, item.span, { kind: "validity", number: info.number }));
      }
    }
    readExpiry(decl, info);
    return info;
  }
  if (!effective) {
    diagnostics.push(diagnose(Documents.noEffectiveDate, decl.number.span, { number: info.number }));
    return info;
  }
  info.inForce.from = effective;
  info.inForce.fromReason = effectiveReason;
  for (const item of decl.items) {
    if (item.kind !== "DocValidity") continue;
    const n = Number(item.duration.digits);
    const unit = item.duration.unit;
    if (unit !== "年" && unit !== "个月") {
      diagnostics.push(diagnose(Documents.validityUnit, item.duration.span, { unit }));
      continue;
    }
    const end = unit === "年" ? addYears(parseDay(effective), n) : addMonths(parseDay(effective), n);
    info.inForce.to = formatDay(end);
    const rests = restingText(where(item.grounds), ...item.grounds.rulings.map((r) => r.name));
    info.inForce.toReason = {
      en: `有效期${n}${unit} from ${effective} ends ${formatDay(end)} inclusive${rests.en}`,
      zh: `有效期${n}${unit}，自${effective}起至${formatDay(end)}止（含当日）${rests.zh}`,
    };
    info.relies.push(...item.grounds.rulings.map((r) => r.name));
    info.citations.push(...item.grounds.citations.map((c) => c.path));
  }
  readExpiry(decl, info);
  if (info.inForce.to !== null && info.inForce.to < info.inForce.from) {
    const dates = decl.items.filter((i) => i.kind === "DocEffective" || i.kind === "DocValidity" || i.kind === "DocExpires");
    diagnostics.push(
      diagnose(
        Documents.endsBeforeEffective,
        decl.number.span,
        { number: info.number, to: info.inForce.to, from: info.inForce.from },
        dates.map((i) => ({
          span: i.span,
          text:
            i.kind === "DocEffective"
              ? { en: "the effective date", zh: "施行日期" }
              : i.kind === "DocExpires"
                ? { en: "the end date", zh: "截止日期" }
                : { en: "the validity counted from it", zh: "由此起算的有效期" },
        })),
      ),
    );
  }
  return info;
}

function readExpiry(decl: DocumentDecl, info: DocumentInfo): void {
  for (const item of decl.items) {
    if (item.kind !== "DocExpires") continue;
    info.inForce.to = item.value.iso;
    const rulings = item.grounds.rulings.map((r) => r.name);
    const rests = restingText(where(item.grounds), ...rulings);
    info.inForce.toReason = { en: `有效期至${item.value.iso} inclusive${rests.en}`, zh: `有效期至${item.value.iso}（含当日）${rests.zh}` };
    info.relies.push(...rulings);
    info.citations.push(...item.grounds.citations.map((c) => c.path));
  }
}

/**
 * The day a document was decided, which `--known-on` compares with: signed, else published, else its effective
 * date; null for a document the seeds only name.
 */
export function decidedOn(info: DocumentInfo): string | null {
  return info.signed ?? info.published ?? (info.effectiveKnown && info.inForce.from ? info.inForce.from : null);
}

/** Ruling ids the metadata cites that neither RULINGS.md nor the document block declares. */
export function checkDocumentRulings(info: DocumentInfo, known: ReadonlyMap<string, string>, diagnostics: Diagnostic[]): void {
  for (const id of new Set(info.relies)) {
    if (known.has(id) || info.rulings.has(id)) continue;
    diagnostics.push(diagnose(Citations.unknownRuling, info.span, { id, number: info.number, meant: suggest(id, [...known.keys(), ...info.rulings.keys()]) }));
  }
}

/** A document block and where it is declared. */
export interface DocumentBlock {
  decl: DocumentDecl;
  info: DocumentInfo;
  file: string;
  /** Its part files, which a supersession or repeal must account for. */
  parts: { name: string; file: string }[];
}

/** Every document block of the project, read on its own: the first one of each 文号 (a second is E0705), with its part files. */
export function declareDocuments(files: readonly SourceFile[], report: (file: string) => Diagnostic[]): Map<string, DocumentBlock> {
  const documents = new Map<string, DocumentBlock>();
  for (const f of files) {
    const h = f.ast?.header;
    if (h?.kind !== "DocumentDecl") continue;
    const first = documents.get(h.number.value);
    if (first) {
      report(f.file).push(
        diagnose(Documents.declaredTwice, h.number.span, { number: h.number.value }, [
          { span: first.decl.number.span, text: { en: "first declared here", zh: "首次声明于此" } },
        ]),
      );
      continue;
    }
    documents.set(h.number.value, { decl: h, info: documentInfo(h, report(f.file)), file: f.file, parts: [] });
  }
  for (const f of files) {
    const h = f.ast?.header;
    if (h?.kind === "PartDecl") documents.get(h.document.value)?.parts.push({ name: h.name.name, file: f.file });
  }
  return documents;
}
