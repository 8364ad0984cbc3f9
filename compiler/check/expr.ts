// Types one expression: resolves its names, checks units, and produces typed IR with explicit scales.
import type { CallExpr, Expr, Ident, MemberRef, Span } from "../../dsl/ast.js";
import { diagnose, type Diagnostic, type Note } from "../../dsl/diagnostic.js";
import type { Entry } from "../../dsl/messages/entry.js";
import { suggest } from "../../dsl/suggest.js";
import * as M from "../messages/names.js";
import * as Types from "../messages/types.js";
import { typeName } from "../messages/type-names.js";
import { declaredNames, type Symbols } from "../resolve/symbols.js";
import { isNumeric, sameType, T, type Ty } from "../ir/types.js";
import type { Ir } from "../ir/ir.js";
import { BUILTINS, builtin } from "../builtins/index.js";
import { isZero, literalIr } from "./literals.js";
import { arithmetic, compareTypes } from "./units.js";
import { align, toScale } from "./rescale.js";

/** What the checker of declarations provides: the types of other named things, checked on demand. */
export interface Env {
  symbols: Symbols;
  mode: "claims" | "facts";
  diagnostics: Diagnostic[];
  /** Type and scale of a param or value; undefined when it is in error (already reported). */
  typeOfName(name: string, use: Span): { ty: Ty; scale: number; kind: "param" | "value" } | undefined;
  /** The scales a band schedule's edges and rates are written in. */
  bandsScales(name: string): { amountScale: number; rateScale: number } | undefined;
  /** Inside an exception or adjustment: the target, whose current value the rule may read. */
  self?: { name: string; ty: Ty; scale: number };
  /** The article a rule cites, for messages raised at run time. */
  citation: string;
  /** The `foreach` variable and its enum, when the policy has one. */
  category?: { name: string; enumName: string };
}

type Guards = ReadonlySet<string>;

export function checkExpr(env: Env, e: Expr, expected?: Ty, guards: Guards = new Set()): Ir {
  const c = new ExprChecker(env);
  return c.check(e, expected, guards);
}

const err = (span: Span, ty: Ty = T.error): Ir => ({ op: "bool", value: false, ty, scale: 0, span });

class ExprChecker {
  constructor(private readonly env: Env) {}

  private problem(d: Diagnostic): Ir {
    this.env.diagnostics.push(d);
    return err(d.span);
  }

  /** Reports the diagnostic of a catalogue entry and returns IR in error. */
  private diagnose<P>(entry: Entry<P>, span: Span, params: NoInfer<P>, notes?: Note[]): Ir {
    this.env.diagnostics.push(diagnose(entry, span, params, notes));
    return err(span);
  }

  check(e: Expr, expected: Ty | undefined, g: Guards): Ir {
    switch (e.kind) {
      case "MoneyLit":
      case "PercentLit":
      case "PointsLit":
      case "DurationLit":
      case "DateLit":
      case "NumberLit":
      case "BoolLit":
        return literalIr(e, expected);
      case "ParenExpr":
        return this.check(e.inner, expected, g);
      case "NameRef":
        return this.name(e.name, expected);
      case "MemberRef":
        return this.member(e, g);
      case "IndexExpr":
        return this.index(e.object, e.index, e.span, g);
      case "UnaryExpr": {
        const x = this.check(e.operand, e.op === "not" ? T.bool : expected, g);
        if (x.ty.k === "error") return x;
        if (e.op === "not") {
          if (x.ty.k !== "bool") return this.diagnose(Types.notACondition, e.operand.span, { place: "not", found: x.ty });
          return { op: "not", operand: x, ty: T.bool, scale: 0, span: e.span };
        }
        if (!isNumeric(x.ty)) return this.diagnose(Types.negateNonNumber, e.operand.span, { found: x.ty });
        return { op: "neg", operand: x, ty: x.ty, scale: x.scale, span: e.span };
      }
      case "BinaryExpr":
        return this.binary(e.op, e.left, e.right, e.span, expected, g);
      case "InExpr": {
        const x = this.check(e.subject, undefined, g);
        if (x.ty.k === "error") return x;
        if (x.ty.k !== "enum") {
          return this.diagnose(Types.inNeedsMember, e.subject.span, { found: x.ty });
        }
        const members = this.members(x.ty.name, e.members);
        return { op: "in", subject: x, members, negated: e.negated, ty: T.bool, scale: 0, span: e.span };
      }
      case "IfExpr": {
        const c = this.check(e.cond, T.bool, g);
        if (c.ty.k !== "bool" && c.ty.k !== "error") this.diagnose(Types.notACondition, e.cond.span, { place: "if", found: c.ty });
        const thenGuards = new Set(g);
        for (const key of presentKeys(c)) thenGuards.add(key);
        let t = this.check(e.then, expected, thenGuards);
        let f = this.check(e.else, expected ?? (t.ty.k === "error" ? undefined : t.ty), g);
        if (isZero(e.then) && f.ty.k !== "error") t = this.check(e.then, f.ty, thenGuards);
        if (t.ty.k === "error" || f.ty.k === "error") return err(e.span);
        if (!sameType(t.ty, f.ty)) {
          return this.diagnose(Types.branchesDiffer, e.else.span, { then: t.ty, otherwise: f.ty, ...(expected && expected.k !== "error" ? { expected } : {}) });
        }
        [t, f] = align(t, f);
        return { op: "if", cond: c, ifTrue: t, ifFalse: f, ty: t.ty, scale: t.scale, span: e.span };
      }
      case "LedgerExpr":
        return this.ledgerOp(e.op, e.amount, e.ledger, e.span, g);
      case "CallExpr":
        return this.call(e, expected, g);
    }
  }

  private name(id: Ident, expected: Ty | undefined): Ir {
    const n = id.name;
    if (n === "person" || n === "claim" || n === "facts") {
      const fields = [...this.env.symbols.inputs[n].keys()];
      return this.diagnose(M.fieldMissing, id.span, { name: n, fields });
    }
    if (this.env.category?.name === n) {
      return { op: "category", name: n, ty: T.enum(this.env.category.enumName), scale: 0, span: id.span };
    }
    if (this.env.self && n === this.env.self.name) {
      return { op: "ref", name: n, ty: this.env.self.ty, scale: this.env.self.scale, span: id.span };
    }
    const s = this.env.symbols;
    if (s.params.has(n) || s.values.has(n)) {
      const t = this.env.typeOfName(n, id.span);
      if (!t) return err(id.span);
      if (t.kind === "param" && s.params.get(n)!.keyedBy) {
        const p = s.params.get(n)!;
        const row = s.enums.get(p.keyedBy!.name)?.members[0] ?? "…";
        return this.diagnose(M.tableWithoutRow, id.span, { name: n, keyedBy: p.keyedBy!.name, row }, [
          { span: p.name.span, text: M.useNotes.tableDeclared(n, p.keyedBy!.name) },
        ]);
      }
      return { op: "ref", name: n, ty: t.ty, scale: t.scale, span: id.span };
    }
    if (s.bands.has(n)) return { op: "ref", name: n, ty: T.bands, scale: 0, span: id.span };
    const ledger = s.ledgers.get(n);
    if (ledger) {
      return this.diagnose(M.ledgerAsNumber, id.span, { name: n, kind: ledger.ledgerKind }, [
        { span: ledger.name.span, text: M.useNotes.ledgerDeclared(n, ledger.ledgerKind) },
      ]);
    }
    const member = this.enumMember(n, expected, id.span);
    if (member) return member;
    return this.diagnose(M.unknownName, id.span, { name: n, meant: suggest(n, [...declaredNames(s), ...s.memberOwners.keys()]) });
  }

  /** A bare enum member, resolved by the expected enum or, failing that, by the only enum that has it. */
  private enumMember(n: string, expected: Ty | undefined, span: Span): Ir | undefined {
    const s = this.env.symbols;
    if (expected?.k === "enum") {
      const info = s.enums.get(expected.name);
      const canonical = info?.spellings[n];
      if (canonical) return { op: "enum", member: canonical, ty: expected, scale: 0, span };
    }
    let owners = s.memberOwners.get(n);
    if (!owners) return undefined;
    // A member shared by an enum and its subsets means the enum itself.
    const roots = owners.filter((o) => !s.enums.get(o)!.decl.parent);
    if (roots.length === 1) owners = roots;
    if (owners.length > 1) {
      return this.diagnose(
        M.ambiguousMember,
        span,
        { member: n, enums: owners },
        owners.map((o) => ({ span: s.enums.get(o)!.decl.name.span, text: M.nameNotes.enumDeclared(o) })),
      );
    }
    const info = s.enums.get(owners[0]!)!;
    return { op: "enum", member: info.spellings[n]!, ty: T.enum(owners[0]!), scale: 0, span };
  }

  private members(enumName: string, ids: Ident[]): string[] {
    const info = this.env.symbols.enums.get(enumName)!;
    const out: string[] = [];
    for (const id of ids) {
      const canonical = info.spellings[id.name];
      if (!canonical) {
        this.diagnose(M.notAMember, id.span, { name: id.name, enumName, members: info.members, meant: suggest(id.name, Object.keys(info.spellings)) }, [
          { span: info.decl.name.span, text: M.nameNotes.enumDeclared(enumName) },
        ]);
      } else out.push(canonical);
    }
    return out;
  }

  private member(e: MemberRef, g: Guards): Ir {
    const obj = e.object;
    const m = e.member.name;
    if (obj.kind === "NameRef" && ["person", "claim", "facts"].includes(obj.name.name)) {
      return this.input(obj.name.name as "person" | "claim" | "facts", e.member, e.span, g);
    }
    if (obj.kind === "NameRef") {
      const s = this.env.symbols;
      const ledger = s.ledgers.get(obj.name.name);
      if (ledger) {
        if (ledger.ledgerKind !== "tally" || (m !== "before" && m !== "after")) {
          return this.diagnose(M.beforeAfterNotTally, e.member.span, { name: obj.name.name, member: m, kind: ledger.ledgerKind }, [
            { span: ledger.name.span, text: M.useNotes.ledgerDeclared(obj.name.name, ledger.ledgerKind) },
          ]);
        }
        return { op: "tallyRead", ledger: obj.name.name, which: m, ty: T.money, scale: 2, span: e.span };
      }
      const en = s.enums.get(obj.name.name);
      if (en) {
        const canonical = en.spellings[m];
        if (!canonical) {
          return this.diagnose(
            M.notAMember,
            e.member.span,
            { name: m, enumName: obj.name.name, members: en.members, meant: suggest(m, Object.keys(en.spellings)) },
            [{ span: en.decl.name.span, text: M.nameNotes.enumDeclared(obj.name.name) }],
          );
        }
        return { op: "enum", member: canonical, ty: T.enum(obj.name.name), scale: 0, span: e.span };
      }
    }
    const ref = this.check(obj, undefined, g);
    if (ref.ty.k === "error") return ref;
    if (ref.ty.k !== "claimref")
      return this.diagnose(M.fieldOfNonClaim, e.member.span, { member: m, type: { en: typeName.en(ref.ty), zh: typeName.zh(ref.ty) } });
    if (this.env.mode !== "claims") return this.diagnose(M.priorInFacts, e.span, {});
    const s = this.env.symbols;
    if (!s.values.has(m)) return this.diagnose(M.unknownPriorValue, e.member.span, { name: m, meant: suggest(m, s.values.keys()) });
    const t = this.env.typeOfName(m, e.member.span);
    if (!t) return err(e.span);
    return { op: "prior", claim: ref, value: m, ty: t.ty, scale: t.scale, span: e.span };
  }

  private input(scope: "person" | "claim" | "facts", id: Ident, span: Span, g: Guards): Ir {
    const mode = this.env.mode;
    if (mode === "claims" && scope === "facts") return this.diagnose(M.factsInClaimsPolicy, span, {});
    if (mode === "facts" && scope !== "facts") return this.diagnose(M.claimsInFactsPolicy, span, { scope, name: id.name });
    const citation = this.env.citation;
    if (id.name === "date" && scope !== "person") {
      return { op: "input", scope: mode === "facts" ? "claim" : scope, field: "date", optional: false, guarded: true, citation, ty: T.date, scale: 0, span };
    }
    const field = this.env.symbols.inputs[scope].get(id.name);
    if (!field) {
      const names = [...this.env.symbols.inputs[scope].keys()];
      return this.diagnose(M.unknownField, id.span, { scope, name: id.name, fields: names, meant: suggest(id.name, names) });
    }
    const ty = fieldType(this.env.symbols, field.type);
    // A field required only in some cases may be absent in the others.
    const optional = (field.optional || field.requiredWhen !== undefined) && !field.default;
    const scale = ty.k === "money" ? 2 : ty.k === "rate" || ty.k === "decimal" ? 4 : 0;
    return { op: "input", scope, field: id.name, optional, guarded: g.has(`${scope}.${id.name}`), citation, ty, scale, span };
  }

  private index(object: Expr, indexExpr: Expr, span: Span, g: Guards): Ir {
    const s = this.env.symbols;
    if (object.kind === "NameRef" && !s.params.has(object.name.name) && !declaredNames(s).includes(object.name.name)) {
      const tables = [...s.params.values()].filter((p) => p.keyedBy).map((p) => p.name.name);
      return this.diagnose(M.unknownTable, object.span, { name: object.name.name, meant: suggest(object.name.name, tables) });
    }
    if (object.kind !== "NameRef" || !s.params.has(object.name.name)) {
      return this.diagnose(M.indexNonTable, object.span, {});
    }
    const name = object.name.name;
    const p = s.params.get(name)!;
    if (!p.keyedBy) {
      return this.diagnose(M.indexSingleValue, object.span, { name }, [{ span: p.name.span, text: M.useNotes.singleDeclared(name) }]);
    }
    const t = this.env.typeOfName(name, object.span);
    const key = this.check(indexExpr, T.enum(p.keyedBy.name), g);
    if (!t || key.ty.k === "error") return err(span);
    if (key.ty.k !== "enum" || key.ty.name !== p.keyedBy.name) {
      const member = s.enums.get(p.keyedBy.name)?.members[0] ?? "…";
      return this.diagnose(Types.tableKey, indexExpr.span, { table: name, keyedBy: p.keyedBy.name, found: key.ty, member }, [
        { span: p.keyedBy.span, text: Types.typeNotes.keyedHere(name, p.keyedBy.name) },
      ]);
    }
    return { op: "index", table: name, key, ty: t.ty, scale: t.scale, span };
  }

  private binary(op: string, l: Expr, r: Expr, span: Span, expected: Ty | undefined, g: Guards): Ir {
    if (op === "and" || op === "or") {
      const a = this.check(l, T.bool, g);
      const bGuards = op === "and" ? new Set([...g, ...presentKeys(a)]) : g;
      const b = this.check(r, T.bool, bGuards);
      for (const [x, e] of [
        [a, l],
        [b, r],
      ] as const) {
        if (x.ty.k !== "bool" && x.ty.k !== "error") this.diagnose(Types.notACondition, e.span, { place: op, found: x.ty });
      }
      if (a.ty.k !== "bool" || b.ty.k !== "bool") return err(span);
      return { op: "logic", operator: op, left: a, right: b, ty: T.bool, scale: 0, span };
    }
    // A bare 0 takes the unit of the other side: `max(0, x)`, `x > 0`.
    let a: Ir;
    let b: Ir;
    const isCmp = ["=", "!=", "<", "<=", ">", ">="].includes(op);
    if (isZero(l) && !isZero(r)) {
      b = this.check(r, isCmp ? undefined : expected, g);
      a = this.check(l, b.ty.k === "error" ? undefined : b.ty, g);
    } else {
      a = this.check(l, isCmp ? undefined : expected, g);
      b = this.check(r, a.ty.k === "error" || a.ty.k === "bool" ? (isCmp ? a.ty : undefined) : a.ty.k === "enum" || isZero(r) ? a.ty : undefined, g);
    }
    if (a.ty.k === "error" || b.ty.k === "error") return err(span);
    if (isCmp) {
      const problem = compareTypes(a.ty, b.ty, op);
      if (problem) return this.problem(problem.at(span));
      [a, b] = align(a, b);
      return { op: "cmp", operator: op as "=", left: a, right: b, ty: T.bool, scale: 0, span };
    }
    const result = arithmetic(op as "+" | "-" | "*" | "/", a, b);
    if ("at" in result) return this.problem(result.at(span));
    return { ...result.ir, span };
  }

  private ledgerOp(op: "within" | "beyond", amountExpr: Expr, ledgerId: Ident, span: Span, g: Guards): Ir {
    const ledger = this.env.symbols.ledgers.get(ledgerId.name);
    const amount = this.check(amountExpr, T.money, g);
    if (!ledger) {
      return this.diagnose(M.unknownLedger, ledgerId.span, { name: ledgerId.name, meant: suggest(ledgerId.name, this.env.symbols.ledgers.keys()) });
    }
    const wants = op === "within" ? "cap" : "deductible";
    if (ledger.ledgerKind !== wants) {
      return this.diagnose(M.wrongLedgerKind, ledgerId.span, { op, name: ledgerId.name, kind: ledger.ledgerKind }, [
        { span: ledger.name.span, text: M.useNotes.ledgerDeclared(ledgerId.name, ledger.ledgerKind) },
      ]);
    }
    if (amount.ty.k === "error") return amount;
    if (amount.ty.k !== "money") return this.diagnose(Types.ledgerNotMoney, amountExpr.span, { found: amount.ty });
    if (amount.scale > 2) {
      return this.diagnose(Types.moreThanCents, amountExpr.span, {
        what: { en: `the amount taken from "${ledgerId.name}"`, zh: `从“${ledgerId.name}”中计取的金额` },
      });
    }
    return { op: "ledger", take: op, ledger: ledgerId.name, amount: toScale(amount, 2), ty: T.money, scale: 2, span };
  }

  /** A call of a built-in function: its arity here, its type rule in its own file (compiler/builtins/). */
  private call(e: CallExpr, expected: Ty | undefined, g: Guards): Ir {
    const name = e.callee.name;
    const fn = builtin(name);
    if (!fn) {
      const names = BUILTINS.map((b) => b.name);
      return this.diagnose(M.unknownFunction, e.callee.span, { name, functions: names, meant: suggest(name, names) });
    }
    const [n, m] = fn.arity;
    if (e.args.length < n || e.args.length > m) {
      return this.diagnose(Types.arity, e.span, { fn: name, n, m, found: e.args.length, signature: fn.signature });
    }
    return fn.check({
      call: e,
      expected,
      check: (x, ty) => this.check(x, ty, g),
      diagnose: (entry, span, params, notes) => this.diagnose(entry, span, params, notes),
      failed: (span) => err(span),
      members: (enumName, ids) => this.members(enumName, ids),
      env: this.env,
      today: this.env.mode === "facts" ? "facts.date" : "claim.date",
    });
  }
}

/** The inputs a condition shows to be given (`present(claim.x)`, joined by `and`): safe to read where it holds. */
function presentKeys(c: Ir): string[] {
  if (c.op === "call") return builtin(c.fn)?.guards?.(c) ?? [];
  if (c.op === "logic" && c.operator === "and") return [...presentKeys(c.left), ...presentKeys(c.right)];
  return [];
}

export function fieldType(s: Symbols, t: import("../../dsl/ast.js").TypeRef): Ty {
  switch (t.kind) {
    case "PrimType":
      return { k: t.name === "claimref" ? "claimref" : t.name } as Ty;
    case "DurationType":
      return T.duration(t.unit);
    case "NamedType":
      return s.enums.has(t.name.name) ? T.enum(t.name.name) : T.error;
    case "SetType":
      return s.enums.has(t.of.name) ? T.set(t.of.name) : T.error;
  }
}
