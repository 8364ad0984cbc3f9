// CSV input for batch runs: one row per claim, a person's rows next to each other. The columns are the case
// schema's fields by their JSON names (bench/README.md lists them for the medical-assistance family):
// `personId` groups rows into a case; a person field (e.g. `categories`, several members separated by `|`)
// is read from the person's first row; `id`, `date` and the claim fields make the claim; any other column
// (e.g. `district`) is kept on the person for reports. An empty cell is an absent field.
import type { FieldSpec } from "../../runtime/module.js";

/** Splits one CSV line (RFC 4180 quoting: "a,b" and "" for a quote). */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = "";
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) {
          value += line.slice(i);
          i = line.length;
          break;
        }
        value += line.slice(i, q);
        if (line[q + 1] === '"') {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      out.push(value);
      const comma = line.indexOf(",", i);
      if (comma < 0) return out;
      i = comma + 1;
    } else {
      const comma = line.indexOf(",", i);
      if (comma < 0) {
        out.push(line.slice(i));
        return out;
      }
      out.push(line.slice(i, comma));
      i = comma + 1;
    }
  }
}

/** Field `index` of a CSV line. */
export function csvField(line: string, index: number): string {
  return splitCsvLine(line)[index] ?? "";
}

/**
 * The JSON case a person's rows stand for. Cells are converted by the field's type where the text is
 * unambiguous (numbers, true/false, lists); anything else is passed on as text for the schema to judge.
 */
export function caseFromCsv(header: readonly string[], rows: readonly string[], person: readonly FieldSpec[], claim: readonly FieldSpec[]): { person: Record<string, unknown>; claims: Record<string, unknown>[] } {
  const personSpecs = new Map(person.map((f) => [f.name, f]));
  const claimSpecs = new Map(claim.map((f) => [f.name, f]));
  const p: Record<string, unknown> = {};
  const claims = rows.map((row, r) => {
    const cells = splitCsvLine(row);
    const c: Record<string, unknown> = {};
    header.forEach((column, i) => {
      const text = cells[i] ?? "";
      if (text === "") return;
      if (column === "id" || column === "date") c[column] = text;
      else if (claimSpecs.has(column)) c[column] = cell(claimSpecs.get(column)!, text);
      else if (r === 0) p[column === "personId" ? "id" : column] = personSpecs.has(column) ? cell(personSpecs.get(column)!, text) : text;
    });
    return c;
  });
  return { person: p, claims };
}

function cell(spec: FieldSpec, text: string): unknown {
  switch (spec.type.kind) {
    case "bool":
      return text === "true" ? true : text === "false" ? false : text;
    case "int":
    case "duration":
      return /^-?\d+$/.test(text) ? Number(text) : text;
    case "set":
      return text.split("|").map((s) => s.trim());
    default:
      // Money and rates stay decimal text: exact, and the schema accepts a decimal string.
      return text;
  }
}
