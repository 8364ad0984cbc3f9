// The check pass: one rule file's declarations against its document — names, types, units, citations and
// rulings present, dependency loops — each into typed IR (ir/ir.ts). What the evaluation needs beyond that
// (steps in order, the input contract, the provenance table) is made by lowering (lower/unit.ts).
import type { Decl, Expr, ForEachDecl, Grounds, Ident, InputField, PolicyFile, Span, TypeRef } from "../../dsl/ast.js";
import { exprText } from "../../dsl/format-expr.js";
import { diagnose, type Diagnostic } from "../../dsl/diagnostic.js";
import type { Text } from "../../dsl/lang.js";
import * as M from "../messages/names.js";
import * as Citations from "../messages/citations.js";
import * as Cycles from "../messages/cycles.js";
import * as Tables from "../messages/tables.js";
import * as Types from "../messages/types.js";
import type { FieldType } from "../../runtime/module.js";
import { acceptsValue } from "../../runtime/field-values.js";
import * as CaseInputs from "../messages/case-inputs.js";
import { checkExpr, fieldType, type Env } from "./expr.js";
import { checkBands } from "./bands.js";
import { checkDependencyDepth } from "./depth.js";
import { LIMITS } from "../../dsl/limits.js";
import { orderExceptions } from "./exceptions.js";
import type { DocumentInfo } from "../lifecycle/document.js";
import type {
  AmendmentIr,
  BandsIr,
  ForeachIr,
  InputIr,
  Ir,
  LedgerIr,
  LimitIr,
  Origin,
  OutputIr,
  ParamIr,
  RuleBranch,
  StatusIr,
  Traced,
  ValueIr,
} from "../ir/ir.js";
import { literalJson } from "./literals.js";
import { containsOp } from "../ir/walk.js";
import { toScale } from "./rescale.js";
import { suggest } from "../../dsl/suggest.js";
import * as Documents from "../messages/documents.js";
import { collectSymbols, type Symbols } from "../resolve/symbols.js";
import { isNumeric, sameType, T, type Ty } from "../ir/types.js";

export interface UnitContext {
  file: PolicyFile;
  moduleName: string;
  doc: DocumentInfo;
  part?: string;
  /** Rulings of RULINGS.md by id. */
  rulings: ReadonlyMap<string, string>;
  /**
   * A version of a document as amended (`amends … from`): the amending document's rule file, whose
   * declarations cite the amending document, and the amendments applied so far, oldest first.
   */
  amending?: { file: string; number: string };
  amendments?: AmendmentIr[];
}

/** A rule file's declarations, checked: what lowering turns into the unit the emitters read. */
export interface CheckedUnit {
  ctx: UnitContext;
  mode: "claims" | "facts";
  symbols: Symbols;
  params: ParamIr[];
  bands: BandsIr[];
  values: ValueIr[];
  ledgers: LedgerIr[];
  statuses: StatusIr[];
  outputs: OutputIr[];
  foreach?: ForeachIr;
  inputs: InputIr[];
  /** Every traced quantity in the order it was settled: each after those it reads. */
  settled: Traced[];
}

export function checkUnit(ctx: UnitContext, diagnostics: Diagnostic[]): CheckedUnit {
  return new UnitChecker(ctx, diagnostics).run();
}

type Typed = { ty: Ty; scale: number; kind: "param" | "value" };

class UnitChecker {
  private readonly s: Symbols;
  private readonly settled: Traced[] = [];
  private readonly params = new Map<string, ParamIr | "checking">();
  private readonly values = new Map<string, ValueIr | "checking">();
  private readonly bands = new Map<string, BandsIr>();
  /** The params and values being checked, each with where the one before it uses it. */
  private readonly chain: { name: string; use: Span }[] = [];
  /** Names already reported in a dependency loop: one mistake makes several loops through the same names. */
  private readonly looping = new Set<string>();
  private readonly mode: "claims" | "facts";
  private category?: { name: string; enumName: string };
  /** A chain of values too long to follow has been reported (E0603). */
  private tooDeep = false;

  constructor(
    private readonly ctx: UnitContext,
    private readonly diagnostics: Diagnostic[],
  ) {
    this.s = collectSymbols(ctx.file, diagnostics);
    // A `facts {}` block with no fields still makes a facts policy: a deadline may need nothing but the case date.
    const factsBlock = ctx.file.decls.some((d) => d.kind === "InputDecl" && d.scope === "facts");
    this.mode = factsBlock ? "facts" : "claims";
  }

  run(): CheckedUnit {
    const { file, doc } = this.ctx;
    this.checkInputsAreOneMode();
    this.settle({ name: doc.number, at: -1, origin: this.origin("document", doc.title, doc.citations, doc.relies, file.header.span, []) });
    for (const r of doc.relies) this.checkRulingId(r, file.header.span);
    if (!doc.effectiveKnown) {
      this.diagnostics.push(diagnose(Documents.effectiveDateUnknown, file.header.span, { kind: "rules", number: doc.number }));
    }
    for (const d of file.decls) this.checkGroundsRulings(d);
    this.tooDeep = !checkDependencyDepth(this.s, this.diagnostics);
    const head = this.foreachHead();
    for (const [name, decl] of this.s.bands) {
      const b = checkBands(decl, this.envFor(this.citationOf(decl.grounds)), this.diagnostics);
      if (b)
        this.bands.set(
          name,
          this.settle({ ...b, name, at: -1, origin: this.origin("param", undefined, paths(decl.grounds), rulingIds(decl.grounds), decl.name.span, []) }),
        );
    }
    for (const name of this.s.params.keys()) this.param(name);
    for (const name of this.s.values.keys()) this.value(name, this.s.values.get(name)!.name.span);
    this.checkRulesHaveTargets();
    const ledgers = [...this.s.ledgers.values()].map((d, index) => this.ledger(d, index));
    const statuses = this.s.statuses.map((d) => this.status(d));
    const outputs = [...this.s.outputs.values()].map((d) => this.output(d));
    const foreach = head && this.chooses(head, outputs);
    return {
      ctx: this.ctx,
      mode: this.mode,
      symbols: this.s,
      params: [...this.params.values()].filter((p): p is ParamIr => p !== "checking"),
      bands: [...this.bands.values()],
      values: [...this.values.values()].filter((v): v is ValueIr => v !== "checking"),
      ledgers,
      statuses,
      outputs,
      ...(foreach ? { foreach } : {}),
      inputs: [...this.inputs("person"), ...this.inputs("claim"), ...this.inputs("facts")],
      settled: this.settled,
    };
  }

  // ------------------------------------------------------------------ provenance

  private origin(kind: Origin["kind"], label: string | undefined, articles: string[], rulings: string[], span: Span, reads: Ir[]): Origin {
    const number = kind === "document" ? this.ctx.doc.number : this.numberFor(span.file);
    return { kind, ...(label ? { label } : {}), articles, rulings, span, reads, ...(number !== this.ctx.doc.number ? { document: number } : {}) };
  }

  /** The document a declaration's citations name: the amending one for what its rule file writes. */
  private numberFor(file: string | undefined): string {
    const a = this.ctx.amending;
    return a && file === a.file ? a.number : this.ctx.doc.number;
  }

  /** A quantity is settled once what it reads is: lower/provenance.ts numbers the table in this order. */
  private settle<T extends Traced>(item: T): T {
    this.settled.push(item);
    return item;
  }

  private citationOf(g: Grounds): string {
    const p = paths(g);
    const number = this.numberFor(g.citations[0]?.span.file);
    return p.length ? `${number} ${p.join("、")}` : number;
  }

  private requireCitation(g: Grounds, span: Span, what: { kind: Citations.CitedKind; name?: string }, inherited?: Grounds): void {
    if (g.citations.length || inherited?.citations.length) return;
    this.diagnostics.push(diagnose(Citations.noCitation, span, what));
  }

  private checkGroundsRulings(d: Decl): void {
    const all: Grounds[] = [];
    if ("grounds" in d) all.push(d.grounds);
    if (d.kind === "ParamDecl") all.push(...(d.rows ?? []).map((r) => r.grounds));
    if (d.kind === "BandsDecl") all.push(...d.bands.map((b) => b.grounds));
    for (const g of all) for (const r of g.rulings) this.checkRulingId(r.name, r.span);
  }

  private checkRulingId(id: string, span: Span): void {
    if (this.ctx.rulings.has(id) || this.ctx.doc.rulings.has(id)) return;
    this.diagnostics.push(diagnose(Citations.unknownRuling, span, { id, meant: suggest(id, [...this.ctx.rulings.keys(), ...this.ctx.doc.rulings.keys()]) }));
  }

  // ------------------------------------------------------------------ names on demand

  private envFor(citation: string, self?: Env["self"]): Env {
    return {
      symbols: this.s,
      mode: this.mode,
      diagnostics: this.diagnostics,
      typeOfName: (name, use) => this.typeOfName(name, use),
      bandsScales: (name) => this.bands.get(name),
      citation,
      ...(this.category ? { category: this.category } : {}),
      ...(self ? { self } : {}),
    };
  }

  private typeOfName(name: string, use: Span): Typed | undefined {
    if (this.s.params.has(name)) {
      const p = this.param(name, use);
      return p ? { ty: p.ty, scale: p.scale, kind: "param" } : undefined;
    }
    const v = this.value(name, use);
    return v ? { ty: v.ty, scale: v.scale, kind: "value" } : undefined;
  }

  private cycle(name: string, use: Span): undefined {
    const links = this.chain.slice(this.chain.findIndex((c) => c.name === name));
    if (links.some((c) => this.looping.has(c.name))) return undefined;
    for (const c of links) this.looping.add(c.name);
    const loop = [...links.map((c) => c.name), name];
    const notes = links.slice(1).map((c, i) => ({ span: c.use, text: Cycles.usesHere(links[i]!.name, c.name) }));
    this.diagnostics.push(diagnose(Cycles.dependsOnItself, use, { kind: "value", name, loop, last: links.at(-1)!.name }, notes));
    return undefined;
  }

  private declaredType(t: TypeRef): Ty {
    const ty = fieldType(this.s, t);
    if (ty.k === "error") {
      const id = t.kind === "NamedType" ? t.name : t.kind === "SetType" ? t.of : undefined;
      if (id) this.diagnostics.push(diagnose(M.unknownEnum, id.span, { name: id.name, meant: suggest(id.name, this.s.enums.keys()) }));
    }
    return ty;
  }

  /**
   * Whether following one more name would take the checker deeper than dependencyDepth: the chain is
   * reported (once) instead of followed, so no rule file can exhaust the stack.
   */
  private tooDeepToFollow(use: Span): boolean {
    if (this.chain.length < LIMITS.dependencyDepth) return false;
    if (!this.tooDeep) {
      this.diagnostics.push(diagnose(Cycles.chainTooLong, use, { limit: LIMITS.dependencyDepth, chain: this.chain.slice(0, 3).map((c) => c.name) }));
      this.tooDeep = true;
    }
    return true;
  }

  private param(name: string, use?: Span): ParamIr | undefined {
    const done = this.params.get(name);
    if (done === "checking") return this.cycle(name, use ?? this.s.params.get(name)!.name.span);
    if (done) return done;
    if (this.tooDeepToFollow(use ?? this.s.params.get(name)!.name.span)) return undefined;
    const d = this.s.params.get(name)!;
    this.params.set(name, "checking");
    this.chain.push({ name, use: use ?? d.name.span });
    const ty = this.declaredType(d.type);
    this.requireCitation(
      d.grounds,
      d.name.span,
      { kind: "param", name },
      d.rows?.every((r) => r.grounds.citations.length) ? { citations: d.rows[0]?.grounds.citations ?? [], rulings: [] } : undefined,
    );
    const env = this.envFor(this.citationOf(d.grounds));
    const result: ParamIr = { name, at: -1, origin: this.origin("param", undefined, paths(d.grounds), rulingIds(d.grounds), d.name.span, []), ty, scale: 0 };
    if (d.keyedBy) {
      const rows = this.tableRows(d.keyedBy, d.rows ?? [], ty, env);
      if (rows) {
        const scale = Math.max(0, ...[...rows.values()].map((r) => r.scale));
        result.scale = scale;
        result.table = { enumName: d.keyedBy.name, rows: new Map([...rows].map(([k, v]) => [k, toScale(v, scale)])) };
        const rowsAt = this.rowsAt(d, name);
        if (rowsAt) result.table.rowsAt = rowsAt;
      }
    } else if (d.value) {
      const v = this.constant(d.value, ty, env, { en: `parameter "${name}"`, zh: `参数“${name}”` });
      result.scale = v.scale;
      result.value = v;
    } else {
      this.diagnostics.push(diagnose(Tables.paramWithoutValue, d.name.span, { name }));
    }
    this.settle(result);
    for (const row of new Set(result.table?.rowsAt?.values())) this.settle(row);
    this.chain.pop();
    this.params.set(name, result);
    return result;
  }

  /** For a table whose rows an amendment replaced in part: each row traced under its own document. */
  private rowsAt(d: import("../../dsl/ast.js").ParamDecl, name: string): Map<string, Traced> | undefined {
    const a = this.ctx.amending;
    const rows = d.rows ?? [];
    if (!a || !rows.some((r) => r.span.file === a.file) || rows.every((r) => r.span.file === a.file)) return undefined;
    const spellings = d.keyedBy ? this.s.enums.get(d.keyedBy.name)?.spellings : undefined;
    const out = new Map<string, Traced>();
    for (const row of rows) {
      const grounds = row.grounds.citations.length ? row.grounds : { citations: d.grounds.citations, rulings: row.grounds.rulings };
      const traced: Traced = { name, at: -1, origin: this.origin("param", undefined, paths(grounds), rulingIds(grounds), row.span, []) };
      for (const key of row.keys) {
        const member = spellings?.[key.name];
        if (member && !out.has(member)) out.set(member, traced);
      }
    }
    return out;
  }

  private constant(e: Expr, ty: Ty, env: Env, what: Text): Ir {
    const v = checkExpr(env, e, ty);
    if (v.ty.k !== "error" && ty.k !== "error" && !sameType(v.ty, ty)) {
      this.diagnostics.push(diagnose(Types.declaredType, e.span, { what, declared: ty, found: v.ty }));
    }
    if (v.op === "ledger" || containsOp(v, "input") || containsOp(v, "ledger")) {
      this.diagnostics.push(diagnose(Types.paramFromCase, e.span, { what }));
    }
    return v;
  }

  private tableRows(keyedBy: Ident, rows: NonNullable<import("../../dsl/ast.js").ParamDecl["rows"]>, ty: Ty, env: Env): Map<string, Ir> | undefined {
    const info = this.s.enums.get(keyedBy.name);
    if (!info) {
      this.diagnostics.push(diagnose(M.unknownEnum, keyedBy.span, { name: keyedBy.name, meant: suggest(keyedBy.name, this.s.enums.keys()) }));
      return undefined;
    }
    const out = new Map<string, Ir>();
    const firstRow = new Map<string, Span>();
    for (const row of rows) {
      const v = this.constant(row.value, ty, env, {
        en: `the row ${row.keys.map((k) => k.name).join(", ")}`,
        zh: `${row.keys.map((k) => k.name).join("、")} 这一行`,
      });
      for (const key of row.keys) {
        const member = info.spellings[key.name];
        if (!member) {
          this.diagnostics.push(
            diagnose(
              M.notAMember,
              key.span,
              { name: key.name, enumName: keyedBy.name, members: info.members, meant: suggest(key.name, Object.keys(info.spellings)) },
              [{ span: info.decl.name.span, text: M.nameNotes.enumDeclared(keyedBy.name) }],
            ),
          );
          continue;
        }
        if (firstRow.has(member)) {
          this.diagnostics.push(
            diagnose(Tables.rowTwice, key.span, { enumName: keyedBy.name, member }, [{ span: firstRow.get(member)!, text: Tables.tableNotes.firstGiven }]),
          );
          continue;
        }
        firstRow.set(member, key.span);
        out.set(member, v);
      }
    }
    const missing = info.members.filter((m) => !out.has(m));
    if (missing.length) {
      const span = rows.length ? rows[rows.length - 1]!.span : keyedBy.span;
      this.diagnostics.push(
        diagnose(Tables.rowsMissing, span, { enumName: keyedBy.name, missing }, [{ span: info.decl.name.span, text: M.nameNotes.enumDeclared(keyedBy.name) }]),
      );
    }
    return out;
  }

  private value(name: string, use: Span): ValueIr | undefined {
    const done = this.values.get(name);
    if (done === "checking") return this.cycle(name, use);
    if (done) return done;
    const d = this.s.values.get(name);
    if (!d || this.tooDeepToFollow(use)) return undefined;
    this.values.set(name, "checking");
    this.chain.push({ name, use });
    this.requireCitation(d.grounds, d.name.span, { kind: "value", name });
    const declared = d.type ? this.declaredType(d.type) : undefined;
    const citation = this.citationOf(d.grounds);
    let expr = checkExpr(this.envFor(citation), d.value, declared);
    let ty = declared ?? expr.ty;
    if (declared && expr.ty.k !== "error" && declared.k !== "error" && !sameType(declared, expr.ty)) {
      this.diagnostics.push(
        diagnose(Types.declaredType, d.value.span, { what: { en: `value "${name}"`, zh: `计算值“${name}”` }, declared, found: expr.ty }, [
          { span: d.type!.span, text: Types.typeNotes.declaredAs(declared) },
        ]),
      );
      ty = T.error;
    }
    const self = { name, ty, scale: expr.scale };
    const adjusts = this.branches("adjust", name, ty, self);
    const exceptionsRaw = this.branches("exception", name, ty, self);
    const scale = Math.max(expr.scale, ...adjusts.map((a) => a.value.scale), ...exceptionsRaw.map((e) => e.value.scale));
    expr = toScale(expr, scale);
    for (const b of [...adjusts, ...exceptionsRaw]) b.value = toScale(b.value, scale);
    const { ordered, unordered } = orderExceptions(name, exceptionsRaw, this.s, this.diagnostics);
    const limits = this.limits(name, ty, self);
    const origin = this.origin("value", undefined, paths(d.grounds), rulingIds(d.grounds), d.name.span, [expr]);
    const result: ValueIr = this.settle({ name, at: -1, origin, ty, scale, expr, adjusts, exceptions: ordered, unordered, limits });
    this.chain.pop();
    this.values.set(name, result);
    return result;
  }

  private branches(kind: "adjust" | "exception", target: string, ty: Ty, self: Env["self"]): RuleBranch[] {
    const decls = kind === "adjust" ? this.s.adjusts : this.s.exceptions;
    const out: RuleBranch[] = [];
    for (const d of decls.values()) {
      if (d.target.name !== target) continue;
      this.requireCitation(d.grounds, d.name.span, { kind, name: d.name.name });
      const citation = this.citationOf(d.grounds);
      const env = this.envFor(citation, self);
      const cond = checkExpr(env, d.when, T.bool);
      if (cond.ty.k !== "bool" && cond.ty.k !== "error") this.diagnostics.push(diagnose(Types.notACondition, d.when.span, { place: "when", found: cond.ty }));
      const value = checkExpr(env, d.value, ty);
      if (value.ty.k !== "error" && ty.k !== "error" && !sameType(value.ty, ty)) {
        this.diagnostics.push(
          diagnose(Types.ruleValueUnit, d.value.span, { kind, name: d.name.name, target, found: value.ty, declared: ty }, [
            { span: this.s.values.get(target)!.name.span, text: Types.typeNotes.declaredHere(target) },
          ]),
        );
      }
      const origin = this.origin(kind, undefined, paths(d.grounds), rulingIds(d.grounds), d.name.span, [cond, value]);
      out.push(this.settle({ name: d.name.name, at: -1, origin, cond, value, citation: paths(d.grounds).join("、") || this.ctx.doc.number }));
    }
    return out;
  }

  /** Carve-outs (不含…) and preconditions (在…的前提下) of a yes/no value. */
  private limits(target: string, ty: Ty, self: Env["self"]): LimitIr[] {
    const out: LimitIr[] = [];
    for (const d of this.s.limits.values()) {
      if (d.target.name !== target) continue;
      this.requireCitation(d.grounds, d.name.span, { kind: d.form, name: d.name.name });
      if (ty.k !== "bool" && ty.k !== "error") {
        this.diagnostics.push(
          diagnose(Tables.limitOnNonCondition, d.target.span, { form: d.form, target, found: ty }, [
            { span: this.s.values.get(target)!.name.span, text: Tables.tableNotes.declaredHere(target) },
          ]),
        );
      }
      const cond = checkExpr(this.envFor(this.citationOf(d.grounds), self), d.when, T.bool);
      if (cond.ty.k !== "bool" && cond.ty.k !== "error") this.diagnostics.push(diagnose(Types.notACondition, d.when.span, { place: "when", found: cond.ty }));
      const origin = this.origin(d.form, d.words.value, paths(d.grounds), rulingIds(d.grounds), d.name.span, [cond]);
      const value: Ir = { op: "bool", value: false, ty: T.bool, scale: 0, span: d.words.span };
      out.push(this.settle({ name: d.name.name, at: -1, origin, form: d.form, cond, value, citation: paths(d.grounds).join("、") || this.ctx.doc.number }));
    }
    return out;
  }

  private checkRulesHaveTargets(): void {
    for (const d of [...this.s.adjusts.values(), ...this.s.exceptions.values(), ...this.s.limits.values()]) {
      if (this.s.values.has(d.target.name)) continue;
      const isParam = this.s.params.has(d.target.name);
      this.diagnostics.push(
        diagnose(M.ruleTargetNotValue, d.target.span, {
          name: d.target.name,
          param: isParam,
          ...(isParam ? {} : { meant: suggest(d.target.name, this.s.values.keys()) }),
        }),
      );
    }
  }

  private ledger(d: import("../../dsl/ast.js").LedgerDecl, index: number): LedgerIr {
    this.requireCitation(d.grounds, d.name.span, { kind: "ledger", name: d.name.name });
    const amount = checkExpr(this.envFor(this.citationOf(d.grounds)), d.amount, T.money);
    if (amount.ty.k !== "money" && amount.ty.k !== "error") this.diagnostics.push(diagnose(Types.ledgerNotMoney, d.amount.span, { found: amount.ty }));
    if (amount.ty.k === "money" && amount.scale > 2) {
      this.diagnostics.push(
        diagnose(Types.moreThanCents, d.amount.span, { what: { en: `the amount of ledger "${d.name.name}"`, zh: `台账“${d.name.name}”的数额` } }),
      );
    }
    const origin = this.origin("ledger", undefined, paths(d.grounds), rulingIds(d.grounds), d.name.span, [amount]);
    return this.settle({
      name: d.name.name,
      at: -1,
      origin,
      index,
      kind: d.ledgerKind,
      amount: amount.ty.k === "money" && amount.scale <= 2 ? toScale(amount, 2) : amount,
    });
  }

  private status(d: import("../../dsl/ast.js").StatusDecl): StatusIr {
    this.requireCitation(d.grounds, d.span, { kind: "status", name: d.status });
    const cond = checkExpr(this.envFor(this.citationOf(d.grounds)), d.when, T.bool);
    if (cond.ty.k !== "bool" && cond.ty.k !== "error") this.diagnostics.push(diagnose(Types.notACondition, d.when.span, { place: "when", found: cond.ty }));
    // The plain statement travels as the status's label, so the trace and every explanation carry it.
    const origin = this.origin("status", d.says?.value, paths(d.grounds), rulingIds(d.grounds), d.span, [cond]);
    return this.settle({ name: d.status, at: -1, origin, status: d.status, cond });
  }

  private output(d: import("../../dsl/ast.js").OutputDecl): OutputIr {
    this.requireCitation(d.grounds, d.name.span, { kind: "output", name: d.name.name });
    const ty = this.declaredType(d.type);
    if (!["money", "rate", "int", "bool", "date", "error"].includes(ty.k)) {
      this.diagnostics.push(diagnose(Types.outputKind, d.type.span, { name: d.name.name, found: ty }));
    }
    let expr = checkExpr(this.envFor(this.citationOf(d.grounds)), d.value, ty);
    if (expr.ty.k !== "error" && ty.k !== "error" && !sameType(expr.ty, ty)) {
      this.diagnostics.push(
        diagnose(Types.declaredType, d.value.span, { what: { en: `output "${d.name.name}"`, zh: `结果项“${d.name.name}”` }, declared: ty, found: expr.ty }, [
          { span: d.type.span, text: Types.typeNotes.declaredAs(ty) },
        ]),
      );
    } else if (expr.ty.k === "money" && expr.scale > 2) {
      this.diagnostics.push(diagnose(Types.moreThanCents, d.value.span, { what: { en: `output "${d.name.name}"`, zh: `结果项“${d.name.name}”` } }));
    } else if (expr.ty.k === "money") expr = toScale(expr, 2);
    const label = d.label?.value;
    const origin = this.origin("output", label, paths(d.grounds), rulingIds(d.grounds), d.name.span, [expr]);
    return this.settle({ name: d.name.name, at: -1, origin, expr, ty, scale: expr.scale, ...(label ? { label } : {}) });
  }

  // ------------------------------------------------------------------ 就高不重复 (R7)

  /** Checks the foreach head and makes its variable known to every rule. */
  private foreachHead(): { decl: ForEachDecl; foreach: Omit<ForeachIr, "choose"> } | undefined {
    const d = this.s.foreach;
    if (!d) return undefined;
    this.requireCitation(d.grounds, d.variable.span, { kind: "foreach" });
    const set = checkExpr(this.envFor(this.citationOf(d.grounds)), d.set);
    if (set.ty.k === "error") return undefined;
    if (set.ty.k !== "set" || set.op !== "input") {
      this.diagnostics.push(diagnose(Types.foreachNeedsList, d.set.span, { found: set.ty }));
      return undefined;
    }
    const covering = this.s.enums.get(d.covering.name);
    if (!covering) {
      this.diagnostics.push(
        diagnose(M.unknownEnum, d.covering.span, { name: d.covering.name, of: set.ty.of, meant: suggest(d.covering.name, this.s.enums.keys()) }),
      );
      return undefined;
    }
    if (d.covering.name !== set.ty.of && covering.decl.parent?.name !== set.ty.of) {
      this.diagnostics.push(
        diagnose(Types.coveringOtherEnum, d.covering.span, { covering: d.covering.name, of: set.ty.of }, [
          { span: covering.decl.name.span, text: Types.typeNotes.enumDeclared(d.covering.name) },
        ]),
      );
      return undefined;
    }
    this.category = { name: d.variable.name, enumName: d.covering.name };
    const origin = this.origin("value", "就高不重复", paths(d.grounds), rulingIds(d.grounds), d.variable.span, [set]);
    const foreach = this.settle({
      name: d.variable.name,
      at: -1,
      origin,
      variable: d.variable.name,
      enumName: d.covering.name,
      set,
      covering: covering.members,
    });
    return { decl: d, foreach };
  }

  /** The output the foreach chooses by: the highest money output wins. */
  private chooses(head: NonNullable<ReturnType<UnitChecker["foreachHead"]>>, outputs: OutputIr[]): ForeachIr | undefined {
    const chosen = outputs.find((o) => o.name === head.decl.choose.name);
    if (!chosen) {
      this.diagnostics.push(
        diagnose(M.foreachNotOutput, head.decl.choose.span, {
          name: head.decl.choose.name,
          outputs: outputs.map((o) => o.name),
          meant: suggest(
            head.decl.choose.name,
            outputs.map((o) => o.name),
          ),
        }),
      );
      return undefined;
    }
    if (chosen.ty.k !== "money")
      this.diagnostics.push(
        diagnose(Types.chooseNonMoney, head.decl.choose.span, { name: chosen.name, found: chosen.ty }, [
          { span: this.s.outputs.get(chosen.name)!.type.span, text: Types.typeNotes.declaredAs(chosen.ty) },
        ]),
      );
    // The head keeps its place among the settled quantities: the choice completes it.
    return Object.assign(head.foreach, { choose: chosen.name });
  }

  // ------------------------------------------------------------------ inputs

  private checkInputsAreOneMode(): void {
    const { person, claim } = this.s.inputs;
    if (this.mode === "facts" && (person.size || claim.size)) {
      const f = this.ctx.file.decls.find((d) => d.kind === "InputDecl" && d.scope === "facts")!;
      this.diagnostics.push(diagnose(M.bothKindsOfInput, f.span, {}));
    }
  }

  /** The fields of one input block: their types, `signed`, defaults and `required when` conditions checked. */
  private inputs(scope: "person" | "claim" | "facts"): InputIr[] {
    return [...this.s.inputs[scope].values()].map((f) => {
      const ty = this.declaredType(f.type);
      const what = `${scope}.${f.name.name}`;
      const type = runtimeType(ty, this.s);
      let signed = false;
      if (f.signed) {
        if (isNumeric(ty)) signed = true;
        else if (ty.k !== "error") this.diagnostics.push(diagnose(Types.signedNonNumber, f.type.span, { field: what, found: ty }));
      }
      const input: InputIr = {
        scope,
        name: f.name.name,
        ...(f.label ? { label: f.label.value } : {}),
        ty,
        type,
        optional: !!f.optional,
        signed,
        span: f.name.span,
      };
      if (f.default) input.default = this.fieldDefault(f, what, ty, type, signed);
      if (f.requiredWhen) {
        const condition = this.requiredWhen(f, scope, what);
        input.requiredWhen = { text: exprText(f.requiredWhen), span: f.requiredWhen.span, ...(condition ? { condition } : {}) };
      }
      return input;
    });
  }

  /** A default is a statement about the law (absence means this value), so it needs a reason: a citation or a ruling. */
  private fieldDefault(f: InputField, what: string, ty: Ty, type: FieldType, signed: boolean): string | number | boolean {
    const grounds = f.defaultGrounds ?? { citations: [], rulings: [] };
    if (!grounds.citations.length && !grounds.rulings.length) {
      this.diagnostics.push(diagnose(Citations.defaultWithoutReason, f.default!.span, { field: what, name: f.name.name, value: exprText(f.default!) }));
    }
    for (const r of grounds.rulings) this.checkRulingId(r.name, r.span);
    const lit = checkExpr(this.envFor(this.ctx.doc.number), f.default!, ty);
    if (lit.ty.k !== "error" && ty.k !== "error" && !sameType(lit.ty, ty)) {
      this.diagnostics.push(
        diagnose(Types.declaredType, f.default!.span, { what: { en: `the default of ${what}`, zh: `${what} 的默认值` }, declared: ty, found: lit.ty }, [
          { span: f.type.span, text: Types.typeNotes.fieldDeclared(ty) },
        ]),
      );
    }
    const value = literalJson(f.default!);
    if (lit.ty.k !== "error" && ty.k !== "error" && sameType(lit.ty, ty) && !acceptsValue({ type, ...(signed ? { signed } : {}) }, value)) {
      this.diagnostics.push(diagnose(CaseInputs.defaultNotGivable, f.default!.span, { field: what, type, signed }));
    }
    return value;
  }

  /** The condition of `required when …`, checked as yes/no; lowering turns it into the case schema's form. */
  private requiredWhen(f: InputField, scope: "person" | "claim" | "facts", what: string): Ir | undefined {
    const clash = f.default ? "default" : f.optional ? "optional" : undefined;
    if (clash) {
      this.diagnostics.push(diagnose(M.requiredWhenClash, f.requiredWhen!.span, { field: what, clash }));
      return undefined;
    }
    const cond = checkExpr(this.envFor(this.ctx.doc.number), f.requiredWhen!, T.bool);
    if (cond.ty.k === "error") return undefined;
    if (cond.ty.k !== "bool") {
      this.diagnostics.push(diagnose(Types.notACondition, f.requiredWhen!.span, { place: "required when", found: cond.ty, scope }));
      return undefined;
    }
    return cond;
  }
}

/** The type a case gives an input in (runtime/module.ts). */
function runtimeType(ty: Ty, s: Symbols): FieldType {
  switch (ty.k) {
    case "money":
      return { kind: "money" };
    case "rate":
      return { kind: "rate", scale: 4 };
    case "decimal":
      return { kind: "decimal", scale: 4 };
    case "int":
      return { kind: "int" };
    case "bool":
      return { kind: "bool" };
    case "date":
      return { kind: "date" };
    case "duration":
      return { kind: "duration", unit: ty.unit };
    case "enum":
      return { kind: "enum", name: ty.name, members: s.enums.get(ty.name)!.spellings };
    case "set":
      return { kind: "set", name: ty.of, members: s.enums.get(ty.of)!.spellings };
    default:
      return { kind: "claimref" };
  }
}

const paths = (g: Grounds): string[] => g.citations.map((c) => c.path);
const rulingIds = (g: Grounds): string[] => g.rulings.map((r) => r.name);
