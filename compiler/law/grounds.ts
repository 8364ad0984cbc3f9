// What each rule of a unit rests on: the articles it cites, the rulings it relies on and the numbers it
// writes. The citation check, the coverage report and the rulings report all read this one listing, so the
// three agree on which rule cites what.
import type { Citation, Decl, DocItem, Expr, Ident, Literal, PolicyFile, Span } from "../../dsl/ast.js";
import { reachableDecls } from "./reachable.js";

export interface Grounded {
  /** How a reader finds it: `param 级别起付标准`, `param 级别起付标准 [无等级]`, `bands 分段支付比例 #2`. */
  label: string;
  citations: Citation[];
  rulings: Ident[];
  /** Numbers and dates written in the rule (or its row or band), each to be found in a cited provision. */
  literals: Literal[];
  span: Span;
  /** Written in a template the unit's document extends, rather than in the unit's own file. */
  inherited: boolean;
  /** Words the rule copies from the gazette (an appeal notice, a carve-out), each to be found in a cited provision. */
  quotes?: { words: string; span: Span }[];
}

/**
 * Every grounded item of a unit: its document block's items (for the document's main file), then its rules.
 * A template's declaration that the unit never reaches (a parameter its own override made unused) is not one
 * of the unit's rules, so it is left out: its numbers need not be in this document's text.
 */
export function groundsOf(ast: PolicyFile): Grounded[] {
  const reached = reachableDecls(ast.decls);
  const items: Grounded[] = [];
  if (ast.header.kind === "DocumentDecl") for (const item of ast.header.items) documentItem(item, items);
  for (const d of ast.decls) {
    const inherited = d.span.file !== ast.file;
    if (inherited && !reached.has(d) && d.kind !== "InputDecl") continue;
    declItems(d, (label, grounds, exprs, span, quotes) =>
      items.push({
        label,
        citations: grounds.citations,
        rulings: grounds.rulings,
        literals: exprs.flatMap((e) => (e ? literalsIn(e) : [])),
        span,
        inherited,
        ...(quotes ? { quotes } : {}),
      }),
    );
  }
  return items;
}

type Add = (label: string, grounds: { citations: Citation[]; rulings: Ident[] }, exprs: (Expr | undefined)[], span: Span, quotes?: Grounded["quotes"]) => void;

function declItems(d: Decl, add: Add): void {
  switch (d.kind) {
    case "ParamDecl":
      add(`param ${d.name.name}`, d.grounds, [d.value], d.span);
      for (const row of d.rows ?? []) {
        // A row without citations of its own rests on its table's.
        const citations = row.grounds.citations.length ? row.grounds.citations : d.grounds.citations;
        add(`param ${d.name.name} [${row.keys.map((k) => k.name).join(", ")}]`, { citations, rulings: row.grounds.rulings }, [row.value], row.span);
      }
      return;
    case "BandsDecl":
      add(`bands ${d.name.name}`, d.grounds, [], d.span);
      d.bands.forEach((band, i) => {
        const citations = band.grounds.citations.length ? band.grounds.citations : d.grounds.citations;
        add(`bands ${d.name.name} #${i + 1}`, { citations, rulings: band.grounds.rulings }, [band.lower?.value, band.upper?.value, band.rate], band.span);
      });
      return;
    case "ValueDecl":
      return add(`value ${d.name.name}`, d.grounds, [d.value], d.span);
    case "ExceptionDecl":
      return add(`exception ${d.name.name}`, d.grounds, [d.when, d.value], d.span);
    case "AdjustDecl":
      return add(`adjust ${d.name.name}`, d.grounds, [d.when, d.value], d.span);
    case "LimitDecl":
      return add(`${d.form} ${d.name.name}`, d.grounds, [d.when], d.span, [{ words: d.words.value, span: d.words.span }]);
    case "PrecedenceDecl":
      return add(`precedence ${d.order.map((o) => o.name).join(" > ")}`, d.grounds, [], d.span);
    case "LedgerDecl":
      return add(`ledger ${d.name.name}`, d.grounds, [d.amount], d.span);
    case "StatusDecl":
      return add(`status ${d.status}`, d.grounds, [d.when], d.span);
    case "OutputDecl":
      return add(`output ${d.name.name}`, d.grounds, [d.value], d.span);
    case "ForEachDecl":
      return add(`foreach ${d.variable.name}`, d.grounds, [d.set], d.span);
    case "InputDecl":
      // A default's reason: the provision that makes absence mean that value (its number is held to the text).
      for (const f of d.fields) if (f.default && f.defaultGrounds) add(`default ${d.scope}.${f.name.name}`, f.defaultGrounds, [f.default], f.span);
      return;
    case "EnumDecl":
      return;
  }
}

function documentItem(item: DocItem, items: Grounded[]): void {
  const push = (label: string, grounds: { citations: Citation[]; rulings: Ident[] }, literals: Literal[]): void => {
    items.push({ label, citations: grounds.citations, rulings: grounds.rulings, literals, span: item.span, inherited: false });
  };
  switch (item.kind) {
    case "DocEffective": {
      // An assumed date is not printed (RULINGS R6): the ruling it names is its ground, not the text.
      const rulings = item.assumed ? [item.assumed, ...item.grounds.rulings] : item.grounds.rulings;
      return push("effective", { citations: item.grounds.citations, rulings }, item.assumed ? [] : [item.value]);
    }
    case "DocValidity":
      return push("validity", item.grounds, [item.duration]);
    case "DocExpires":
      return push("expires", item.grounds, [item.value]);
    case "DocRelation":
      push(`${item.relation} ${item.target.value}`, item.grounds, [...(item.until ? [item.until] : []), ...(item.from ? [item.from] : [])]);
      for (const c of item.parts ?? [])
        items.push({
          label: `${c.action} ${c.names.map((n) => n.name).join(", ")}`,
          citations: c.grounds.citations,
          rulings: c.grounds.rulings,
          literals: [],
          span: c.span,
          inherited: false,
        });
      return;
    case "DocAppeal":
      items.push({
        label: "appeal",
        citations: item.grounds.citations,
        rulings: item.grounds.rulings,
        literals: [],
        span: item.span,
        inherited: false,
        quotes: [{ words: item.text.value, span: item.text.span }],
      });
      return;
    default:
      return;
  }
}

/** The literals of an expression, left to right. */
export function literalsIn(e: Expr): Literal[] {
  switch (e.kind) {
    case "MoneyLit":
    case "PercentLit":
    case "PointsLit":
    case "DurationLit":
    case "DateLit":
    case "NumberLit":
    case "BoolLit":
      return [e];
    case "NameRef":
      return [];
    case "MemberRef":
      return literalsIn(e.object);
    case "IndexExpr":
      return [...literalsIn(e.object), ...literalsIn(e.index)];
    case "CallExpr":
      return e.args.flatMap(literalsIn);
    case "UnaryExpr":
      return literalsIn(e.operand);
    case "BinaryExpr":
      return [...literalsIn(e.left), ...literalsIn(e.right)];
    case "InExpr":
      return literalsIn(e.subject);
    case "IfExpr":
      return [...literalsIn(e.cond), ...literalsIn(e.then), ...literalsIn(e.else)];
    case "LedgerExpr":
      return literalsIn(e.amount);
    case "ParenExpr":
      return literalsIn(e.inner);
  }
}
