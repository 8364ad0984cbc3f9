// Every place in a rule file that names something an editor can explain or jump to: declared names and their
// uses, input fields, enum members, citations, rulings, templates, documents and source texts. Hover, go to
// definition and the quick fixes all start by finding the occurrence under the cursor.
import type { Decl, DocItem, Expr, Grounds, Ident, PolicyFile, Span, TypeRef } from "../dsl/ast.js";

export type Occurrence =
  /** A declared name (param, value, bands, ledger, enum, exception, adjustment, foreach variable) or a use of one. */
  | { kind: "name"; name: string; span: Span; declares: boolean }
  /** `claim.totalCost`: a field of an input block. */
  | { kind: "field"; scope: "person" | "claim" | "facts"; name: string; span: Span; declares: boolean }
  /** An enum member: in its enum's declaration, a table row, `in {…}`, `has(…)` or `医院级别.一级`. */
  | { kind: "member"; name: string; enumName?: string; span: Span; declares: boolean }
  | { kind: "function"; name: string; span: Span }
  | { kind: "citation"; path: string; span: Span }
  | { kind: "ruling"; id: string; span: Span; declares: boolean }
  | { kind: "template"; name: string; span: Span; declares: boolean }
  /** A 文号: a document's own, a part's document, or the target of a relation. */
  | { kind: "document"; number: string; span: Span }
  /** `source "sources/…txt"`. */
  | { kind: "source"; path: string; span: Span };

export function occurrencesOf(ast: PolicyFile): Occurrence[] {
  const out: Occurrence[] = [];
  const h = ast.header;
  if (h.kind === "DocumentDecl") {
    out.push({ kind: "document", number: h.number.value, span: h.number.span });
    if (h.template) out.push(template(h.template, false));
    for (const item of h.items) docItem(item, out);
  } else if (h.kind === "PartDecl") {
    out.push({ kind: "document", number: h.document.value, span: h.document.span });
    if (h.template) out.push(template(h.template, false));
  } else {
    out.push(template(h.name, true));
    if (h.base) out.push(template(h.base, false));
  }
  for (const d of ast.decls) decl(d, out);
  return out;
}

/** The occurrence whose span holds `offset` (its end included, for a cursor just after a word). */
export function occurrenceAt(occurrences: readonly Occurrence[], offset: number): Occurrence | undefined {
  return occurrences.find((o) => o.span.start.offset <= offset && offset <= o.span.end.offset);
}

function template(id: Ident, declares: boolean): Occurrence {
  return { kind: "template", name: id.name, span: id.span, declares };
}

function name(id: Ident, declares = false): Occurrence {
  return { kind: "name", name: id.name, span: id.span, declares };
}

function docItem(item: DocItem, out: Occurrence[]): void {
  switch (item.kind) {
    case "DocText":
      if (item.key === "source") out.push({ kind: "source", path: item.value.value, span: item.value.span });
      return;
    case "DocEffective":
      if (item.assumed) out.push({ kind: "ruling", id: item.assumed.name, span: item.assumed.span, declares: false });
      return grounds(item.grounds, out);
    case "DocValidity":
    case "DocExpires":
      return grounds(item.grounds, out);
    case "DocRelation":
      out.push({ kind: "document", number: item.target.value, span: item.target.span });
      return grounds(item.grounds, out);
    case "DocRuling":
      out.push({ kind: "ruling", id: item.id.name, span: item.id.span, declares: true });
      return;
    default:
      return;
  }
}

function grounds(g: Grounds, out: Occurrence[]): void {
  for (const c of g.citations) out.push({ kind: "citation", path: c.path, span: c.span });
  for (const r of g.rulings) out.push({ kind: "ruling", id: r.name, span: r.span, declares: false });
}

function typeRef(t: TypeRef, out: Occurrence[]): void {
  if (t.kind === "NamedType") out.push(name(t.name));
  else if (t.kind === "SetType") out.push(name(t.of));
}

function decl(d: Decl, out: Occurrence[]): void {
  switch (d.kind) {
    case "EnumDecl":
      out.push(name(d.name, true));
      if (d.parent) out.push(name(d.parent));
      for (const m of d.members) {
        out.push({ kind: "member", name: m.name.name, enumName: d.parent?.name ?? d.name.name, span: m.name.span, declares: !d.parent });
        for (const a of m.aliases) out.push({ kind: "member", name: a.name, enumName: d.name.name, span: a.span, declares: true });
      }
      return;
    case "InputDecl":
      for (const f of d.fields) {
        out.push({ kind: "field", scope: d.scope, name: f.name.name, span: f.name.span, declares: true });
        typeRef(f.type, out);
        if (f.default) expr(f.default, out);
      }
      return;
    case "ParamDecl":
      out.push(name(d.name, true));
      typeRef(d.type, out);
      if (d.keyedBy) out.push(name(d.keyedBy));
      grounds(d.grounds, out);
      if (d.value) expr(d.value, out);
      for (const row of d.rows ?? []) {
        for (const k of row.keys) out.push({ kind: "member", name: k.name, ...(d.keyedBy ? { enumName: d.keyedBy.name } : {}), span: k.span, declares: false });
        expr(row.value, out);
        grounds(row.grounds, out);
      }
      return;
    case "BandsDecl":
      out.push(name(d.name, true));
      grounds(d.grounds, out);
      for (const b of d.bands) {
        for (const e of [b.lower?.value, b.upper?.value, b.rate]) if (e) expr(e, out);
        grounds(b.grounds, out);
      }
      return;
    case "ValueDecl":
      out.push(name(d.name, true));
      if (d.type) typeRef(d.type, out);
      grounds(d.grounds, out);
      return expr(d.value, out);
    case "ExceptionDecl":
    case "AdjustDecl":
      out.push(name(d.name, true), name(d.target));
      expr(d.when, out);
      expr(d.value, out);
      return grounds(d.grounds, out);
    case "PrecedenceDecl":
      for (const o of d.order) out.push(name(o));
      return grounds(d.grounds, out);
    case "LedgerDecl":
      out.push(name(d.name, true));
      expr(d.amount, out);
      return grounds(d.grounds, out);
    case "StatusDecl":
      expr(d.when, out);
      return grounds(d.grounds, out);
    case "OutputDecl":
      typeRef(d.type, out);
      grounds(d.grounds, out);
      return expr(d.value, out);
    case "ForEachDecl":
      out.push(name(d.variable, true));
      expr(d.set, out);
      out.push(name(d.covering));
      return grounds(d.grounds, out);
  }
}

const SCOPES = new Set(["person", "claim", "facts"]);

function expr(e: Expr, out: Occurrence[]): void {
  switch (e.kind) {
    case "NameRef":
      if (!SCOPES.has(e.name.name)) out.push(name(e.name));
      return;
    case "MemberRef": {
      const o = e.object;
      if (o.kind === "NameRef" && SCOPES.has(o.name.name)) {
        out.push({ kind: "field", scope: o.name.name as "person" | "claim" | "facts", name: e.member.name, span: e.member.span, declares: false });
        return;
      }
      expr(o, out);
      // `医院级别.一级` names a member; `累计.before` and `claim.referredFrom.起付标准` are resolved by the model.
      if (o.kind === "NameRef") out.push({ kind: "member", name: e.member.name, enumName: o.name.name, span: e.member.span, declares: false });
      else out.push(name(e.member));
      return;
    }
    case "IndexExpr":
      expr(e.object, out);
      return expr(e.index, out);
    case "CallExpr":
      out.push({ kind: "function", name: e.callee.name, span: e.callee.span });
      // has(list, 成员…): the members are names of the list's enum.
      e.args.forEach((a, i) =>
        e.callee.name === "has" && i > 0 && a.kind === "NameRef"
          ? out.push({ kind: "member", name: a.name.name, span: a.span, declares: false })
          : expr(a, out),
      );
      return;
    case "UnaryExpr":
      return expr(e.operand, out);
    case "BinaryExpr":
      expr(e.left, out);
      return expr(e.right, out);
    case "InExpr":
      expr(e.subject, out);
      for (const m of e.members) out.push({ kind: "member", name: m.name, span: m.span, declares: false });
      return;
    case "IfExpr":
      expr(e.cond, out);
      expr(e.then, out);
      return expr(e.else, out);
    case "LedgerExpr":
      expr(e.amount, out);
      out.push(name(e.ledger));
      return;
    case "ParenExpr":
      return expr(e.inner, out);
    default:
      return;
  }
}
