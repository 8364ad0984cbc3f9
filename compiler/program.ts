// Loads every rule file of a project, links part files to their documents, and checks each one.
import { join, relative, resolve, sep } from "node:path";
import type { DocumentDecl, Ident, PolicyFile } from "../dsl/ast.js";
import { error, sortDiagnostics, type Diagnostic } from "../dsl/diagnostic.js";
import { LIMITS } from "../dsl/limits.js";
import { parse } from "../dsl/parser.js";
import type { CompileCache } from "./load/cache.js";
import { filesUnder, readTextFile } from "./load/files.js";
import { checkModuleNames } from "./build/module-names.js";
import { loadRulings, type Rulings } from "./load/rulings-file.js";
import { checkCitations, type CitationIndex, type CitedUnit } from "./law/citations.js";
import { checkUnit } from "./check/unit.js";
import { checkDocumentRulings, documentInfo, type DocumentInfo } from "./lifecycle/document.js";
import { resolveLifecycle, type Lifecycle } from "./lifecycle/periods.js";
import { didYouMean } from "../dsl/suggest.js";
import { applyTemplate } from "./resolve/templates.js";
import type { UnitIr } from "./ir/ir.js";
import { loadCalendar, NO_CALENDAR_FILES, type CalendarSource } from "./calendar/index.js";

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
}

export const POLICY_DIR = "policies";

/** Finds `*.policy` files: under `policies/` by default, or the given files and folders. */
export function findPolicyFiles(root: string, paths: readonly string[] = []): string[] {
  const targets = paths.length ? paths.map((p) => resolve(root, p)) : [join(root, POLICY_DIR)];
  const skip = (name: string) => name === "node_modules" || name.startsWith(".");
  return [...new Set(targets.flatMap((t) => filesUnder(t, skip)).filter((p) => p.endsWith(".policy")))];
}

/** A rule file's text, or the diagnostic saying why it cannot be read (E0113 too large, E0119 not a file). */
export function readRuleFile(file: string, abs: string): { text: string } | { diagnostic: Diagnostic } {
  const read = readTextFile(abs, LIMITS.fileLength * 4);
  if ("text" in read) return read;
  const at = { offset: 0, line: 1, column: 1 };
  const span = { file, start: at, end: at };
  return read.tooLarge
    ? { diagnostic: error("E0113", span, `the file is longer than ${LIMITS.fileLength} characters`, 'a rule file encodes one document; put further provisions in part files: part NAME of "文号"') }
    : { diagnostic: error("E0119", span, `the rule file cannot be read: ${read.problem}`, "a rule file is a text file (UTF-8) under policies/") };
}

/** A rule file as compileFiles takes it: its text, or why it cannot be read. */
export function ruleSource(root: string, abs: string): SourceFile {
  const file = relativePath(root, abs);
  const read = readRuleFile(file, abs);
  return "text" in read ? { file, text: read.text } : { file, text: "", unreadable: read.diagnostic };
}

export function relativePath(root: string, file: string): string {
  return relative(root, file).split(sep).join("/");
}

/**
 * Compiles the project's rule files. `paths` narrows which files are reported on; every rule file under
 * policies/ is still read so that part files find their documents.
 */
export function compileProgram(root: string, paths: readonly string[] = []): Program {
  const all = new Set([...findPolicyFiles(root), ...(paths.length ? findPolicyFiles(root, paths) : [])]);
  const wanted = new Set(paths.length ? findPolicyFiles(root, paths).map((f) => relativePath(root, f)) : [...all].map((f) => relativePath(root, f)));
  const files = [...all].map((abs) => ruleSource(root, abs));
  const calendar = loadCalendar(root, [POLICY_DIR]);
  const program = compileFiles(root, files, wanted, { calendar });
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
 * Only the diagnostics of the `reported` files are kept.
 */
export function compileFiles(root: string, sources: readonly SourceFile[], reported: ReadonlySet<string>, options: CompileOptions = {}): Program {
  const { cache } = options;
  const files: SourceFile[] = sources.map((f) => ({ file: f.file, text: f.text }));
  const diagnostics: Diagnostic[] = [];
  const rulings = cache ? cache.rulings(diagnostics) : loadRulings(root, diagnostics);
  const recovered = new Set<string>();
  const wanted = reported;
  // After its syntax errors, nothing is reported about a recovered file: it lacks the declarations being typed.
  const report = (file: string) => (wanted.has(file) && !recovered.has(file) ? diagnostics : []);
  for (const [i, f] of files.entries()) {
    const unreadable = sources[i]!.unreadable;
    if (unreadable) {
      report(f.file).push(unreadable);
      continue;
    }
    const result = cache ? cache.parse(f.file, f.text) : parse(f.file, f.text);
    report(f.file).push(...result.diagnostics);
    if (result.ast && !result.diagnostics.some((d) => d.severity === "error")) f.ast = result.ast;
    else if (options.recover && result.partial) {
      f.ast = result.partial;
      f.recovered = true;
      recovered.add(f.file);
    }
  }
  const documents = new Map<string, { decl: DocumentDecl; info: DocumentInfo; file: string }>();
  for (const f of files) {
    const h = f.ast?.header;
    if (h?.kind !== "DocumentDecl") continue;
    const first = documents.get(h.number.value);
    if (first) {
      report(f.file).push(
        error("E0705", h.number.span, `document ${h.number.value} is declared in two rule files`, `further rule files of one document start with: part NAME of "${h.number.value}"`, [
          { span: first.decl.number.span, message: "first declared here" },
        ]),
      );
      continue;
    }
    documents.set(h.number.value, { decl: h, info: documentInfo(h, report(f.file)), file: f.file });
  }
  const lifecycle = resolveLifecycle(documents, report);
  const rulingTexts = new Map([...rulings].map(([id, r]) => [id, r.text]));
  const templates = templatesOf(files);
  const units: UnitIr[] = [];
  const cited: CitedUnit[] = [];
  const applied = new Map<string, PolicyFile>();
  for (const f of files) {
    if (!f.ast) continue;
    const h = f.ast.header;
    const chain = h.kind !== "TemplateDecl" && h.template ? templateFiles(h.template.name, templates) : [];
    if (options.onlyReported && ![f.file, ...chain].some((x) => wanted.has(x))) continue;
    let doc: DocumentInfo | undefined;
    let part: string | undefined;
    let ast = f.ast;
    if (h.kind === "TemplateDecl") continue;
    if (h.kind === "DocumentDecl") {
      doc = documents.get(h.number.value)?.file === f.file ? documents.get(h.number.value)!.info : undefined;
    } else {
      doc = documents.get(h.document.value)?.info;
      part = h.name.name;
      if (!doc) {
        report(f.file).push(
          error("E0704", h.document.span, `part ${part} belongs to document ${h.document.value}, which no rule file declares`, "declare the document in its main rule file: document \"…\" { … }"),
        );
      }
    }
    if (!doc) continue;
    if (h.template) {
      // Checking a template file means checking the documents and parts built on it.
      const sink = [f.file, ...chain].some((x) => wanted.has(x)) && ![f.file, ...chain].some((x) => recovered.has(x)) ? diagnostics : [];
      const template = resolveTemplate(h.template, templates, sink, []);
      if (!template) continue;
      ast = applyTemplate(template, f.ast, sink);
      applied.set(f.file, ast);
      units.push(checkUnit({ file: ast, moduleName: moduleNameOf(f.file), doc, ...(part ? { part } : {}), rulings: rulingTexts }, sink));
      cited.push({ ast, document: documents.get(doc.number)!, diagnostics: sink });
      continue;
    }
    // A document block without rules (an extension decision, a repealed plan) is metadata only: no module.
    if (h.kind === "DocumentDecl" && ast.decls.length === 0) {
      checkDocumentRulings(doc, rulingTexts, report(f.file));
      cited.push({ ast, document: documents.get(doc.number)!, diagnostics: report(f.file) });
      continue;
    }
    const unitDiagnostics = report(f.file);
    applied.set(f.file, ast);
    units.push(checkUnit({ file: ast, moduleName: moduleNameOf(f.file), doc, ...(part ? { part } : {}), rulings: rulingTexts }, unitDiagnostics));
    cited.push({ ast, document: documents.get(doc.number)!, diagnostics: unitDiagnostics });
  }
  const headers = new Map(files.flatMap((f) => (f.ast ? [[f.file, f.ast.header.span] as const] : [])));
  checkModuleNames(units, (file) => headers.get(file)!, report);
  const citations = checkCitations(root, cited, cache?.sources);
  return { root, files, units, diagnostics: sortDiagnostics(dedupe(diagnostics)), rulings, lifecycle, citations, applied, calendar: options.calendar ?? NO_CALENDAR_FILES };
}

type Templates = Map<string, SourceFile & { ast: PolicyFile }>;

function templatesOf(files: readonly SourceFile[]): Templates {
  const templates: Templates = new Map();
  for (const f of files) if (f.ast?.header.kind === "TemplateDecl") templates.set(f.ast.header.name.name, f as SourceFile & { ast: PolicyFile });
  return templates;
}

/** The template files a rule file is built from: the template it extends and the templates that one extends. */
export function templateChain(program: Pick<Program, "files">, file: string): string[] {
  const h = program.files.find((f) => f.file === file)?.ast?.header;
  return h && h.kind !== "TemplateDecl" && h.template ? templateFiles(h.template.name, templatesOf(program.files)) : [];
}

/** The files of a template and of the templates it extends. */
function templateFiles(name: string, templates: Templates, seen: string[] = []): string[] {
  const t = templates.get(name);
  if (!t || seen.includes(name)) return [];
  const h = t.ast.header;
  return [t.file, ...(h.kind === "TemplateDecl" && h.base ? templateFiles(h.base.name, templates, [...seen, name]) : [])];
}

/** A template with the templates it extends applied, or undefined (reported) when one is missing or circular. */
function resolveTemplate(id: Ident, templates: Templates, diagnostics: Diagnostic[], seen: string[]): PolicyFile | undefined {
  const t = templates.get(id.name);
  if (!t) {
    diagnostics.push(error("E0201", id.span, `unknown template "${id.name}"`, didYouMean(id.name, templates.keys()) ?? "declare it in a rule file starting: template NAME"));
    return undefined;
  }
  if (seen.includes(id.name)) {
    diagnostics.push(error("E0602", id.span, `templates extend each other in a loop: ${[...seen, id.name].join(" → ")}`, "a template cannot extend itself, directly or through others: remove one extends"));
    return undefined;
  }
  const h = t.ast.header;
  if (h.kind !== "TemplateDecl" || !h.base) return t.ast;
  const base = resolveTemplate(h.base, templates, diagnostics, [...seen, id.name]);
  return base && applyTemplate(base, t.ast, diagnostics, false);
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

/** `policies/mianyang/employee-medical.policy` → `mianyang/employee-medical`. */
export function moduleNameOf(file: string): string {
  const withoutExt = file.replace(/\.policy$/, "");
  return withoutExt.startsWith(`${POLICY_DIR}/`) ? withoutExt.slice(POLICY_DIR.length + 1) : withoutExt.split("/").pop()!;
}

/** The id `regc run` accepts for a unit: its 文号, or 文号/part for a part file. */
export function unitId(u: Pick<UnitIr, "number" | "part">): string {
  return u.part ? `${u.number}/${u.part}` : u.number;
}
