// Loads every rule file of a project, links part files to their documents, and checks each one.
import { isAbsolute, resolve, sep } from "node:path";
import type { PolicyFile } from "../dsl/ast.js";
import { diagnose, sortDiagnostics, type Diagnostic } from "../dsl/diagnostic.js";
import { LIMITS } from "../dsl/limits.js";
import * as Limits from "../dsl/messages/limits.js";
import * as RuleFiles from "./messages/rule-files.js";
import type { CompileCache } from "./load/cache.js";
import { filesUnder, notProjectFile, readTextFile, relativePath } from "./load/files.js";
import { checkModuleNames } from "./build/module-names.js";
import { loadRulings, type Rulings } from "./load/rulings-file.js";
import { checkCitations, type CitationIndex } from "./law/citations.js";
import { checkUnit, type UnitContext } from "./check/unit.js";
import { declareDocuments } from "./lifecycle/document.js";
import { resolveLifecycle, type Lifecycle } from "./lifecycle/periods.js";
import { parseFiles } from "./load/parse.js";
import { lowerUnit } from "./lower/unit.js";
import { numberProvenance } from "./lower/provenance.js";
import { resolveUnits } from "./resolve/units.js";
import type { UnitIr } from "./ir/ir.js";
import { loadCalendar, NO_CALENDAR_FILES, type CalendarSource } from "./calendar/index.js";
import { checkPlanLedgers } from "./lifecycle/plans.js";

export interface SourceFile {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  text: string;
  ast?: PolicyFile;
  /** Compiled with `recover`: the file has syntax errors and `ast` holds the declarations that parsed. */
  recovered?: boolean;
  /** Why the file could not be read (E0113, E0119); its text is then empty. */
  unreadable?: Diagnostic;
}

export interface Program {
  root: string;
  /** Folders of draft rule files loaded beside policies/ (`--policies`); their modules are not generated/'s. */
  drafts: string[];
  files: SourceFile[];
  units: UnitIr[];
  diagnostics: Diagnostic[];
  rulings: Rulings;
  /** Every declared document's resolved force period, extensions, amendments and repeals applied. */
  lifecycle: Lifecycle;
  /** The gazette texts and what each unit's rules cite of them. */
  citations: CitationIndex;
  /** Each checked unit's rules with its templates applied, by rule file. */
  applied: Map<string, PolicyFile>;
  /** The official calendar's data files (policies/calendar/), checked; empty unless the caller loaded them. */
  calendar: CalendarSource;
}

export interface CompileOptions {
  /** Parses, gazette texts and rulings kept from earlier runs. */
  cache?: CompileCache;
  /**
   * Check only the units of the reported files and of the files built on a reported template; the other
   * files are read for their headers (documents, templates) only.
   */
  onlyReported?: boolean;
  /**
   * For an editor: a file with syntax errors is still checked from the declarations that parsed, so that the
   * names and types of the rest of it stay known while a line is half-typed. What that check finds is not
   * reported: only the syntax errors are.
   */
  recover?: boolean;
  /** The calendar data the program carries (compileProgram loads policies/calendar/; an editor need not). */
  calendar?: CalendarSource;
  /** The draft folders (`--policies`) the files came from besides policies/: their modules go to the cache. */
  drafts?: readonly string[];
}

export const POLICY_DIR = "policies";

/** Where a project's rule files are: `policies/`, and drafts kept elsewhere (`--policies <dir>`, repeatable). */
export interface ProjectOptions {
  /** Further folders of rule files, relative to the root: a draft version checked beside the law in force. */
  policies?: readonly string[];
}

/** The folders whose rule files make up the project, relative to the root. */
export function policyRoots(options: ProjectOptions = {}): string[] {
  return [POLICY_DIR, ...(options.policies ?? [])];
}

/** Finds `*.policy` files: under the project's folders by default, or the given files and folders. */
export function findPolicyFiles(root: string, paths: readonly string[] = [], options: ProjectOptions = {}): string[] {
  const targets = (paths.length ? paths : policyRoots(options)).map((p) => resolve(root, p));
  return [...new Set(targets.flatMap((t) => filesUnder(t, notProjectFile)).filter((p) => p.endsWith(".policy")))];
}

/** A rule file's text, or the diagnostic saying why it cannot be read (E0113 too large, E0119 not a file). */
export function readRuleFile(file: string, abs: string): { text: string } | { diagnostic: Diagnostic } {
  const read = readTextFile(abs, LIMITS.fileLength * 4);
  if ("text" in read) return read;
  const at = { offset: 0, line: 1, column: 1 };
  const span = { file, start: at, end: at };
  return {
    diagnostic:
      read.why.kind === "tooLarge"
        ? diagnose(Limits.fileTooLong, span, { limit: LIMITS.fileLength })
        : diagnose(RuleFiles.ruleFileUnreadable, span, { problem: read.why }),
  };
}

/** A rule file as compileFiles takes it: its text, or why it cannot be read. */
export function ruleSource(root: string, abs: string): SourceFile {
  const file = relativePath(root, abs);
  const read = readRuleFile(file, abs);
  return "text" in read ? { file, text: read.text } : { file, text: "", unreadable: read.diagnostic };
}

export { relativePath } from "./load/files.js";

/**
 * Compiles the project's rule files. `paths` narrows which files are reported on; every rule file under
 * policies/ is still read so that part files find their documents.
 */
export function compileProgram(root: string, paths: readonly string[] = [], options: ProjectOptions = {}): Program {
  const all = new Set([...findPolicyFiles(root, [], options), ...(paths.length ? findPolicyFiles(root, paths) : [])]);
  const wanted = new Set(paths.length ? findPolicyFiles(root, paths).map((f) => relativePath(root, f)) : [...all].map((f) => relativePath(root, f)));
  const files = [...all].map((abs) => ruleSource(root, abs));
  const calendar = loadCalendar(root, policyRoots(options));
  const program = compileFiles(root, files, wanted, { calendar, drafts: options.policies ?? [] });
  program.files.push(...calendar.files);
  // Checking named rule files only does not report on the calendar, unless a named path holds it.
  const named = paths.map((p) => relativePath(root, resolve(root, p)));
  if (!paths.length || calendar.files.some((f) => named.some((n) => f.file === n || f.file.startsWith(`${n}/`)))) {
    program.diagnostics = sortDiagnostics([...program.diagnostics, ...calendar.diagnostics]);
  }
  return program;
}

/**
 * Compiles rule files given as text (paths relative to `root`, where the rulings and gazette texts are read).
 * Only the diagnostics of the `reported` files are kept. The passes run in order, each a folder of compiler/
 * (its README.md says what it takes and gives): load → lifecycle → resolve → check → lower → provenance →
 * build (module names) → law.
 */
export function compileFiles(root: string, sources: readonly SourceFile[], reported: ReadonlySet<string>, options: CompileOptions = {}): Program {
  const { cache } = options;
  const diagnostics: Diagnostic[] = [];
  const rulings = cache ? cache.rulings(diagnostics) : loadRulings(root, diagnostics);
  const rulingTexts = new Map([...rulings].map(([id, r]) => [id, r.text]));
  // After its syntax errors, nothing is reported about a recovered file: it lacks the declarations being typed.
  const recovered = new Set<string>();
  const report = (file: string) => (reported.has(file) && !recovered.has(file) ? diagnostics : []);
  const files = parseFiles(sources, { ...options, report, recovered });
  const documents = declareDocuments(files, report);
  const lifecycle = resolveLifecycle(documents, report);
  const resolved = resolveUnits(files, documents, lifecycle, {
    reported,
    recovered,
    onlyReported: options.onlyReported ?? false,
    diagnostics,
    report,
    rulings: rulingTexts,
  });
  const units = resolved.units.map((r) => {
    const { ast: file, doc, part, amending, amendments } = r;
    return compileUnit(
      { file, moduleName: moduleNameOf(root, r.file), doc, ...(part ? { part } : {}), ...(amending ? { amending, amendments } : {}), rulings: rulingTexts },
      r.diagnostics,
    );
  });
  checkPlanLedgers(lifecycle, units, report);
  const headers = new Map(files.flatMap((f) => (f.ast ? [[f.file, f.ast.header.span] as const] : [])));
  checkModuleNames(units, (file) => headers.get(file)!, report);
  const citations = checkCitations(root, resolved.cited, cache?.sources);
  const applied = new Map(resolved.units.map((r) => [r.file, r.ast]));
  return {
    root,
    drafts: [...(options.drafts ?? [])],
    files,
    units,
    diagnostics: sortDiagnostics(dedupe(diagnostics)),
    rulings,
    lifecycle,
    citations,
    applied,
    calendar: options.calendar ?? NO_CALENDAR_FILES,
  };
}

/** One rule file's unit, from its resolved declarations: checked, lowered, its provenance table numbered. */
export function compileUnit(ctx: UnitContext, diagnostics: Diagnostic[]): UnitIr {
  const { unit, traced } = lowerUnit(checkUnit(ctx, diagnostics), diagnostics);
  numberProvenance(unit, traced);
  return unit;
}

/** A template's problems are found once per document that extends it; report each once. */
function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.code}|${d.span.file}|${d.span.start.offset}|${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * `policies/mianyang/employee-medical.policy` → `mianyang/employee-medical`; a rule file elsewhere in the project
 * (a draft) keeps its whole path, so that two drafts of one name do not share a module. A draft outside the
 * project is named `outside/` and its absolute path: a name climbing out (`../../x`) would put its module
 * outside the folder it is written or type-checked in (generated/, the drafts cache), where the runtime import
 * and the ES-module scope of that folder do not hold and other drafts write too.
 */
export function moduleNameOf(root: string, file: string): string {
  const withoutExt = file.replace(/\.policy$/, "");
  if (isAbsolute(withoutExt) || withoutExt.startsWith("../")) {
    // A Windows drive (`C:`) becomes a folder of its own name.
    const abs = resolve(root, withoutExt).split(sep).join("/");
    return `outside/${abs.replace(/^\/+/, "").replace(/^([A-Za-z]):/, "$1")}`;
  }
  return withoutExt.startsWith(`${POLICY_DIR}/`) ? withoutExt.slice(POLICY_DIR.length + 1) : withoutExt;
}

/**
 * The id `regc run` accepts for a unit: its 文号, or 文号/part for a part file; a version of a document as
 * amended is named by the amending document's 文号.
 */
export function unitId(u: Pick<UnitIr, "number" | "part" | "amendments">): string {
  const amended = u.amendments?.[u.amendments.length - 1];
  return amended ? amended.number : u.part ? `${u.number}/${u.part}` : u.number;
}
