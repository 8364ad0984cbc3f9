// Cases from rows of a table, one row per claim, a person's rows next to each other: CSV and Parquet input of
// batch runs. The columns are the case schema's fields by their JSON names (bench/README.md lists them for the
// medical-assistance family): `personId` groups rows into a case; a person field (e.g. `categories`) is read
// from the person's first row; `id`, `date` and the claim fields make the claim; any other column (e.g.
// `district`) is kept on the person for reports. An empty cell (CSV) or a null (Parquet) is an absent field.

import type { FieldSpec } from "../../runtime/module.js";

/** The JSON case a person's rows stand for. */
export function caseFromRecords(
  header: readonly string[],
  rows: readonly (readonly unknown[])[],
  person: readonly FieldSpec[],
  claim: readonly FieldSpec[],
): { person: Record<string, unknown>; claims: Record<string, unknown>[] } {
  const personSpecs = new Map(person.map((f) => [f.name, f]));
  const claimSpecs = new Map(claim.map((f) => [f.name, f]));
  const p: Record<string, unknown> = {};
  const claims = rows.map((cells, r) => {
    const c: Record<string, unknown> = {};
    header.forEach((column, i) => {
      const value = cells[i];
      if (value === undefined || value === null || value === "") return;
      if (column === "id" || column === "date") c[column] = plain(value);
      else if (claimSpecs.has(column)) c[column] = cell(claimSpecs.get(column)!, value);
      else if (r === 0) p[column === "personId" ? "id" : column] = personSpecs.has(column) ? cell(personSpecs.get(column)!, value) : plain(value);
    });
    return c;
  });
  return { person: p, claims };
}

/**
 * A cell as the field's JSON value. Text (every CSV cell) is converted by the field's type where it is
 * unambiguous (numbers, true/false, lists); typed Parquet values are taken as they are. Anything else is
 * passed on for the schema to judge, so a wrong cell is reported with its JSON path, never guessed at.
 */
function cell(spec: FieldSpec, value: unknown): unknown {
  if (typeof value !== "string") return plain(value);
  switch (spec.type.kind) {
    case "bool":
      return value === "true" ? true : value === "false" ? false : value;
    case "int":
    case "duration":
      return /^-?\d+$/.test(value) ? Number(value) : value;
    case "set":
      return value.split("|").map((s) => s.trim());
    default:
      // Money and rates stay decimal text: exact, and the schema accepts a decimal string.
      return value;
  }
}

const DAY = 86_400_000;

/** A typed value as JSON: a 64-bit integer as a number while exact, a timestamp at midnight as its date. */
function plain(value: unknown): unknown {
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof Date) return value.getTime() % DAY === 0 ? value.toISOString().slice(0, 10) : value.toISOString();
  if (Array.isArray(value)) return value.map(plain);
  return value;
}
