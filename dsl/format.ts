// The canonical form of a rule file: two-space indentation, a blank line between top-level declarations,
// grounds before "=", normalized literals, comments kept. A declaration stays on one line when it fits in
// 100 columns (CJK characters count two) and otherwise breaks after "=" or before "then".
// The output depends on the syntax tree only, so formatting formatted text changes nothing.
import { builders as b, printer } from "prettier/doc";
import { BLANK_LINE } from "./ast.js";
import type {
  Band,
  Commented,
  Decl,
  DocItem,
  DocumentDecl,
  EnumDecl,
  EnumMember,
  Grounds,
  InputField,
  PartClause,
  PartDecl,
  PolicyFile,
  TemplateDecl,
  TableRow,
  TypeRef,
} from "./ast.js";
import type { Diagnostic } from "./diagnostic.js";
import { exprDoc, literalText, Prec, startsWithBracketOrMinus, stringDoc } from "./format-expr.js";
import { parse } from "./parser.js";

type Doc = b.Doc;

const PRINT_WIDTH = 100;

function commentLine(text: string): string {
  return text ? `// ${text}` : "//";
}

/** A node with its own-line comments above it and its trailing comment after its last line. */
function commented(node: Commented, doc: Doc, after: Doc = ""): Doc {
  const leading = (node.comments ?? []).map((c) => (c === BLANK_LINE ? b.hardline : [commentLine(c), b.hardline]));
  const trailing = node.trailingComment !== undefined ? [b.lineSuffix(` ${commentLine(node.trailingComment)}`), b.breakParent] : [];
  return [...leading, doc, after, ...trailing];
}

function block(head: Doc, items: Doc[], endComments: string[] | undefined): Doc {
  const end = (endComments ?? []).map(commentLine);
  const lines = [...items, ...end];
  if (lines.length === 0) return [head, " {}"];
  return [head, " {", b.indent([b.hardline, b.join(b.hardline, lines)]), b.hardline, "}"];
}

const NO_GROUNDS: Grounds = { citations: [], rulings: [] };

function groundsDoc(g: Grounds): Doc {
  return [...g.citations.map((c) => ` @ ${c.path}`), g.rulings.length ? ` ruling ${g.rulings.map((r) => r.name).join(", ")}` : ""];
}

function typeText(t: TypeRef): string {
  switch (t.kind) {
    case "PrimType":
      return t.name;
    case "DurationType":
      return t.unit;
    case "NamedType":
      return t.name.name;
    case "SetType":
      return `set of ${t.of.name}`;
  }
}

/** `head = value`, breaking after "=" when it does not fit. */
function assignment(head: Doc, value: Doc): Doc {
  return b.group([head, " =", b.indent([b.line, value])]);
}

function docItem(item: DocItem): Doc {
  switch (item.kind) {
    case "DocText":
      return [item.key, " ", stringDoc(item.value)];
    case "DocDate":
      return [item.key, " ", item.value.iso];
    case "DocEffective":
      return ["effective ", item.value.iso, item.assumed ? ` assumed ${item.assumed.name}` : "", groundsDoc(item.grounds)];
    case "DocEffectiveUnknown":
      return "effective unknown";
    case "DocValidity":
      return ["validity ", literalText(item.duration), groundsDoc(item.grounds)];
    case "DocExpires":
      return ["expires ", item.value.iso, groundsDoc(item.grounds)];
    case "DocRelation": {
      const head = [
        item.relation,
        " ",
        stringDoc(item.target),
        item.from ? ` from ${item.from.iso}` : "",
        item.until ? ` until ${item.until.iso}` : "",
        groundsDoc(item.grounds),
      ];
      return item.parts
        ? block(
            head,
            item.parts.map((c) => commented(c, partClause(c))),
            undefined,
          )
        : head;
    }
    case "DocRuling":
      // The English on a line of its own under the Chinese: each text is long, and each is read on its own.
      return ["ruling ", item.id.name, " ", stringDoc(item.text), item.en ? b.indent([b.hardline, "en ", stringDoc(item.en)]) : ""];
    case "DocAppeal":
      return ["appeal ", stringDoc(item.text), groundsDoc(item.grounds)];
  }
}

function partClause(c: PartClause): Doc {
  return [c.action, " ", c.names.map((n) => n.name).join(", "), c.by ? ` by ${c.by.name}` : "", groundsDoc(c.grounds)];
}

function header(h: DocumentDecl | PartDecl | TemplateDecl): Doc {
  if (h.kind === "PartDecl") return [`part ${h.name.name} of `, stringDoc(h.document), h.template ? ` extends ${h.template.name}` : ""];
  if (h.kind === "TemplateDecl") return [`template ${h.name.name}`, h.base ? ` extends ${h.base.name}` : "", h.title ? ` ${stringDoc(h.title)}` : ""];
  return block(
    ["document ", stringDoc(h.number), h.template ? ` extends ${h.template.name}` : ""],
    h.items.map((item) => commented(item, docItem(item))),
    h.endComments,
  );
}

function enumMember(m: EnumMember): string {
  const aliases = m.aliases.map((a) => a.name);
  if (aliases.length === 0) return m.name.name;
  return `${m.name.name} alias ${aliases.length === 1 ? aliases[0] : `(${aliases.join(", ")})`}`;
}

/** Members on one line when they fit and carry no comments, else one per line. */
function enumDoc(d: EnumDecl): Doc {
  const members = d.members.map((m, i) => commented(m, enumMember(m), i < d.members.length - 1 ? "," : ""));
  const end = (d.endComments ?? []).map((c) => [b.hardline, commentLine(c)]);
  return b.group([`enum ${d.name.name}${d.parent ? ` of ${d.parent.name}` : ""} {`, b.indent([b.line, b.join(b.line, members), ...end]), b.line, "}"]);
}

/** A field on one line when it fits; otherwise its label goes to the next line. */
function field(f: InputField): Doc {
  return b.group([
    f.name.name,
    ": ",
    f.optional ? "optional " : "",
    f.signed ? "signed " : "",
    typeText(f.type),
    f.default ? [" default ", exprDoc(f.default), groundsDoc(f.defaultGrounds ?? NO_GROUNDS)] : "",
    f.requiredWhen ? [" required when ", exprDoc(f.requiredWhen)] : "",
    f.label ? b.indent([b.line, stringDoc(f.label)]) : "",
  ]);
}

function row(r: TableRow): Doc {
  return [r.keys.map((k) => k.name).join(", "), ": ", exprDoc(r.value), groundsDoc(r.grounds)];
}

function band(x: Band, next: Band | undefined): Doc {
  // Without grounds in between, a band's rate would run into a next band that opens with "-" or "(".
  const separate =
    next?.lower !== undefined && x.grounds.citations.length + x.grounds.rulings.length === 0 && startsWithBracketOrMinus(next.lower.value, Prec.Ledger);
  return [
    x.lower ? [exprDoc(x.lower.value, Prec.Ledger), x.lower.inclusive ? " <= " : " < "] : "",
    "x",
    x.upper ? [x.upper.inclusive ? " <= " : " < ", exprDoc(x.upper.value, Prec.Ledger)] : "",
    ": ",
    exprDoc(x.rate),
    groundsDoc(x.grounds),
    separate ? ";" : "",
  ];
}

function decl(d: Decl): Doc {
  return d.override ? ["override ", declBody(d)] : declBody(d);
}

function declBody(d: Decl): Doc {
  switch (d.kind) {
    case "EnumDecl":
      return enumDoc(d);
    case "InputDecl":
      return block(
        d.scope,
        d.fields.map((f) => commented(f, field(f))),
        d.endComments,
      );
    case "ParamDecl": {
      const head = ["param ", d.name.name, ": ", typeText(d.type), d.keyedBy ? ` by ${d.keyedBy.name}` : "", groundsDoc(d.grounds)];
      if (d.rows)
        return block(
          head,
          d.rows.map((r) => commented(r, row(r))),
          d.endComments,
        );
      return d.value ? assignment(head, exprDoc(d.value, Prec.If, true)) : head;
    }
    case "BandsDecl":
      return block(
        ["bands ", d.name.name, groundsDoc(d.grounds)],
        d.bands.map((x, i) => commented(x, band(x, d.bands[i + 1]))),
        d.endComments,
      );
    case "ValueDecl":
      return assignment(["value ", d.name.name, d.type ? `: ${typeText(d.type)}` : "", groundsDoc(d.grounds)], exprDoc(d.value, Prec.If, true));
    case "ExceptionDecl":
    case "AdjustDecl":
      return b.group([
        d.kind === "ExceptionDecl" ? "exception " : "adjust ",
        `${d.name.name} on ${d.target.name} when `,
        exprDoc(d.when),
        b.indent([b.line, "then ", exprDoc(d.value), groundsDoc(d.grounds)]),
      ]);
    case "LimitDecl":
      return b.group([`${d.form} ${d.name.name} `, stringDoc(d.words), ` on ${d.target.name} when `, b.indent([exprDoc(d.when), groundsDoc(d.grounds)])]);
    case "PrecedenceDecl":
      return [`precedence ${d.order.map((o) => o.name).join(" > ")}`, groundsDoc(d.grounds)];
    case "LedgerDecl":
      if (d.ledgerKind === "tally") {
        return b.group([`ledger ${d.name.name}: tally per year of`, b.indent([b.line, exprDoc(d.amount, Prec.If, true), groundsDoc(d.grounds)])]);
      }
      return assignment([`ledger ${d.name.name}: ${d.ledgerKind} per year`, groundsDoc(d.grounds)], exprDoc(d.amount, Prec.If, true));
    case "StatusDecl":
      return b.group([
        `status ${d.status}${d.says ? ` ${stringDoc(d.says)}` : ""} when`,
        b.indent([b.line, exprDoc(d.when, Prec.If, true), groundsDoc(d.grounds)]),
      ]);
    case "ForEachDecl":
      return b.group([
        `foreach ${d.variable.name} in `,
        exprDoc(d.set),
        b.indent([b.line, `covering ${d.covering.name}`, b.line, `choose highest ${d.choose.name}`, groundsDoc(d.grounds)]),
      ]);
    case "OutputDecl":
      return assignment(
        ["output ", d.name.name, ": ", typeText(d.type), d.label ? ` ${stringDoc(d.label)}` : "", groundsDoc(d.grounds)],
        exprDoc(d.value, Prec.If, true),
      );
  }
}

export function format(ast: PolicyFile): string {
  // The header always stands apart; declarations keep the author's grouping (dsl/blank-lines.ts).
  const decls = ast.decls.map((d, i) => [i === 0 || d.blankBefore ? [b.hardline, b.hardline] : b.hardline, commented(d, decl(d))]);
  const trailing = ast.trailingComments?.length ? [b.hardline, b.hardline, b.join(b.hardline, ast.trailingComments.map(commentLine))] : [];
  const doc = [commented(ast.header, header(ast.header)), ...decls, ...trailing, b.hardline];
  return printer.printDocToString(doc, { printWidth: PRINT_WIDTH, tabWidth: 2, useTabs: false }).formatted;
}

export interface FormatResult {
  /** The canonical text; undefined when the file has syntax errors. */
  text?: string;
  diagnostics: Diagnostic[];
}

export function formatSource(file: string, text: string): FormatResult {
  const { ast, diagnostics } = parse(file, text);
  return ast ? { text: format(ast), diagnostics } : { diagnostics };
}
