// Reads a case file in large pieces cut at case boundaries, so memory does not grow with the file and the main
// thread does no work per case: a piece's bytes go to a worker as they are (transferred, not copied) with the
// number of its first line, and the worker cuts it into cases (cases.ts). A JSON Lines piece ends at a line
// end; a CSV piece (one claim per row) before the rows of its last person, who may go on in the next piece.
// Parquet is columnar: parquet-input.ts decodes it here and hands over rows.
import { open, type FileHandle } from "node:fs/promises";
import { csvField, splitCsvLine } from "./csv.js";
import { openParquetCases } from "./parquet-input.js";

/** Whole cases: the file's bytes from line `line` on; for Parquet, the rows from row `line` on, decoded. */
export interface Piece {
  line: number;
  bytes: Uint8Array<ArrayBuffer>;
  rows?: unknown[][];
}

export type CaseFormat = "jsonl" | "csv" | "parquet";

export interface CaseFile {
  format: CaseFormat;
  /** CSV or Parquet column names. */
  header: string[];
  pieces: AsyncGenerator<Piece>;
  /** Bytes of the file read so far, for progress. */
  bytesRead(): number;
  /** Closes the file, also when the pieces were not read to the end (a run that failed). */
  close(): Promise<void>;
}

const NL = 10;

// 128 KiB pieces: small enough that a worker's text and results of one piece die young (pieces of 1 MiB were
// measured 15% slower, mostly in garbage collection), large enough that messages stay few.
export async function openCases(file: string, pieceSize = 1 << 17): Promise<CaseFile> {
  if (file.toLowerCase().endsWith(".parquet")) return openParquetCases(file);
  const handle = await open(file, "r");
  const format = file.toLowerCase().endsWith(".csv") ? "csv" : "jsonl";
  let read = 0;
  const more = async (carry: Uint8Array): Promise<{ bytes: Uint8Array<ArrayBuffer>; eof: boolean }> => {
    // A buffer of its own per piece: it is handed over to a worker whole. A case longer than a piece doubles
    // the read, so that it is copied and searched a few times rather than once per piece.
    const size = Math.max(pieceSize, carry.length);
    const bytes = new Uint8Array(carry.length + size);
    bytes.set(carry);
    const { bytesRead } = await handle.read(bytes, carry.length, size, null);
    read += bytesRead;
    return { bytes: bytes.subarray(0, carry.length + bytesRead), eof: bytesRead === 0 };
  };
  let header: string[] = [];
  let start: { carry: Uint8Array; line: number } = { carry: new Uint8Array(0), line: 1 };
  if (format === "csv") {
    try {
      const first = await headerLine(more);
      // (The decoder has dropped a byte order mark.)
      header = first.text === undefined ? [] : splitCsvLine(first.text);
      start = { carry: first.rest, line: 2 };
    } catch (e) {
      await handle.close();
      throw e;
    }
  }
  const cut = format === "csv" && header.includes("personId") ? personCut(header.indexOf("personId")) : lineCut;
  return { format, header, pieces: pieces(handle, more, cut, start.carry, start.line), bytesRead: () => read, close: () => handle.close() };
}

type More = (carry: Uint8Array) => Promise<{ bytes: Uint8Array<ArrayBuffer>; eof: boolean }>;
/** Where the whole cases of `bytes` end (0: none yet). */
type Cut = (bytes: Uint8Array) => number;

async function* pieces(handle: FileHandle, more: More, cut: Cut, carry: Uint8Array, line: number): AsyncGenerator<Piece> {
  try {
    for (;;) {
      const { bytes, eof } = await more(carry);
      const end = eof ? bytes.length : cut(bytes);
      // Copied out before the piece is handed over.
      carry = bytes.slice(end);
      if (end > 0) {
        const first = line;
        line += linesIn(bytes, end);
        yield { line: first, bytes: bytes.subarray(0, end) };
      }
      if (eof) return;
    }
  } finally {
    await handle.close();
  }
}

/** The first line (undefined in an empty file) and the bytes read after it. */
async function headerLine(more: More): Promise<{ text: string | undefined; rest: Uint8Array }> {
  let bytes: Uint8Array = new Uint8Array(0);
  for (;;) {
    const next = await more(bytes);
    bytes = next.bytes;
    const nl = bytes.indexOf(NL);
    if (next.eof && bytes.length === 0) return { text: undefined, rest: bytes };
    if (nl >= 0 || next.eof) {
      const end = nl >= 0 ? nl : bytes.length;
      return { text: lineText(bytes, 0, end), rest: bytes.slice(nl >= 0 ? nl + 1 : end) };
    }
  }
}

function lineCut(bytes: Uint8Array): number {
  return bytes.lastIndexOf(NL) + 1;
}

// Back from the last whole row over the rows of the same person (blank lines between them too), to the start
// of that person's first row in the piece.
function personCut(key: number): Cut {
  return (bytes) => {
    let person: string | undefined;
    let cut = 0;
    for (let end = bytes.lastIndexOf(NL); end >= 0; ) {
      const start = lineStart(bytes, end);
      const text = lineText(bytes, start, end);
      if (text.trim()) {
        const id = csvField(text, key);
        if (person === undefined) person = id;
        else if (id !== person) break;
        cut = start;
      }
      end = start - 1;
    }
    return cut;
  };
}

/** The start of the line ending at `end` (a line feed). */
function lineStart(bytes: Uint8Array, end: number): number {
  // lastIndexOf counts a negative start from the end of the array.
  return end > 0 ? bytes.lastIndexOf(NL, end - 1) + 1 : 0;
}

const decoder = new TextDecoder();

function lineText(bytes: Uint8Array, start: number, end: number): string {
  return decoder.decode(bytes.subarray(start, end > start && bytes[end - 1] === 13 ? end - 1 : end));
}

function linesIn(bytes: Uint8Array, end: number): number {
  let n = 0;
  for (let i = bytes.indexOf(NL); i >= 0 && i < end; i = bytes.indexOf(NL, i + 1)) n++;
  return n;
}
