// A worker's side of reading a case file: a piece of it (input.ts) cut into cases. JSON Lines: one case per
// line. CSV and Parquet: a person's rows (next to each other) make a case, grouped by `personId`; without that
// column every row is a case of its own. Blank lines are skipped, but counted, so every case keeps its line
// number (for Parquet, the number of its first row).
import { csvField } from "./csv.js";
import type { CaseFormat, Piece } from "./input.js";

/** One case: its first line number and its lines (one for JSON Lines, its rows for CSV), or its Parquet rows. */
export interface CaseText {
  line: number;
  lines: string[];
  rows?: unknown[][];
}

const decoder = new TextDecoder();

export function casesOf(piece: Piece, format: CaseFormat, header: readonly string[]): CaseText[] {
  if (piece.rows) return casesOfRows(piece.line, piece.rows, header.indexOf("personId"));
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

function casesOfRows(first: number, rows: unknown[][], key: number): CaseText[] {
  const cases: CaseText[] = [];
  let current: CaseText | undefined;
  rows.forEach((row, i) => {
    if (current && key >= 0 && row[key] === rows[i - 1]![key]) current.rows!.push(row);
    else cases.push((current = { line: first + i, lines: [], rows: [row] }));
  });
  return cases;
}
