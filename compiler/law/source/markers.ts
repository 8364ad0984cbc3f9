// Numbering markers at the start of a line. Whether a match really opens a provision is decided by
// the structure pass (sequence and sentence boundary); here we only recognise the printed forms,
// including the sloppy ones of the seeds: `第二十一　条`, `(三)`, `1．`, `第四条本市…` with no space.
import { parseNumeral } from "./numerals.js";

export type MarkerKind = "annex" | "chapter" | "article" | "section" | "subsection" | "item";

export interface Marker {
  kind: MarkerKind;
  /** The number the marker carries; 0 for an unnumbered 附件. */
  number: number;
  /** The marker as printed, e.g. `第二十一　条`, `(三)`, `2.`. */
  label: string;
  /** The rest of the line after the marker and its separating whitespace. */
  rest: string;
}

const N = "[零〇一二两三四五六七八九十百千]+";
const D = "[0-9０-９]+";

const PATTERNS: ReadonlyArray<{ kind: MarkerKind; re: RegExp }> = [
  // An annex starts at a line that is only `附件` or `附件1`; `附件：…` is the body's list of annexes.
  { kind: "annex", re: new RegExp(`^附件\\s*(${D}|${N})?$`) },
  { kind: "chapter", re: new RegExp(`^第\\s*(${N}|${D})\\s*[章节]`) },
  // Whitespace may split the marker (`第二十一　条`) where the print layout justified the line.
  { kind: "article", re: new RegExp(`^第\\s*(${N}|${D})\\s*条`) },
  { kind: "section", re: new RegExp(`^(${N})\\s*、`) },
  { kind: "subsection", re: new RegExp(`^[（(]\\s*(${N})\\s*[）)]`) },
  // `4．5％` at a line start is a number, not item 4: the point must not be followed by a digit.
  { kind: "item", re: /^([0-9０-９]{1,2})\s*[.．、](?![0-9０-９])/ },
];

export function matchMarker(text: string): Marker | undefined {
  for (const { kind, re } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const number = m[1] === undefined ? 0 : parseNumeral(m[1]);
    if (number === undefined) continue;
    return { kind, number, label: m[0].trim(), rest: text.slice(m[0].length).replace(/^[\s\u3000]+/, "") };
  }
  return undefined;
}
