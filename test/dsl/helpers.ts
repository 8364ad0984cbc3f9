import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import type { Decl, Expr, PolicyFile } from "../../dsl/ast.js";
import { parse } from "../../dsl/parser.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** The tour of docs/language.md: the first code block after "## A tour". */
export function tourText(): string {
  const doc = readFileSync(join(root, "docs/language.md"), "utf8");
  const tour = doc.slice(doc.indexOf("## A tour"));
  const start = tour.indexOf("```\n") + 4;
  return tour.slice(start, tour.indexOf("\n```", start) + 1);
}

/** The rule files under policies/, as [path, text]. */
export function repositoryPolicies(): [string, string][] {
  const found: [string, string][] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".policy")) found.push([path.slice(root.length), readFileSync(path, "utf8")]);
    }
  };
  walk(join(root, "policies"));
  return found;
}

export const HEADER = 'document "测试〔2024〕1号" {\n  title "测试"\n}\n';

/** Parses text that must be free of syntax errors. */
export function parseOk(text: string, file = "t.policy"): PolicyFile {
  const { ast, diagnostics } = parse(file, text);
  expect(diagnostics).toEqual([]);
  if (!ast) throw new Error("no syntax tree");
  return ast;
}

/** The declarations of a file made of a standard header and `body`. */
export function decls(body: string): Decl[] {
  return parseOk(HEADER + body).decls;
}

export function decl<K extends Decl["kind"]>(body: string, kind: K): Extract<Decl, { kind: K }> {
  const [d] = decls(body);
  expect(d.kind).toBe(kind);
  return d as Extract<Decl, { kind: K }>;
}

/** The expression of `value v = <src>`. */
export function expr(src: string): Expr {
  return decl(`value v = ${src}`, "ValueDecl").value;
}

/** A copy without spans (and optionally without ParenExpr nodes), for comparing trees. */
export function strip(value: unknown, opts: { parens?: boolean } = {}): unknown {
  if (Array.isArray(value)) return value.map((v) => strip(v, opts));
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (opts.parens && record.kind === "ParenExpr") return strip(record.inner, opts);
    return Object.fromEntries(
      Object.entries(record)
        .filter(([k]) => k !== "span")
        .map(([k, v]) => [k, strip(v, opts)]),
    );
  }
  return value;
}

/** A compact picture of an expression's structure: `(+ a (* b c))`. */
export function shape(e: Expr): string {
  switch (e.kind) {
    case "BinaryExpr":
      return `(${e.op} ${shape(e.left)} ${shape(e.right)})`;
    case "UnaryExpr":
      return `(${e.op} ${shape(e.operand)})`;
    case "InExpr":
      return `(${e.negated ? "not-in" : "in"} ${shape(e.subject)} {${e.members.map((m) => m.name).join(",")}})`;
    case "IfExpr":
      return `(if ${shape(e.cond)} ${shape(e.then)} ${shape(e.else)})`;
    case "LedgerExpr":
      return `(${e.op} ${shape(e.amount)} ${e.ledger.name})`;
    case "ParenExpr":
      return `[${shape(e.inner)}]`;
    case "MemberRef":
      return `${shape(e.object)}.${e.member.name}`;
    case "IndexExpr":
      return `${shape(e.object)}[${shape(e.index)}]`;
    case "CallExpr":
      return `${e.callee.name}(${e.args.map(shape).join(", ")})`;
    case "NameRef":
      return e.name.name;
    case "MoneyLit":
      return `${e.digits}${e.unit}`;
    case "PercentLit":
      return `${e.digits}%`;
    case "PointsLit":
      return `${e.digits}pt`;
    case "DurationLit":
      return `${e.digits}${e.unit}`;
    case "DateLit":
      return e.iso;
    case "NumberLit":
      return e.digits;
    case "BoolLit":
      return String(e.value);
  }
}
