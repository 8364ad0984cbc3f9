// The resolve pass: each rule file with rules becomes the declarations of one unit. A part file is linked to
// the document that declares it (E0704 when none does); a file built on a template gets the template's
// declarations, the templates it extends applied first, its own overrides in their place (templates.ts). A
// template file is not a unit of its own: it is checked through the documents built on it, and what they
// find in it is reported when the template or one of them is. A document amending another from a date
// (`amends "X" from D`) gets X's declarations with its own overrides in the same way (amendments.ts): a new
// version of X's rules.
import type { DocumentDecl, Ident, PolicyFile } from "../../dsl/ast.js";
import { diagnose, type Diagnostic } from "../../dsl/diagnostic.js";
import { suggest } from "../../dsl/suggest.js";
import * as Cycles from "../messages/cycles.js";
import * as Documents from "../messages/documents.js";
import * as M from "../messages/names.js";
import type { CitedUnit } from "../law/citations.js";
import { checkDocumentRulings, type DocumentInfo } from "../lifecycle/document.js";
import type { Lifecycle } from "../lifecycle/periods.js";
import type { AmendmentIr } from "../ir/ir.js";
import type { Program, SourceFile } from "../program.js";
import { amendedVersions, amendsFrom, type Amending } from "./amendments.js";
import { applyTemplate } from "./templates.js";

/** A rule file's declarations, resolved: what the check pass takes. */
export interface ResolvedUnit {
  file: string;
  /** Its declarations with its templates applied. */
  ast: PolicyFile;
  doc: DocumentInfo;
  part?: string;
  /** A version of a document as amended: the amending rule file and document, and the amendments so far. */
  amending?: { file: string; number: string };
  amendments?: AmendmentIr[];
  /** Where its diagnostics go. */
  diagnostics: Diagnostic[];
}

export interface Resolved {
  units: ResolvedUnit[];
  /** Every rule file whose citations are checked: the units, and document blocks without rules. */
  cited: CitedUnit[];
}

export interface ResolveOptions {
  reported: ReadonlySet<string>;
  recovered: ReadonlySet<string>;
  /** Resolve only the reported files and the files built on a reported template. */
  onlyReported: boolean;
  /** Every reported diagnostic; `report` gives a file's own (nothing for a file not reported on). */
  diagnostics: Diagnostic[];
  report: (file: string) => Diagnostic[];
  rulings: ReadonlyMap<string, string>;
}

export type Declared = ReadonlyMap<string, { decl: DocumentDecl; info: DocumentInfo; file: string }>;

export function resolveUnits(files: readonly SourceFile[], documents: Declared, lifecycle: Lifecycle, o: ResolveOptions): Resolved {
  const templates = templatesOf(files);
  const units: ResolvedUnit[] = [];
  const cited: CitedUnit[] = [];
  /** Each document's main rules as resolved, which an amendment builds on. */
  const mains = new Map<string, ResolvedUnit>();
  const amending: Amending[] = [];
  // An amendment is checked on the rules it amends: those are needed even when only the amendment is reported.
  const amended = new Set<string>();
  for (const d of documents.values()) {
    if (!o.reported.has(d.file)) continue;
    for (const r of d.info.relations)
      if (r.relation === "amends" && r.from !== undefined && documents.has(r.target)) amended.add(documents.get(r.target)!.file);
  }
  for (const f of files) {
    if (!f.ast) continue;
    const h = f.ast.header;
    const chain = h.kind !== "TemplateDecl" && h.template ? templateFiles(h.template.name, templates) : [];
    if (o.onlyReported && ![f.file, ...chain].some((x) => o.reported.has(x)) && !amended.has(f.file)) continue;
    let doc: DocumentInfo | undefined;
    let part: string | undefined;
    if (h.kind === "TemplateDecl") continue;
    if (h.kind === "DocumentDecl") {
      doc = documents.get(h.number.value)?.file === f.file ? documents.get(h.number.value)!.info : undefined;
    } else {
      doc = partInfo(documents.get(h.document.value)?.info, lifecycle, h.name.name);
      part = h.name.name;
      if (!doc) {
        o.report(f.file).push(diagnose(Documents.partOfUndeclared, h.document.span, { part, number: h.document.value }));
      }
    }
    if (!doc) continue;
    const document = documents.get(doc.number)!;
    const amends = h.kind === "DocumentDecl" && f.ast.decls.length ? amendsFrom(f as SourceFile & { ast: PolicyFile }, doc, o.report(f.file)) : undefined;
    if (amends) {
      // Its rules are the amended document's, overridden from a date: resolved once every document's are.
      if (amends !== "error") amending.push(amends);
      continue;
    }
    if (h.template) {
      // Checking a template file means checking the documents and parts built on it.
      const sink = [f.file, ...chain].some((x) => o.reported.has(x)) && ![f.file, ...chain].some((x) => o.recovered.has(x)) ? o.diagnostics : [];
      const template = resolveTemplate(h.template, templates, sink, []);
      if (!template) continue;
      const ast = applyTemplate(template, f.ast, sink);
      const unit: ResolvedUnit = { file: f.file, ast, doc, ...(part ? { part } : {}), diagnostics: sink };
      units.push(unit);
      if (!part) mains.set(doc.number, unit);
      cited.push({ ast, document, diagnostics: sink });
      continue;
    }
    // A document block without rules (an extension decision, a repealed plan) is metadata only: no module.
    if (h.kind === "DocumentDecl" && f.ast.decls.length === 0) {
      checkDocumentRulings(doc, o.rulings, o.report(f.file));
      cited.push({ ast: f.ast, document, diagnostics: o.report(f.file) });
      continue;
    }
    const unit: ResolvedUnit = { file: f.file, ast: f.ast, doc, ...(part ? { part } : {}), diagnostics: o.report(f.file) };
    units.push(unit);
    if (!part) mains.set(doc.number, unit);
    cited.push({ ast: f.ast, document, diagnostics: o.report(f.file) });
  }
  units.push(...amendedVersions(amending, mains, documents, lifecycle, o.report));
  for (const a of amending) cited.push({ ast: a.f.ast, document: documents.get(a.doc.number)!, diagnostics: o.report(a.f.file) });
  return { units, cited };
}

/** A part file is judged by its own period: its document's, or longer when a successor carries it over. */
function partInfo(doc: DocumentInfo | undefined, lifecycle: Lifecycle, name: string): DocumentInfo | undefined {
  const p = doc && lifecycle.documents.get(doc.number)?.parts.get(name)?.period;
  if (!doc || !p || p.from === null) return doc;
  return { ...doc, inForce: { from: p.from, to: p.to, fromReason: p.fromReason, toReason: p.toReason } };
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
    diagnostics.push(diagnose(M.unknownTemplate, id.span, { name: id.name, meant: suggest(id.name, templates.keys()) }));
    return undefined;
  }
  if (seen.includes(id.name)) {
    diagnostics.push(diagnose(Cycles.circular, id.span, { kind: "template", loop: [...seen, id.name] }));
    return undefined;
  }
  const h = t.ast.header;
  if (h.kind !== "TemplateDecl" || !h.base) return t.ast;
  const base = resolveTemplate(h.base, templates, diagnostics, [...seen, id.name]);
  return base && applyTemplate(base, t.ast, diagnostics, false);
}
