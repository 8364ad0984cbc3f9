// `regc impact --out <file>`: every person compared, one row each in input order (line, person, old, new,
// difference: the totals of the compared output under each version), as JSON Lines, CSV or, for *.parquet,
// Parquet with exact DECIMAL(18,2) amounts, for a data warehouse to analyse.
import { OutputFile } from "../output-file.js";
import type { PersonChange } from "./impact-task.js";
import { column, ParquetFile, parquetSchema } from "./parquet-write.js";
import { money, signed } from "./summary.js";

export interface ChangesOut {
  add(p: PersonChange): void;
  close(): Promise<void>;
}

export function openChanges(path: string): ChangesOut {
  const lower = path.toLowerCase();
  if (lower.endsWith(".parquet")) {
    const file = new ParquetFile(
      path,
      parquetSchema([column.int32("line"), column.text("person"), column.decimal("old", 2), column.decimal("new", 2), column.decimal("difference", 2)]),
    );
    return {
      add: (p) => file.add([p.line, p.person ?? null, BigInt(p.old), BigInt(p.new), BigInt(p.new - p.old)]),
      close: async () => file.close(),
    };
  }
  const csv = lower.endsWith(".csv");
  const out = new OutputFile(path);
  if (csv) out.add("line,person,old,new,difference\n");
  return {
    add: (p) =>
      out.add(
        csv
          ? `${p.line},${csvCell(p.person ?? "")},${money(p.old)},${money(p.new)},${signed(p.new - p.old)}\n`
          : `${JSON.stringify({ line: p.line, ...(p.person !== undefined ? { person: p.person } : {}), old: money(p.old), new: money(p.new), difference: signed(p.new - p.old) })}\n`,
      ),
    close: () => out.close(),
  };
}

function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
