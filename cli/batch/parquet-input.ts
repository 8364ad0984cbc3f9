// Parquet case files (a claims extract from a data warehouse), read with hyparquet: one row per claim, columns
// named as the CSV columns are (records.ts). Parquet is columnar, so it is decoded here, a row group (or, of a
// very large one, a slice) at a time, and workers get rows in pieces of whole cases: a piece ends before the
// rows of its last person, who may go on in the next row group. Memory stays bounded by one slice.
import { asyncBufferFromFile, parquetMetadataAsync, parquetRead, parquetSchema, type AsyncBuffer, type FileMetaData } from "hyparquet";
import * as say from "../messages/usage.js";
import { formatDay } from "../../runtime/date.js";
import { UsageError } from "../io.js";
import type { CaseFile, Piece } from "./input.js";

// A row group is decoded whole when it is not larger than this; a larger one in slices of half this size.
// (Without a page index, each slice decodes the group's pages again; with one, only its own.)
const WHOLE_GROUP = 1 << 18;
const PIECE_ROWS = 4096;

// Dates as the case format writes them; timestamps stay Date objects (records.ts).
const parsers = { dateFromDays: (days: number) => formatDay(days) };

export async function openParquetCases(file: string): Promise<CaseFile> {
  const buffer = await asyncBufferFromFile(file);
  let metadata: FileMetaData;
  try {
    metadata = await parquetMetadataAsync(buffer);
  } catch (e) {
    throw new UsageError(say.notParquet({ file, error: (e as Error).message }));
  }
  const columns = parquetSchema(metadata).children.map((c) => c.element);
  const header = columns.map((c) => c.name);
  const decimals = columns.flatMap((c, i) => (c.converted_type === "DECIMAL" || c.logical_type?.type === "DECIMAL" ? [{ i, scale: c.scale ?? 0 }] : []));
  const total = Number(metadata.num_rows);
  let read = 0;
  const rows = slices(file, buffer, metadata, decimals, (n) => (read += n));
  return {
    format: "parquet",
    header,
    pieces: pieces(rows, header.indexOf("personId")),
    bytesRead: () => (total ? Math.round((buffer.byteLength * read) / total) : 0),
    close: async () => {},
  };
}

/** The file's rows, a slice at a time, numbered from 1. */
async function* slices(
  file: string,
  buffer: AsyncBuffer,
  metadata: FileMetaData,
  decimals: readonly Decimal[],
  counted: (n: number) => void,
): AsyncGenerator<{ first: number; rows: unknown[][] }> {
  let groupStart = 0;
  for (const [g, group] of metadata.row_groups.entries()) {
    const groupEnd = groupStart + Number(group.num_rows);
    const size = groupEnd - groupStart <= WHOLE_GROUP ? WHOLE_GROUP : WHOLE_GROUP / 2;
    for (let start = groupStart; start < groupEnd; start += size) {
      const end = Math.min(groupEnd, start + size);
      let rows: unknown[][] = [];
      try {
        await parquetRead({ file: buffer, metadata, rowStart: start, rowEnd: end, parsers, onComplete: (r) => (rows = r) });
      } catch (e) {
        throw new UsageError(say.unreadableRowGroup({ file, group: g + 1, first: start + 1, last: end, error: (e as Error).message }));
      }
      counted(rows.length);
      for (const row of rows) for (const { i, scale } of decimals) row[i] = decimalText(row[i], scale);
      yield { first: start + 1, rows };
    }
    groupStart = groupEnd;
  }
}

interface Decimal {
  /** The column's index. */
  i: number;
  scale: number;
}

/**
 * A DECIMAL as exact decimal text, without the zeros its scale pads it with. hyparquet hands decimals over as the nearest double of the unscaled integer
 * times 10^-scale; while that integer is below 2^50 (10 million million 元 at two decimals), rounding the double
 * times 10^scale gives the integer back exactly, whatever the rounding of that product.
 */
function decimalText(value: unknown, scale: number): unknown {
  if (typeof value !== "number" || scale === 0) return value;
  const units = Math.round(value * 10 ** scale);
  if (Math.abs(units) >= 2 ** 50) return value;
  const digits = Math.abs(units)
    .toString()
    .padStart(scale + 1, "0");
  // The column's scale is not the amount's: 20000.000 is 20000, while 1000.005 keeps its third decimal.
  const fraction = digits.slice(-scale).replace(/0+$/, "");
  return `${units < 0 ? "-" : ""}${digits.slice(0, -scale)}${fraction ? `.${fraction}` : ""}`;
}

/** Pieces of about PIECE_ROWS rows, each ending where a person's rows end (key: the personId column, or -1). */
async function* pieces(slices: AsyncGenerator<{ first: number; rows: unknown[][] }>, key: number): AsyncGenerator<Piece> {
  let carry: unknown[][] = [];
  let first = 1;
  for await (const slice of slices) {
    const rows = carry.length ? carry.concat(slice.rows) : slice.rows;
    if (!carry.length) first = slice.first;
    let start = 0;
    while (rows.length - start > PIECE_ROWS) {
      let end = start + PIECE_ROWS;
      if (key >= 0) while (end < rows.length && rows[end]![key] === rows[end - 1]![key]) end++;
      if (end === rows.length) break;
      yield piece(first + start, rows.slice(start, end));
      start = end;
    }
    // The rest waits for the next slice: its last person may go on there.
    carry = rows.slice(start);
    first += start;
  }
  if (carry.length) yield piece(first, carry);
}

function piece(line: number, rows: unknown[][]): Piece {
  return { line, bytes: new Uint8Array(0), rows };
}
