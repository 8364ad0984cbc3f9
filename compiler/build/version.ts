// A policy's version: a content hash of everything its rules are read from, emitted with its generated module,
// so that every result can say which text of the rules produced it. The inputs are its rule file, the rule
// file declaring its document, the templates it is built on, the rule files of the documents that extend,
// amend, repeal or supersede it (they decide its period of force), its gazette text (and the amending
// documents' texts, for a text amended from a date), the shared rulings, and
// for a policy that counts working days the official calendar's data files.
// The compiler's own version is not part of it: results carry regc's version beside it.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { unitAsksCalendar } from "../lower/calendar-needs.js";
import type { UnitIr } from "../ir/ir.js";
import { POLICY_DIR, type Program } from "../program.js";
import { templateChain } from "../resolve/units.js";
import { byCodePoint } from "../../dsl/text-order.js";
import { contentVersion } from "./content-version.js";

const RULINGS = `${POLICY_DIR}/rulings.yaml`;

/** The project files a unit's rules are read from, relative to the root, sorted. */
export function unitInputs(program: Program, unit: UnitIr): string[] {
  const documents = program.lifecycle.documents;
  const life = documents.get(unit.number);
  const files = [unit.file, ...templateChain(program, unit.file)];
  if (life) files.push(life.file, ...life.namedBy.map((n) => documents.get(n)?.file ?? ""));
  // A text amended from a date reads the amending documents' texts too.
  for (const number of [unit.number, ...(unit.amendments ?? []).map((a) => a.number)]) {
    const source = program.citations.sources.get(number)?.file;
    if (source) files.push(source);
  }
  if (existsSync(join(program.root, RULINGS))) files.push(RULINGS);
  if (unitAsksCalendar(unit)) files.push(...program.calendar.files.map((f) => f.file));
  return [...new Set(files.filter(Boolean))].sort(byCodePoint);
}

// Within one compiled program each unit's version is worked out once and each file read once: every unit
// that counts working days hashes the same calendar files, and the manifest asks again for what the build did.
const known = new WeakMap<Program, { versions: Map<UnitIr, string>; texts: Map<string, string> }>();

export function unitVersion(program: Program, unit: UnitIr): string {
  let memo = known.get(program);
  if (!memo) known.set(program, (memo = { versions: new Map(), texts: new Map() }));
  const texts = memo.texts;
  let version = memo.versions.get(unit);
  if (version === undefined) {
    const read = (f: string) => texts.get(f) ?? (texts.set(f, readFileSync(join(program.root, f), "utf8")).get(f) as string);
    memo.versions.set(unit, (version = contentVersion(program.root, unitInputs(program, unit), read)));
  }
  return version;
}
