// What an editor knows about one rule file after a check: the names in scope (its own declarations and its
// templates'), their declarations, their types, and the gazette texts its citations resolve against.
import type { Decl, DocumentDecl, EnumMember, InputField, PolicyFile } from "../dsl/ast.js";
import type { Program } from "../compiler/program.js";
import type { DocumentSource } from "../compiler/law/source-texts.js";
import { collectSymbols, type Symbols } from "../compiler/resolve/symbols.js";
import { applyTemplate } from "../compiler/resolve/templates.js";
import type { UnitIr } from "../compiler/ir/ir.js";
import type { Ty } from "../compiler/ir/types.js";
import { occurrencesOf, type Occurrence } from "./occurrences.js";

export interface FileModel {
  file: string;
  /** The file's own syntax tree: as written, or the declarations that parsed while it has syntax errors. */
  ast?: PolicyFile;
  occurrences: Occurrence[];
  /** Every declaration in scope, the templates' included (with the file's overrides applied). */
  symbols: Symbols;
  /** A checked unit the file's declarations take part in, for the types of values. */
  unit?: UnitIr;
  /** The documents whose gazette texts the file's citations are checked against (several for a template). */
  documents: { number: string; source?: DocumentSource }[];
  program: Program;
}

export function fileModel(program: Program, file: string): FileModel {
  const ast = program.files.find((f) => f.file === file)?.ast;
  const scope = ast ? scopeOf(program, file, ast) : undefined;
  const units = program.units.filter((u) => u.file === file || program.applied.get(u.file)?.decls.some((d) => d.span.file === file));
  const numbers = [...new Set(ast?.header.kind === "TemplateDecl" ? units.map((u) => u.number) : documentNumber(ast) ? [documentNumber(ast)!] : [])];
  return {
    file,
    ...(ast ? { ast } : {}),
    occurrences: ast ? occurrencesOf(ast) : [],
    symbols: collectSymbols({ decls: scope?.decls ?? [] }, []),
    ...(units[0] ? { unit: units.find((u) => u.file === file) ?? units[0] } : {}),
    documents: numbers.map((number) => ({ number, ...(program.citations.sources.get(number) ? { source: program.citations.sources.get(number)! } : {}) })),
    program,
  };
}

function documentNumber(ast: PolicyFile | undefined): string | undefined {
  const h = ast?.header;
  return h?.kind === "DocumentDecl" ? h.number.value : h?.kind === "PartDecl" ? h.document.value : undefined;
}

/** The declarations a file's rules see: its own, after those of the templates it extends. */
function scopeOf(program: Program, file: string, ast: PolicyFile): PolicyFile {
  const checked = program.applied.get(file);
  if (checked) return checked;
  const h = ast.header;
  const base = h.kind === "TemplateDecl" ? h.base?.name : h.template?.name;
  const template = base === undefined ? undefined : program.files.find((f) => f.ast?.header.kind === "TemplateDecl" && f.ast.header.name.name === base);
  if (!template?.ast || template.file === file) return ast;
  return applyTemplate(scopeOf(program, template.file, template.ast), ast, [], h.kind !== "TemplateDecl");
}

/** The document block of a 文号, wherever it is declared. */
export function documentDecl(program: Program, number: string): { decl: DocumentDecl; file: string } | undefined {
  for (const f of program.files) {
    const h = f.ast?.header;
    if (h?.kind === "DocumentDecl" && h.number.value === number) return { decl: h, file: f.file };
  }
  return undefined;
}

/** What a name stands for in a file's scope. */
export type Resolved =
  | { kind: "decl"; decl: Decl }
  | { kind: "field"; scope: "person" | "claim" | "facts"; field: InputField }
  | { kind: "member"; enumName: string; member: EnumMember };

export function resolveName(m: FileModel, name: string): Resolved | undefined {
  const s = m.symbols;
  const decl =
    s.params.get(name) ??
    s.values.get(name) ??
    s.bands.get(name) ??
    s.ledgers.get(name) ??
    s.enums.get(name)?.decl ??
    s.exceptions.get(name) ??
    s.adjusts.get(name);
  if (decl) return { kind: "decl", decl };
  if (s.foreach?.variable.name === name) return { kind: "decl", decl: s.foreach };
  return resolveMember(m, name);
}

export function resolveField(m: FileModel, scope: "person" | "claim" | "facts", name: string): Resolved | undefined {
  const field = m.symbols.inputs[scope].get(name);
  return field ? { kind: "field", scope, field } : undefined;
}

/** An enum member by any of its spellings; in `enumName` when given, else in the one enum that has it. */
export function resolveMember(m: FileModel, name: string, enumName?: string): Resolved | undefined {
  const owners = enumName ? [enumName] : (m.symbols.memberOwners.get(name) ?? []);
  for (const owner of owners) {
    const info = m.symbols.enums.get(owner);
    const canonical = info?.spellings[name];
    if (!info || !canonical) continue;
    // A sub-enum's members are declared by the enum it narrows.
    const declaring = info.decl.parent ? m.symbols.enums.get(info.decl.parent.name) : info;
    const member = declaring?.decl.members.find((x) => x.name.name === canonical);
    if (member) return { kind: "member", enumName: owner, member };
  }
  return undefined;
}

/** The checked type of a param, value, output or ledger, when the unit has it. */
export function typeOf(m: FileModel, name: string): Ty | undefined {
  const u = m.unit;
  if (!u) return undefined;
  const param = u.params.find((p) => p.name === name);
  if (param) return param.ty;
  for (const step of u.steps) if (step.kind === "value" && step.v.name === name) return step.v.ty;
  return u.outputs.find((o) => o.name === name)?.ty;
}
