// The outline of a rule file: its header, then each declaration with its members, fields, rows or bands.
import { SymbolKind, type DocumentSymbol } from "vscode-languageserver";
import type { Decl, PolicyFile, Span } from "../dsl/ast.js";
import { toRange } from "./positions.js";

function symbol(name: string, detail: string, kind: SymbolKind, span: Span, selection: Span, children: DocumentSymbol[] = []): DocumentSymbol {
  return { name: name || "?", detail, kind, range: toRange(span), selectionRange: toRange(selection), ...(children.length ? { children } : {}) };
}

export function documentSymbols(ast: PolicyFile): DocumentSymbol[] {
  const h = ast.header;
  const head =
    h.kind === "DocumentDecl"
      ? symbol(
          h.number.value,
          "document",
          SymbolKind.File,
          h.span,
          h.number.span,
          h.items.flatMap((i) => (i.kind === "DocRuling" ? [symbol(i.id.name, i.text.value, SymbolKind.Key, i.span, i.id.span)] : [])),
        )
      : h.kind === "PartDecl"
        ? symbol(h.name.name, `part of ${h.document.value}`, SymbolKind.File, h.span, h.name.span)
        : symbol(h.name.name, "template", SymbolKind.File, h.span, h.name.span);
  return [head, ...ast.decls.map(declSymbol)];
}

function declSymbol(d: Decl): DocumentSymbol {
  switch (d.kind) {
    case "EnumDecl":
      return symbol(
        d.name.name,
        "enum",
        SymbolKind.Enum,
        d.span,
        d.name.span,
        d.members.map((m) => symbol(m.name.name, "", SymbolKind.EnumMember, m.span, m.name.span)),
      );
    case "InputDecl":
      return symbol(
        d.scope,
        "",
        SymbolKind.Struct,
        d.span,
        d.span,
        d.fields.map((f) => symbol(f.name.name, f.label?.value ?? "", SymbolKind.Field, f.span, f.name.span)),
      );
    case "ParamDecl":
      return symbol(
        d.name.name,
        "param",
        SymbolKind.Constant,
        d.span,
        d.name.span,
        (d.rows ?? []).map((r) => symbol(r.keys.map((k) => k.name).join(", "), "", SymbolKind.EnumMember, r.span, r.keys[0]!.span)),
      );
    case "BandsDecl":
      return symbol(d.name.name, "bands", SymbolKind.Constant, d.span, d.name.span);
    case "ValueDecl":
      return symbol(d.name.name, "value", SymbolKind.Variable, d.span, d.name.span);
    case "ExceptionDecl":
    case "AdjustDecl":
      return symbol(d.name.name, `${d.kind === "ExceptionDecl" ? "exception" : "adjust"} on ${d.target.name}`, SymbolKind.Event, d.span, d.name.span);
    case "LimitDecl":
      return symbol(d.name.name, `${d.form} on ${d.target.name}: ${d.words.value}`, SymbolKind.Event, d.span, d.name.span);
    case "PrecedenceDecl":
      return symbol(d.order.map((o) => o.name).join(" > "), "precedence", SymbolKind.Operator, d.span, d.order[0]!.span);
    case "LedgerDecl":
      return symbol(d.name.name, `ledger ${d.ledgerKind}`, SymbolKind.Object, d.span, d.name.span);
    case "StatusDecl":
      return symbol(d.status, "status", SymbolKind.Boolean, d.span, d.span);
    case "OutputDecl":
      return symbol(d.name.name, d.label?.value ?? "output", SymbolKind.Property, d.span, d.name.span);
    case "ForEachDecl":
      return symbol(d.variable.name, "foreach", SymbolKind.Array, d.span, d.variable.span);
  }
}
