// Typographic judgements about single lines: does a sentence end here, is this line a heading or a
// table row, and is the file hard-wrapped (printed text re-flowed into short lines) or one paragraph
// per line (the markdown conversions). The structure pass joins and splits lines on these answers.
import type { SourceLine } from "./lines.js";

const TERMINAL = new Set(["。", "；", "：", "！", "？", ";", ":", "!", "?", "…"]);
const CLOSING_QUOTES = new Set(["”", "’", "」", "』", "》", "〉", '"', "'"]);
const CLOSE_TO_OPEN: Readonly<Record<string, string>> = { "）": "（", ")": "(", "】": "【", "]": "[", "〕": "〔" };

/**
 * Whether a line ends a clause (`。`, `；`, `：` …), so that the next line may start a new provision
 * rather than continue this one. A trailing aside such as `。（详见附件）` or a closing quote does not
 * hide the stop before it.
 */
export function endsSentence(text: string): boolean {
  return lastStop(text) !== undefined;
}

/**
 * Whether a line ends a paragraph when the next line is plain text. In a wrapped text a `；` or `：`
 * at a line end is usually a wrap inside the paragraph (`…可以接续；` / `在本市必须…`), so only a full
 * stop counts; in a paragraph-per-line text every clause stop does.
 */
export function endsParagraph(text: string, layout: Layout): boolean {
  const stop = lastStop(text);
  if (stop === undefined) return false;
  return layout.wrapped ? FULL_STOPS.has(stop) : true;
}

const FULL_STOPS = new Set(["。", "！", "？", "!", "?", "…"]);

function lastStop(text: string): string | undefined {
  let s = text.trimEnd();
  for (;;) {
    const last = s.at(-1);
    if (last === undefined) return undefined;
    if (TERMINAL.has(last)) return last;
    if (CLOSING_QUOTES.has(last)) {
      s = s.slice(0, -1).trimEnd();
      continue;
    }
    const open = CLOSE_TO_OPEN[last];
    if (open === undefined) return undefined;
    const at = s.lastIndexOf(open);
    if (at <= 0) return undefined;
    s = s.slice(0, at).trimEnd();
  }
}

/** Sentence punctuation inside a line: headings and titles carry none. */
export function hasSentencePunctuation(text: string): boolean {
  return /[，、。；：,;:！？]/.test(text);
}

/** Width in full-width cells, which is what a typeset line is wrapped at. */
export function visualWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) < 0x100 ? 0.5 : 1;
  return width;
}

export interface Layout {
  /** The text was re-flowed at a fixed width (print layout), not one paragraph per line. */
  wrapped: boolean;
  /** In a wrapped text, the width a full line reaches. */
  lineWidth: number;
}

const MIN_LINES_TO_JUDGE = 20;

export function detectLayout(lines: readonly SourceLine[]): Layout {
  const open = lines
    .filter((l) => l.kind === "text" && !endsSentence(l.text))
    .map((l) => visualWidth(l.text))
    .sort((a, b) => a - b);
  const all = lines
    .filter((l) => l.kind === "text")
    .map((l) => visualWidth(l.text))
    .sort((a, b) => a - b);
  const p80 = percentile(all, 0.8);
  // Print layouts wrap at ~20–30 cells, leaving many lines open mid-sentence; one-paragraph-per-line
  // texts have most lines far longer. A handful of lines is too few to tell: read them as paragraphs.
  const wrapped = all.length >= MIN_LINES_TO_JUDGE && p80 <= 40 && open.length >= 0.3 * all.length;
  return { wrapped, lineWidth: wrapped ? percentile(open, 0.8) : Infinity };
}

function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/**
 * A line that stands alone although it does not end a sentence: a title, a heading, a signature.
 * In a wrapped text a continued line runs to the full width, so only a clearly short line qualifies;
 * in a paragraph-per-line text any short line without sentence punctuation does. `width` is that of
 * the whole printed line when `text` is what follows a marker (whose `、` is not punctuation).
 */
export function isStandalone(text: string, layout: Layout, width = visualWidth(text)): boolean {
  if (hasSentencePunctuation(text)) return false;
  return layout.wrapped ? width < 0.75 * layout.lineWidth : width <= 30;
}

/**
 * A row of a table: markdown (`| … |`), or cells separated by ASCII spaces with no sentence
 * punctuation. The latter only counts inside a run of such rows (see `tableRows`), because single
 * lines like `周岁及以上缴费基数 ２％的标准划入职工个人` carry stray spaces from the extraction too.
 */
function looksLikeRow(line: SourceLine): boolean {
  if (line.kind !== "text") return false;
  if (line.text.startsWith("|")) return true;
  return !line.mdHeading && !/[，。；：、,;]/.test(line.text) && / +/.test(line.text);
}

/** Indexes (into `lines`) of table rows: markdown rows, and runs of two or more space-separated rows with digits. */
export function tableRows(lines: readonly SourceLine[]): Set<number> {
  const rows = new Set<number>();
  let i = 0;
  while (i < lines.length) {
    if (lines[i].text.startsWith("|")) {
      rows.add(i++);
      continue;
    }
    let j = i;
    while (j < lines.length && looksLikeRow(lines[j]) && !lines[j].text.startsWith("|")) j++;
    const run = lines.slice(i, j);
    if (run.length >= 2 && run.filter((l) => /[0-9０-９]/.test(l.text)).length >= 2) {
      for (let k = i; k < j; k++) rows.add(k);
    }
    i = Math.max(j, i + 1);
  }
  return rows;
}
