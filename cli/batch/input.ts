// Reads a case file as a stream, a line at a time, so memory does not grow with the file: JSON Lines (one case
// per line) or CSV (one claim per row, a person's rows next to each other, grouped into one case by personId).
// Parsing is left to the workers; this only cuts the text into cases and remembers where each one starts.
import { createReadStream } from "node:fs";
import type { Readable } from "node:stream";
import { csvField, splitCsvLine } from "./csv.js";

/** One case as text: its first line number and its lines (one for JSON Lines, its rows for CSV). */
export interface CaseText {
  line: number;
  lines: string[];
}

export interface CaseStream {
  format: "jsonl" | "csv";
  /** CSV column names. */
  header: string[];
  cases: AsyncGenerator<CaseText>;
  /** Bytes of the file read so far, and its size, for progress. */
  bytesRead(): number;
}

export async function openCases(file: string, size: number): Promise<CaseStream> {
  // Small reads: each piece of text then dies young instead of piling up as large objects between collections.
  const input = createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 16 });
  const iterator = linesOf(input);
  const format = file.toLowerCase().endsWith(".csv") ? "csv" : "jsonl";
  let header: string[] = [];
  let lineNo = 0;
  if (format === "csv") {
    const first = await iterator.next();
    lineNo = 1;
    header = first.done ? [] : splitCsvLine(first.value.replace(/^\uFEFF/, ""));
  }
  const bytesRead = () => Math.min(size, input.bytesRead);
  return { format, header, bytesRead, cases: format === "csv" ? csvCases(iterator, header, lineNo) : jsonLines(iterator) };
}

// Pulling the stream chunk by chunk (rather than readline's events) reads no further than the batch has got.
async function* linesOf(input: Readable): AsyncGenerator<string> {
  let rest = "";
  for await (const chunk of input) {
    const text = rest + (chunk as string);
    let start = 0;
    for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", start)) {
      yield text.charCodeAt(nl - 1) === 13 ? text.slice(start, nl - 1) : text.slice(start, nl);
      start = nl + 1;
    }
    rest = text.slice(start);
  }
  if (rest) yield rest;
}

async function* jsonLines(lines: AsyncIterator<string>): AsyncGenerator<CaseText> {
  for (let n = 1; ; n++) {
    const next = await lines.next();
    if (next.done) return;
    if (next.value.trim()) yield { line: n, lines: [next.value] };
  }
}

async function* csvCases(lines: AsyncIterator<string>, header: string[], headerLines: number): AsyncGenerator<CaseText> {
  const key = header.indexOf("personId");
  let current: CaseText | undefined;
  let currentPerson = "";
  for (let n = headerLines + 1; ; n++) {
    const next = await lines.next();
    if (next.done) break;
    if (!next.value.trim()) continue;
    const person = key < 0 ? String(n) : csvField(next.value, key);
    if (current && person === currentPerson) current.lines.push(next.value);
    else {
      if (current) yield current;
      current = { line: n, lines: [next.value] };
      currentPerson = person;
    }
  }
  if (current) yield current;
}
