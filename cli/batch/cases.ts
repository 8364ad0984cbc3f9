// A worker's side of reading a case file: a piece of it (input.ts) cut into cases. JSON Lines: one case per
// line. CSV: a person's rows (next to each other) make a case, grouped by `personId`; without that column every
// row is a case of its own. Blank lines are skipped, but counted, so every case keeps its line number.
import { csvField } from "./csv.js";
import type { Piece } from "./input.js";

/** One case as text: its first line number and its lines (one for JSON Lines, its rows for CSV). */
export interface CaseText {
  line: number;
  lines: string[];
}

const decoder = new TextDecoder();

export function casesOf(piece: Piece, format: "jsonl" | "csv", header: readonly string[]): CaseText[] {
  const text = decoder.decode(piece.bytes);
  const key = format === "csv" ? header.indexOf("personId") : -1;
  const cases: CaseText[] = [];
  let current: CaseText | undefined;
  let currentPerson = "";
  let n = piece.line;
  for (let start = 0; start < text.length; n++) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
    start = end + 1;
    if (!line.trim()) continue;
    if (key < 0) {
      cases.push({ line: n, lines: [line] });
      continue;
    }
    const person = csvField(line, key);
    if (current && person === currentPerson) current.lines.push(line);
    else {
      current = { line: n, lines: [line] };
      currentPerson = person;
      cases.push(current);
    }
  }
  return cases;
}
