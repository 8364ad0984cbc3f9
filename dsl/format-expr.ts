// Layout of expressions for the formatter, as prettier documents: a line that is too long breaks first
// between the arms of an `if`, then before the operators of the loosest chain, then inside calls.
// Parentheses are printed where the author wrote them (ParenExpr) and wherever precedence needs them.
import { builders as b, printer } from "prettier/doc";
import type { BinaryExpr, BinaryOp, Expr, IfExpr, Literal, StringLit } from "./ast.js";

type Doc = b.Doc;

/** Binding strength, loosest first, following the grammar's expression levels. */
export enum Prec {
  If,
  Or,
  And,
  Not,
  Compare,
  Ledger,
  Add,
  Mul,
  Unary,
  Postfix,
  Atom,
}

function binaryPrec(op: BinaryOp): Prec {
  switch (op) {
    case "or":
      return Prec.Or;
    case "and":
      return Prec.And;
    case "+":
    case "-":
      return Prec.Add;
    case "*":
    case "/":
      return Prec.Mul;
    default:
      return Prec.Compare;
  }
}

function precOf(e: Expr): Prec {
  switch (e.kind) {
    case "IfExpr":
      return Prec.If;
    case "BinaryExpr":
      return binaryPrec(e.op);
    case "InExpr":
      return Prec.Compare;
    case "LedgerExpr":
      return Prec.Ledger;
    case "UnaryExpr":
      return e.op === "not" ? Prec.Not : Prec.Unary;
    case "MemberRef":
    case "IndexExpr":
      return Prec.Postfix;
    default:
      return Prec.Atom;
  }
}

export function stringDoc(s: StringLit): string {
  return `"${s.value.replace(/[\\"]/g, "\\$&")}"`;
}

export function literalText(lit: Literal): string {
  switch (lit.kind) {
    case "MoneyLit":
      return lit.digits + lit.unit;
    case "PercentLit":
      return `${lit.digits}%`;
    case "PointsLit":
      return `${lit.digits}个百分点`;
    case "DurationLit":
      return lit.digits + lit.unit;
    case "DateLit":
      return lit.iso;
    case "NumberLit":
      return lit.digits;
    case "BoolLit":
      return String(lit.value);
  }
}

/** Contents between brackets: on one line, or on their own indented lines. */
function bracketed(open: string, contents: Doc, close: string): Doc {
  return b.group([open, b.indent([b.softline, contents]), b.softline, close]);
}

/**
 * `e` laid out so that it binds at least as tightly as `min`. `atLineStart` says that, whenever `e` has to
 * break, it starts on a line of its own, so its continuation lines need no extra indentation.
 */
/** An expression on one line, as the formatter writes it (for messages that quote a rule's condition). */
export function exprText(e: Expr): string {
  return printer.printDocToString(exprDoc(e), { printWidth: Infinity, tabWidth: 2, useTabs: false }).formatted;
}

export function exprDoc(e: Expr, min: Prec = Prec.If, atLineStart = false): Doc {
  if (precOf(e) < min) return bracketed("(", layout(e, true), ")");
  return layout(e, atLineStart);
}

function layout(e: Expr, atLineStart: boolean): Doc {
  switch (e.kind) {
    case "IfExpr":
      return ifChain(e);
    case "BinaryExpr":
      return binaryChain(e, atLineStart);
    case "InExpr":
      return [exprDoc(e.subject, Prec.Ledger), e.negated ? " not in {" : " in {", e.members.map((m) => m.name).join(", "), "}"];
    case "LedgerExpr":
      return [exprDoc(e.amount, Prec.Ledger), ` ${e.op} `, e.ledger.name];
    case "UnaryExpr":
      return e.op === "not" ? ["not ", exprDoc(e.operand, Prec.Not)] : ["-", exprDoc(e.operand, Prec.Unary)];
    case "MemberRef":
      return [exprDoc(e.object, Prec.Postfix), ".", e.member.name];
    case "IndexExpr":
      return [exprDoc(e.object, Prec.Postfix), bracketed("[", exprDoc(e.index, Prec.If, true), "]")];
    case "CallExpr":
      return [
        e.callee.name,
        bracketed(
          "(",
          b.join(
            [",", b.line],
            e.args.map((a) => exprDoc(a, Prec.If, true)),
          ),
          ")",
        ),
      ];
    case "ParenExpr":
      return bracketed("(", exprDoc(e.inner, Prec.If, true), ")");
    case "NameRef":
      return e.name.name;
    default:
      return e.derived ? [literalText(e), " per ", stringDoc(e.derived)] : literalText(e);
  }
}

/** `if a then x else if b then y else z`, breaking before each `else` and, within an arm, before `then`. */
function ifChain(e: IfExpr): Doc {
  const parts: Doc[] = [];
  let rest: Expr = e;
  let keyword = "if ";
  while (rest.kind === "IfExpr") {
    parts.push(b.group([keyword, exprDoc(rest.cond), b.line, "then ", exprDoc(rest.then)]), b.line);
    keyword = "else if ";
    rest = rest.else;
  }
  parts.push("else ", exprDoc(rest));
  // A chain of several conditions reads as a list, so it gets one line per arm even when it would fit on one.
  return b.group(e.else.kind === "IfExpr" ? [b.breakParent, ...parts] : parts);
}

/** A run of left-associative operators of one level, `a + b - c`, broken before the operators. */
function binaryChain(e: BinaryExpr, atLineStart: boolean): Doc {
  const prec = binaryPrec(e.op);
  if (prec === Prec.Compare) {
    return b.group([exprDoc(e.left, Prec.Ledger), b.indent([b.line, e.op, " ", exprDoc(e.right, Prec.Ledger)])]);
  }
  const tail: Doc[] = [];
  let left: Expr = e;
  while (left.kind === "BinaryExpr" && binaryPrec(left.op) === prec) {
    tail.unshift([b.line, left.op, " ", exprDoc(left.right, prec + 1)]);
    left = left.left;
  }
  const head = exprDoc(left, prec);
  return b.group([head, atLineStart ? tail : b.indent(tail)]);
}

/** Whether the printed expression starts with `-` or `(`, which would continue an expression before it. */
export function startsWithBracketOrMinus(e: Expr, min: Prec): boolean {
  if (precOf(e) < min) return true;
  switch (e.kind) {
    case "ParenExpr":
      return true;
    case "UnaryExpr":
      return e.op === "-";
    case "BinaryExpr": {
      const prec = binaryPrec(e.op);
      return startsWithBracketOrMinus(e.left, prec === Prec.Compare ? Prec.Ledger : prec);
    }
    case "InExpr":
      return startsWithBracketOrMinus(e.subject, Prec.Ledger);
    case "LedgerExpr":
      return startsWithBracketOrMinus(e.amount, Prec.Ledger);
    case "MemberRef":
    case "IndexExpr":
      return startsWithBracketOrMinus(e.object, Prec.Postfix);
    default:
      return false;
  }
}
