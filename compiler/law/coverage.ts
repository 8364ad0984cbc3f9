// Coverage of a document: every provision of its gazette text is encoded (by which rules), set aside with a
// reason (coverage notes), or not covered. What is counted is each piece of text a rule could rest on: a
// provision's own words (an article's opening sentence, a paragraph, an item), not a heading over
// sub-provisions. A citation of a provision covers its own words, and its parts as well when no rule cites
// any of them on its own (`@ 第二十二条` for its three paragraphs).
import { dirname, posix } from "node:path";
import { Decimal } from "decimal.js";
import { diagnose, sortDiagnostics, type Diagnostic } from "../../dsl/diagnostic.js";
import * as Coverage from "../messages/coverage.js";
import { BODY, body, cite } from "./cite.js";
import type { CitationIndex, UnitCitations } from "./citations.js";
import { readCoverageNotes, type CoverageNote, type Reason } from "./coverage-notes.js";
import type { Provision, SourceDoc } from "./source/index.js";
import { byCodePoint } from "../../dsl/text-order.js";

export type CoverageStatus = "encoded" | "excluded" | "pending" | "not-covered";

export interface CoverageEntry {
  path: string;
  /** The provision's heading or first words. */
  excerpt: string;
  status: CoverageStatus;
  /** For an encoded provision: the rules that cite it, by the rule file they are written in. */
  by: EncodedBy[];
  /** The provision whose citation covers this one as part of a whole. */
  via?: string;
  /** For an excluded or pending provision: the note, and the path it was written under. */
  note?: { reason: Reason; note: string; to?: string; path: string };
}

export interface EncodedBy {
  file: string;
  /** `param 救助比例`, `output basic`, `validity`. */
  rules: string[];
}

export interface DocumentCoverage {
  number: string;
  title?: string;
  source: string;
  notes?: string;
  entries: CoverageEntry[];
  counts: Record<CoverageStatus, number> & { total: number };
  /** (encoded + excluded) / total, as a percentage with one decimal, rounded down. */
  percent: string;
  /** For a document whose rules count working days: the last day the official calendar arranges. */
  calendar?: { lastDay: string | null };
}

export interface CoverageReport {
  documents: DocumentCoverage[];
  diagnostics: Diagnostic[];
  /** The text of each coverage-notes file read, for rendering diagnostics. */
  texts: Map<string, string>;
}

export function computeCoverage(root: string, index: CitationIndex): CoverageReport {
  const diagnostics: Diagnostic[] = [];
  const texts = new Map<string, string>();
  const byDocument = new Map<string, UnitCitations[]>();
  for (const u of index.units) byDocument.set(u.number, [...(byDocument.get(u.number) ?? []), u]);
  const documents: DocumentCoverage[] = [];
  for (const [number, source] of [...index.sources].sort(([a], [b]) => byCodePoint(a, b))) {
    const units = byDocument.get(number) ?? [];
    const notesFile = posix.join(dirname(units[0]?.documentFile ?? source.file), "coverage", `${number}.yaml`);
    const notes = readCoverageNotes(root, notesFile, diagnostics);
    if (notes) texts.set(notes.file, notes.text);
    documents.push(documentCoverage(number, source.file, source.doc, units, notes?.notes ?? [], diagnostics, notes?.file));
  }
  return { documents, diagnostics: sortDiagnostics(diagnostics), texts };
}

function documentCoverage(
  number: string,
  file: string,
  doc: SourceDoc,
  units: UnitCitations[],
  notes: CoverageNote[],
  diagnostics: Diagnostic[],
  notesFile: string | undefined,
): DocumentCoverage {
  const pieces = documentUnits(doc);
  const entries = new Map<string, CoverageEntry>(pieces.map((p) => [p.path, { path: p.path, excerpt: excerpt(p), status: "not-covered", by: [] }]));

  // What the rules cite, most specific first: a whole covers its pieces only where none is cited alone.
  const direct = new Set<string>();
  const wholes: { provision: Provision; file: string; rule: string }[] = [];
  for (const u of units) {
    for (const { item, provisions } of u.items) {
      const rule = item.label.replace(/ (\[.*\]|#\d+)$/, "");
      for (const p of provisions) {
        const e = entries.get(p.path);
        if (e) {
          direct.add(p.path);
          encode(e, item.span.file, rule);
        }
        wholes.push({ provision: p, file: item.span.file, rule });
      }
    }
  }
  for (const { provision, file, rule } of wholes) {
    const inside = provisionUnits(provision).filter((p) => p !== provision && entries.has(p.path));
    if (inside.some((p) => direct.has(p.path))) continue;
    for (const p of inside) encode(entries.get(p.path)!, file, rule, provision.path);
  }

  // A note covers the pieces of its provision that no rule encodes; a note on a piece itself wins over one on
  // the section around it, so the broader notes are applied first.
  const placed = notes.flatMap((n) => {
    const r = cite(doc, n.path);
    if ("provision" in r) return [{ n, provision: r.provision }];
    diagnostics.push(diagnose(Coverage.noteOnNoProvision, n.span, { path: n.path, number, nearest: r.candidates }));
    return [];
  });
  placed.sort((a, b) => a.provision.path.length - b.provision.path.length);
  for (const { n, provision } of placed) {
    const pieces = provision.path === BODY ? [...entries.values()] : provisionUnits(provision).flatMap((p) => entries.get(p.path) ?? []);
    if (pieces.every((e) => e.status === "encoded")) {
      diagnostics.push(diagnose(Coverage.noteOutOfDate, n.span, { path: n.path, files: [...new Set(pieces.flatMap((e) => e.by.map((b) => b.file)))] }));
      continue;
    }
    for (const e of pieces) {
      if (e.status === "encoded") continue;
      e.status = n.reason === "pending" ? "pending" : "excluded";
      e.note = { reason: n.reason, note: n.note, ...(n.to ? { to: n.to } : {}), path: n.path };
    }
  }

  const list = [...entries.values()];
  const counts = { encoded: 0, excluded: 0, pending: 0, "not-covered": 0, total: list.length };
  for (const e of list) counts[e.status]++;
  const title = units.find((u) => u.title)?.title;
  return {
    number,
    ...(title ? { title } : {}),
    source: file,
    ...(notesFile ? { notes: notesFile } : {}),
    entries: list,
    counts,
    percent: percentOf(counts.encoded + counts.excluded, counts.total),
  };
}

function encode(e: CoverageEntry, file: string, rule: string, via?: string): void {
  e.status = "encoded";
  if (via && !e.via) e.via = via;
  const by = e.by.find((b) => b.file === file);
  if (!by) e.by.push({ file, rules: [rule] });
  else if (!by.rules.includes(rule)) by.rules.push(rule);
}

/** The pieces of text that are counted, in document order; a document without numbered provisions is one. */
export function documentUnits(doc: SourceDoc): Provision[] {
  return doc.provisions.length ? doc.provisions.flatMap(provisionUnits) : [body(doc)];
}

function provisionUnits(p: Provision): Provision[] {
  if (p.paragraphs.length >= 2) return p.paragraphs.flatMap(provisionUnits);
  return [...(ownText(p) ? [p] : []), ...p.children.flatMap(provisionUnits)];
}

/** A provision's words other than its heading and its numbered sub-provisions. */
export function ownText(p: Provision): string {
  let text = p.heading !== undefined && p.text.startsWith(p.heading) ? p.text.slice(p.heading.length) : p.text;
  for (const c of p.children) text = text.replace(c.label + (c.label.endsWith(".") ? " " : "") + c.text, "");
  return text.trim();
}

function excerpt(p: Provision): string {
  const words = (p.heading ?? ownText(p)).replace(/\s+/g, "");
  return [...words].length > 24 ? `${[...words].slice(0, 24).join("")}…` : words;
}

export function percentOf(part: number, total: number): string {
  if (total === 0) return "100.0";
  return new Decimal(part).times(100).div(total).toDecimalPlaces(1, Decimal.ROUND_DOWN).toFixed(1);
}

export function meetsMinimum(c: DocumentCoverage, min: Decimal): boolean {
  return new Decimal(c.percent).greaterThanOrEqualTo(min);
}
