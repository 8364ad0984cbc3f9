// A Parquet file written a row group at a time with hyparquet-writer, so memory holds one row group, whatever
// the number of rows: `regc batch --out results.parquet` (results-out.ts) and the bench's synthetic cases.
import type { SchemaElement } from "hyparquet-writer";
import { fileWriter, ParquetWriter } from "hyparquet-writer";
import { requireWritable } from "../output-file.js";

const GROUP_ROWS = 100_000;

export class ParquetFile {
  private readonly writer: ParquetWriter;
  private readonly names: string[];
  private columns: unknown[][];

  /** `schema`: the root and every column (with the children of nested ones), as Parquet's SchemaElement. */
  constructor(path: string, schema: SchemaElement[]) {
    requireWritable(path);
    this.writer = new ParquetWriter({ writer: fileWriter(path), schema, createdBy: "regc" });
    this.names = topLevel(schema);
    this.columns = this.names.map(() => []);
  }

  /** One row: a value per top-level column, in the schema's order (null for none). */
  add(row: readonly unknown[]): void {
    for (let i = 0; i < this.columns.length; i++) this.columns[i]!.push(row[i] ?? null);
    if (this.columns[0]!.length >= GROUP_ROWS) this.flush();
  }

  close(): void {
    this.flush();
    this.writer.finish();
  }

  private flush(): void {
    if (!this.columns[0]!.length) return;
    // The writer's column data is typed by Parquet type; the schema says which each column holds.
    this.writer.write({ columnData: this.names.map((name, i) => ({ name, data: this.columns[i]! as never })), rowGroupSize: GROUP_ROWS });
    this.columns = this.names.map(() => []);
  }
}

/** The names of the root's children, skipping the elements nested columns are made of. */
function topLevel(schema: readonly SchemaElement[]): string[] {
  const names: string[] = [];
  let i = 1;
  const skip = (): void => {
    const e = schema[i++]!;
    for (let c = 0; c < (e.num_children ?? 0); c++) skip();
  };
  while (i < schema.length) {
    names.push(schema[i]!.name);
    skip();
  }
  return names;
}

/** Schema elements of the usual columns: optional unless said otherwise. */
export const column = {
  text: (name: string): SchemaElement => ({ name, type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type: "OPTIONAL" }),
  bool: (name: string): SchemaElement => ({ name, type: "BOOLEAN", repetition_type: "OPTIONAL" }),
  int32: (name: string): SchemaElement => ({ name, type: "INT32", repetition_type: "REQUIRED" }),
  int64: (name: string): SchemaElement => ({ name, type: "INT64", repetition_type: "OPTIONAL" }),
  /** Days since 1970-01-01, the runtime's day numbers. */
  date: (name: string): SchemaElement => ({ name, type: "INT32", converted_type: "DATE", repetition_type: "OPTIONAL" }),
  /** Exact decimals: a 64-bit integer (BigInt) of units of 10^-scale. */
  decimal: (name: string, scale: number): SchemaElement => ({
    name,
    type: "INT64",
    converted_type: "DECIMAL",
    scale,
    precision: 18,
    repetition_type: "OPTIONAL",
  }),
  /** A list of text (a set of enum members). */
  textList: (name: string): SchemaElement[] => [
    { name, repetition_type: "OPTIONAL", num_children: 1, converted_type: "LIST" },
    { name: "list", repetition_type: "REPEATED", num_children: 1 },
    { name: "element", type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type: "REQUIRED" },
  ],
};

/** The root element over the given columns (each a single element or, for a list, its elements). */
export function parquetSchema(columns: readonly (SchemaElement | SchemaElement[])[]): SchemaElement[] {
  return [{ name: "root", num_children: columns.length }, ...columns.flat()];
}
