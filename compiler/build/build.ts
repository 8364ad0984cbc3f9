// `regc build`: every checked rule file becomes generated/<name>.ts (laid out by ../emit/layout.ts) with
// generated/<name>.provenance.json and generated/<name>.schema.json beside it, plus generated/index.ts listing
// them; the modules are type-checked with `--strict` before anything is written. The same inputs always give
// the same bytes.
import { caseSchema } from "../emit/schema.js";
import { tsString, tsValue, type Literal } from "../emit/escape.js";
import { emitModule, provenanceFile } from "../emit/module.js";
import { layoutModule } from "../emit/layout.js";
import type { UnitIr } from "../ir/ir.js";
import { GENERATED_DIR, listGenerated, readGenerated, removeGenerated, writeGenerated } from "./generated-dir.js";
import { plansOf } from "../lifecycle/plans.js";
import type { PlanSpec } from "../../runtime/plan.js";
import { unitId, type Program } from "../program.js";
import { calendarData } from "../calendar/index.js";
import { unitVersion } from "./version.js";
import { besideModule } from "./module-names.js";
import { byCodePoint } from "../../dsl/text-order.js";

export interface BuildOutput {
  /** Path relative to the root → content. */
  files: Map<string, string>;
  /** tsc diagnostics of the generated modules, rendered; empty when they type-check. */
  typeErrors: string[];
  /** Policies whose module was emitted, and policies whose files on disk were reused (`reuse`). */
  emitted: number;
  reused: number;
  /** How many TypeScript modules tsc checked (none without the type-check). */
  typechecked: number;
}

export interface BuildOptions {
  typecheck?: boolean;
  /**
   * A policy's files as the last build wrote them to generated/, when they are still what emitting it would
   * give (cli/build-cache.ts); undefined to emit it. Reused modules were type-checked when they were written.
   */
  reuse?: (u: UnitIr, path: string) => ModuleFiles | undefined;
}

/** The official calendar as data, handed to evaluations by the CLI and by integrators (docs/calendar.md). */
export const CALENDAR_JSON = `${GENERATED_DIR}/calendar.json`;

export function modulePath(u: Pick<UnitIr, "moduleName">): string {
  return `${GENERATED_DIR}/${u.moduleName}.ts`;
}

/** A module and the data files beside it: where its trace points are written in law, and its case's schema. */
export interface ModuleFiles {
  code: string;
  provenance: string;
  schema: string;
}

/** The module's files; `path` (relative to the root) is where it will be written, which its import of the runtime depends on. */
export async function emitUnit(program: Program, u: UnitIr, path = modulePath(u)): Promise<ModuleFiles> {
  const depth = path.split("/").length - 1;
  const runtimeImport = `${"../".repeat(depth)}runtime/index.js`;
  const code = layoutModule(emitModule(u, runtimeImport, unitVersion(program, u)));
  return { code, provenance: compactJson(provenanceFile(u)) + "\n", schema: JSON.stringify(caseSchema(u), null, 2) + "\n" };
}

export async function buildProgram(program: Program, options: BuildOptions = {}): Promise<BuildOutput> {
  const files = new Map<string, string>();
  const units = [...program.units].sort((a, b) => byCodePoint(a.moduleName, b.moduleName));
  const kept = units.map((u) => options.reuse?.(u, modulePath(u)));
  const modules = await Promise.all(units.map((u, i) => kept[i] ?? emitUnit(program, u)));
  units.forEach((u, i) => {
    const m = modules[i]!;
    const beside = besideModule(modulePath(u));
    files.set(modulePath(u), m.code);
    files.set(beside.provenance, m.provenance);
    files.set(beside.schema, m.schema);
  });
  files.set(`${GENERATED_DIR}/index.ts`, layoutModule(indexModule(units)));
  files.set(CALENDAR_JSON, compactJson(calendarData(program.calendar, { provisional: true })) + "\n");
  files.set(`${GENERATED_DIR}/plans.ts`, layoutModule(plansModule(plansOf(program.lifecycle, program.units))));
  const reused = new Set(units.filter((_, i) => kept[i]).map(modulePath));
  const toCheck = options.typecheck === false ? new Map<string, string>() : options.reuse ? checkedFiles(program.root, files, reused) : files;
  // The TypeScript checker loads only here: `regc run` and batch runs emit a module without type-checking it.
  const typeErrors = toCheck.size === 0 ? [] : await (await import("./typecheck.js")).typecheckGenerated(program.root, toCheck);
  const typechecked = [...toCheck.keys()].filter((p) => p.endsWith(".ts")).length;
  return { files, typeErrors, emitted: units.length - reused.size, reused: reused.size, typechecked };
}

/**
 * What tsc must check in a build that reuses modules: every module but the reused ones, and index.ts and
 * plans.ts when they differ from the files on disk. index.ts imports every module, so when it changes (a policy
 * added, removed or renamed, or generated/ new) every module is checked with it.
 */
function checkedFiles(root: string, files: Map<string, string>, reused: ReadonlySet<string>): Map<string, string> {
  const index = `${GENERATED_DIR}/index.ts`;
  if (readGenerated(root, index) !== files.get(index)) return files;
  const plans = `${GENERATED_DIR}/plans.ts`;
  return new Map([...files].filter(([p]) => p.endsWith(".ts") && p !== index && !reused.has(p) && (p !== plans || readGenerated(root, p) !== files.get(p))));
}

/** JSON with every array or object that fits in 120 columns on one line: a day per line, not a field per line. */
function compactJson(value: unknown, indent = ""): string {
  if (value === null || typeof value !== "object") return oneLine(value);
  // JSON.stringify's text is never longer than the one-line form: what it shows too long is not laid out twice.
  if (JSON.stringify(value).length + indent.length <= 120) {
    const flat = oneLine(value);
    if (flat.length + indent.length <= 120) return flat;
  }
  const inner = indent + "  ";
  const parts = Array.isArray(value)
    ? value.map((v) => inner + compactJson(v, inner))
    : Object.entries(value as object).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${compactJson(v, inner)}`);
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  return `${open}\n${parts.join(",\n")}\n${indent}${close}`;
}

function oneLine(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(oneLine).join(", ")}]`;
  if (value !== null && typeof value === "object")
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}: ${oneLine(v)}`)
      .join(", ")}}`;
  return JSON.stringify(value);
}

function indexModule(units: UnitIr[]): string {
  const lines = [
    "// Generated by regc build. Do not edit.",
    "// Every compiled policy by the id `regc run` accepts (文号, or 文号/part), loaded on demand.",
    "",
    "export const policies = {",
    ...units.map((u) => `  ${tsString(unitId(u))}: () => import(${tsString(`./${u.moduleName}.js`)}),`),
    "} as const;",
    "",
  ];
  return lines.join("\n");
}

/**
 * The routing table of every plan (runtime/plan.ts): its versions in order, each with its dates, what decided
 * them, and the id in index.ts of the rules that apply. Data only, so a package or a service routes claims
 * without the compiler.
 */
function plansModule(plans: readonly PlanSpec[]): string {
  const lines = [
    "// Generated by regc build. Do not edit.",
    "// Every plan (and every document amended from a date) by the name `regc run` accepts, with its versions in order;",
    "// a version's `policy` is its rules' id in index.ts (runtime/plan.ts routes each claim by its date).",
    'import type { PlanSpec } from "../runtime/plan.js";',
    "",
    `export const plans: Readonly<Record<string, PlanSpec>> = ${tsValue(Object.fromEntries(plans.map((p) => [p.name, p])) as unknown as Literal, true)};`,
    "",
  ];
  return lines.join("\n");
}

/** Writes what changed and removes generated files no rule file produces any more. Returns paths written. */
export function writeOutput(root: string, out: BuildOutput): string[] {
  const stale = staleFiles(root, out);
  const folders = new Set<string>();
  const written = [...out.files].filter(([path, content]) => writeGenerated(root, path, content, folders)).map(([path]) => path);
  for (const path of stale) removeGenerated(root, path);
  return written;
}

/** Generated modules and schemas on disk that no rule file produces any more. */
export function staleFiles(root: string, out: BuildOutput): string[] {
  return listGenerated(root).filter(
    (p) => (p.endsWith(".ts") || p.endsWith(".schema.json") || p.endsWith(".provenance.json") || p === CALENDAR_JSON) && !out.files.has(p),
  );
}

/** Generated files that differ from, or are missing in, a fresh build, and extra ones. */
export function outdatedFiles(root: string, out: BuildOutput): string[] {
  const changed = [...out.files].filter(([p, c]) => readGenerated(root, p) !== c).map(([p]) => p);
  return [...changed, ...staleFiles(root, out)].sort(byCodePoint);
}
