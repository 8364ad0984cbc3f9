// The gazette text provision by provision, and beside each what was made of it: the rules that encode it (as
// written in the rule file), the reason it is set aside, or that it is not covered. Rules are listed under
// every provision they cite; a provision covered by a citation of the whole it belongs to says so.
import type { UnitCitations } from "../../compiler/law/citations.js";
import { BODY, body } from "../../compiler/law/cite.js";
import { ownText, type CoverageEntry } from "../../compiler/law/coverage.js";
import type { REASONS } from "../../compiler/law/coverage-notes.js";
import type { Provision, SourceDoc } from "../../compiler/law/source/index.js";
import { esc } from "../html.js";

/** A rule as the site quotes it: its label, where it is written and its text. */
export interface QuotedRule {
  label: string;
  at: string;
  text: string;
}

const BADGE: Record<CoverageEntry["status"], string> = { encoded: "已编码", excluded: "不编码", pending: "待编码", "not-covered": "未覆盖" };

const REASON_ZH: Record<keyof typeof REASONS, string> = {
  "non-computable": "无可计算内容",
  delegated: "由其他文件规定",
  "not-yet-active": "尚待另行明确",
  pending: "可计算，尚未编码",
};

/** Each provision path → the rules that cite it directly, quoted from their rule files. */
export function rulesByProvision(units: readonly UnitCitations[], texts: ReadonlyMap<string, string>): Map<string, QuotedRule[]> {
  const out = new Map<string, QuotedRule[]>();
  for (const u of units) {
    for (const { item, provisions } of u.items) {
      const whole = item.label.replace(/ (\[.*\]|#\d+)$/, "");
      for (const p of provisions) {
        const list = out.get(p.path) ?? [];
        // A table row resting on its table's citation is shown with the table.
        if (whole !== item.label && list.some((r) => r.label === whole)) continue;
        if (list.some((r) => r.label === item.label && r.at === `${item.span.file}:${item.span.start.line}`)) continue;
        list.push({
          label: item.label,
          at: `${item.span.file}:${item.span.start.line}`,
          text: slice(texts.get(item.span.file) ?? "", item.span.start.offset, item.span.end.offset),
        });
        out.set(p.path, list);
      }
    }
  }
  return out;
}

function slice(text: string, start: number, end: number): string {
  // Rule text starts at the beginning of its line, so the indentation of continuation lines reads right.
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  return text.slice(lineStart, Math.max(end, start)).trimEnd();
}

export function gazetteHtml(doc: SourceDoc, entries: readonly CoverageEntry[], rules: ReadonlyMap<string, QuotedRule[]>, only?: ReadonlySet<string>): string {
  const byPath = new Map(entries.map((e) => [e.path, e]));
  const rows: string[] = [];
  const visit = (p: Provision): void => {
    const inside = (q: Provision): boolean => !only || only.has(q.path) || [...q.children, ...q.paragraphs].some(inside);
    if (!inside(p)) return;
    const entry = byPath.get(p.path);
    const split = p.paragraphs.length >= 2;
    if (entry && !split) rows.push(provisionRow(p, wordsOf(p), entry, rules.get(p.path) ?? []));
    else rows.push(headingRow(p, rules.get(p.path) ?? []));
    for (const q of split ? p.paragraphs : p.children) visit(q);
  };
  if (!only && doc.preamble) rows.push(`<div class="unnumbered">${esc(doc.preamble.text)}</div>`);
  if (doc.provisions.length) doc.provisions.forEach(visit);
  else {
    const whole = body(doc);
    const entry = byPath.get(BODY);
    if (entry) rows.push(provisionRow(whole, whole.text, entry, rules.get(BODY) ?? []));
  }
  if (!only && doc.closing) rows.push(`<div class="unnumbered">${esc(doc.closing.text)}</div>`);
  return rows.join("\n");
}

/** A provision's own words: its heading and text, without the sub-provisions listed after it. */
function wordsOf(p: Provision): string {
  if (!p.children.length) return p.text;
  const own = ownText(p);
  return p.heading && !own.startsWith(p.heading) ? `${p.heading}\n${own}` : own;
}

function provisionRow(p: Provision, words: string, e: CoverageEntry, rules: readonly QuotedRule[]): string {
  const left = `<div class="words" id="${esc(anchor(p.path))}"><span class="path">${esc(p.path)}</span>${esc(words)}</div>`;
  const right: string[] = [`<span class="badge ${e.status}">${BADGE[e.status]}</span>`];
  if (e.status === "encoded" && !rules.length && e.via) right.push(`<span class="where">由${esc(e.via)}的规则整体编码</span>`);
  if (e.note) {
    right.push(`<span class="reason">${esc(REASON_ZH[e.note.reason])}</span>`);
    right.push(
      `<p class="note">${esc(e.note.note)}${e.note.to ? `（见${esc(e.note.to)}）` : ""}${e.note.path !== e.path ? `<span class="where">（为${esc(e.note.path)}所作说明）</span>` : ""}</p>`,
    );
  }
  right.push(...rules.map(ruleHtml));
  return `<div class="provision ${e.status}">${left}<div class="encoding">${right.join("")}</div></div>`;
}

function headingRow(p: Provision, rules: readonly QuotedRule[]): string {
  const words = p.heading ?? (p.paragraphs.length >= 2 ? "" : ownText(p));
  const head = `<div class="words" id="${esc(anchor(p.path))}"><span class="path">${esc(p.path)}</span>${esc(words)}</div>`;
  return rules.length
    ? `<div class="provision">${head}<div class="encoding">${rules.map(ruleHtml).join("")}</div></div>`
    : `<div class="provision heading">${head}</div>`;
}

function ruleHtml(r: QuotedRule): string {
  return `<div class="rule"><span class="where">${esc(r.label)} · ${esc(r.at)}</span><pre>${esc(r.text)}</pre></div>`;
}

export function anchor(path: string): string {
  return `p-${path}`;
}
