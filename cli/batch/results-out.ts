// Where `regc batch` writes its results: JSON Lines (one line per case, as the workers write them) or, for a
// file named *.parquet, a Parquet table of one row per claim, for a data warehouse to load:
//   line, person, policy, claim, status, one column per output, problem
// Amounts are exact decimals (money DECIMAL(18,2)), dates DATE, flags BOOLEAN. A case that is invalid or that
// a rule cannot decide is one row with no claim or status, and `problem` saying why (the issues as JSON, or the
// message). An output named like one of the fixed columns is written as `output_<name>`.
import { isoDay } from "../../runtime/date.js";
import type { OutputSpec } from "../../runtime/module.js";
import { OutputFile } from "../output-file.js";
import { column, ParquetFile, parquetSchema } from "./parquet-write.js";

export interface ResultsOut {
  /** Result lines as the workers send them: UTF-8 JSON Lines. */
  write(bytes: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

export function openResults(path: string, outputs: readonly OutputSpec[]): ResultsOut {
  return path.toLowerCase().endsWith(".parquet") ? parquetResults(path, outputs) : jsonLines(path);
}

function jsonLines(path: string): ResultsOut {
  const out = new OutputFile(path);
  return {
    async write(bytes) {
      if (bytes.length) await out.write(bytes);
    },
    close: () => out.close(),
  };
}

const FIXED = ["line", "person", "policy", "claim", "status"];

interface ResultLine {
  line: number;
  person?: string;
  policy?: string;
  claims?: { id: string; status: string; outputs: Record<string, string | number | boolean | null> }[];
  invalid?: unknown;
  error?: string;
}

function parquetResults(path: string, outputs: readonly OutputSpec[]): ResultsOut {
  const names = outputs.map((o) => (FIXED.includes(o.name) || o.name === "problem" ? `output_${o.name}` : o.name));
  const file = new ParquetFile(
    path,
    parquetSchema([
      column.int32("line"),
      column.text("person"),
      column.text("policy"),
      column.text("claim"),
      column.text("status"),
      ...outputs.map((o, i) => outputColumn(o, names[i]!)),
      column.text("problem"),
    ]),
  );
  const decoder = new TextDecoder();
  let policy: string | null = null;
  return {
    async write(bytes) {
      for (const text of decoder.decode(bytes).split("\n")) {
        if (!text) continue;
        const r = JSON.parse(text) as ResultLine;
        policy ??= r.policy ?? null;
        const head = [r.line, r.person ?? null, r.policy ?? policy];
        if (!r.claims) {
          file.add([...head, null, null, ...outputs.map(() => null), r.error ?? JSON.stringify(r.invalid)]);
          continue;
        }
        for (const c of r.claims) file.add([...head, c.id, c.status, ...outputs.map((o) => outputValue(o, c.outputs[o.name])), null]);
      }
    },
    async close() {
      file.close();
    },
  };
}

function outputColumn(o: OutputSpec, name: string) {
  switch (o.type) {
    case "money":
      return column.decimal(name, 2);
    case "rate":
      return column.decimal(name, o.scale);
    case "int":
      return column.int64(name);
    case "bool":
      return column.bool(name);
    case "date":
      return column.date(name);
  }
}

/** An output as the result line writes it → the column's value: decimal text → its exact BigInt. */
function outputValue(o: OutputSpec, v: string | number | boolean | null | undefined): unknown {
  if (v === null || v === undefined) return null;
  switch (o.type) {
    case "money":
    case "rate":
      return scaledBig(String(v), o.type === "money" ? 2 : o.scale);
    case "int":
      return BigInt(v as number);
    case "bool":
      return v;
    case "date":
      return isoDay(String(v)) ?? null;
  }
}

function scaledBig(text: string, scale: number): bigint {
  const [whole, fraction = ""] = text.split(".");
  return BigInt(`${whole}${fraction.padEnd(scale, "0")}`);
}
