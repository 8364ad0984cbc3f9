// Typed IR expressions → TypeScript expressions over the runtime's exact scaled-integer helpers.
import { dayFromParts } from "../../runtime/date.js";
import type { Ir } from "../ir/ir.js";
import type { Ty } from "../ir/types.js";
import { tsComment, tsNumber, tsString } from "./escape.js";
import { jsName } from "./names.js";

export interface ExprContext {
  /** The second argument of evaluate(): `claim` for claims policies, `on` for facts policies. */
  claimVar: string;
  /** Index of each ledger in `cx.used`, its provenance index, and its kind. */
  ledgers: Map<string, { index: number; at: number }>;
  /** Module-level constant holding a band schedule at given scales. */
  bandsConst(name: string, amountScale: number, rateScale: number): string;
  bandsCitation(name: string): string;
  /** Values that may be unknown because they need a calendar year no notice arranges (lower/calendar-needs.ts). */
  calendarValues: ReadonlySet<string>;
}

export function emitExpr(ir: Ir, cx: ExprContext): string {
  const e = (x: Ir) => emitExpr(x, cx);
  switch (ir.op) {
    case "num":
      return tsNumber(ir.value);
    case "bool":
      return String(ir.value);
    case "date": {
      const [y, m, d] = ir.iso.split("-").map(Number) as [number, number, number];
      return `/* ${tsComment(ir.iso)} */ ${tsNumber(dayFromParts(y, m, d))}`;
    }
    case "enum":
      return tsString(ir.member);
    case "input": {
      const access = `${ir.scope === "claim" ? cx.claimVar : ir.scope}.${ir.field}`;
      return ir.optional && !ir.guarded ? `rt.need(${access}, ${tsString(`${ir.scope}.${ir.field}`)}, ${tsString(ir.citation)})` : access;
    }
    case "ref":
      // Reading a value that is unknown makes the reader unknown (caught around the reading value).
      return cx.calendarValues.has(ir.name) ? `(${jsName(ir.name)}_u ? rt.raise(${jsName(ir.name)}_u) : ${jsName(ir.name)})` : jsName(ir.name);
    case "index":
      return `${jsName(ir.table)}[${e(ir.key)}]`;
    case "neg":
      return `-${wrap(e(ir.x))}`;
    case "not":
      return `!${wrap(e(ir.x))}`;
    case "arith":
      return `rt.${ir.o === "+" ? "add" : ir.o === "-" ? "sub" : "mul"}(${e(ir.a)}, ${e(ir.b)})`;
    case "dateShift":
      return dateShift(ir.o, e(ir.date), e(ir.by), ir.by.ty);
    case "dateDiff":
      return `(${e(ir.a)} - ${e(ir.b)})`;
    case "cmp": {
      const op = ir.o === "=" ? "===" : ir.o === "!=" ? "!==" : ir.o;
      return `${e(ir.a)} ${op} ${e(ir.b)}`;
    }
    case "logic":
      return `${wrap(e(ir.a))} ${ir.o === "and" ? "&&" : "||"} ${wrap(e(ir.b))}`;
    case "in": {
      const x = e(ir.x);
      // Comparisons rather than an array literal's includes(): no array is allocated on every evaluation.
      const test = ir.members.map((m) => `${x} === ${tsString(m)}`).join(" || ");
      return ir.negated ? `!(${test})` : `(${test})`;
    }
    case "has": {
      const set = e(ir.set);
      return `(${ir.members.map((m) => `${set}.has(${tsString(m)})`).join(" || ")})`;
    }
    case "if":
      return `(${e(ir.c)} ? ${e(ir.t)} : ${e(ir.e)})`;
    case "up":
      return `rt.up(${e(ir.x)}, ${tsNumber(ir.by)})`;
    case "round":
      return `rt.roundHalfUp(${e(ir.x)}, ${tsNumber(ir.by)})`;
    case "minmax":
      return `Math.${ir.o}(${ir.args.map(e).join(", ")})`;
    case "age":
      return `rt.ageInYears(${e(ir.birth)}, ${e(ir.on)})`;
    case "year":
      return `rt.yearOf(${e(ir.x)})`;
    case "calendar": {
      // dayOfMonth and dateInYear need no schedule; the others ask the evaluation's calendar, which records the
      // step in the trace (`tr`) for citing its notices.
      if (ir.fn === "dayOfMonth" || ir.fn === "dateInYear") return `rt.${ir.fn}(${ir.args.map(e).join(", ")})`;
      const fn = { rollForward: "workingDayOnOrAfter", isWorkingDay: "isWorkingDay", workingDaysBetween: "workingDaysBetween" }[ir.fn];
      return `cal.${fn}(${ir.args.map(e).join(", ")}, tr)`;
    }
    case "bands": {
      const amountScale = ir.fn === "marginal" ? ir.scale - ir.rateScale : ir.x.scale;
      const c = cx.bandsConst(ir.bands, amountScale, ir.rateScale);
      const shift = ir.shift ? e(ir.shift) : "0";
      if (ir.fn === "marginal") return `rt.marginal(${e(ir.x)}, ${c}.lowers, ${c}.uppers, ${c}.rates, ${shift})`;
      const rate = `rt.bracket(${e(ir.x)}, ${c}.lowers, ${c}.lowerInclusive, ${c}.uppers, ${c}.upperInclusive, ${c}.rates, ${tsString(ir.bands)}, ${tsString(cx.bandsCitation(ir.bands))})`;
      return ir.shift ? `rt.add(${rate}, ${shift})` : rate;
    }
    case "present":
      return `(${ir.x.op === "input" ? `${ir.x.scope === "claim" ? cx.claimVar : ir.x.scope}.${ir.x.field}` : e(ir.x)} !== undefined)`;
    case "ledger": {
      const l = cx.ledgers.get(ir.ledger)!;
      return `rt.${ir.o}(used, ${l.index}, ${jsName(ir.ledger)}, ${e(ir.amount)}, tr, ${l.at})`;
    }
    case "category":
      return jsName(ir.name);
    case "tallyRead":
      return `${jsName(ir.ledger)}_${ir.which}`;
    case "prior": {
      const ref = ir.ref.op === "input" ? `${ir.ref.scope === "claim" ? cx.claimVar : ir.ref.scope}.${ir.ref.field}` : e(ir.ref);
      const field = ir.ref.op === "input" ? `${ir.ref.scope}.${ir.ref.field}` : "reference";
      const prior = `cx.prior(${ir.ref.op === "input" && ir.ref.optional && !ir.ref.guarded ? e(ir.ref) : ref}, ${tsString(field)})`;
      return cx.calendarValues.has(ir.value) ? `rt.priorValue(${prior}, ${tsString(jsName(ir.value))})` : `${prior}.${jsName(ir.value)}`;
    }
  }
}

function dateShift(o: "+" | "-", date: string, by: string, unit: Ty): string {
  const n = o === "-" ? `-${wrap(by)}` : by;
  switch (unit.k === "duration" ? unit.unit : "日") {
    case "个月":
      return `rt.addMonths(${date}, ${n})`;
    case "年":
      return `rt.addYears(${date}, ${n})`;
    case "工作日":
      return `cal.addWorkingDays(${date}, ${n}, tr)`;
    default:
      return `(${date} ${o} ${by})`;
  }
}

function wrap(code: string): string {
  return /^[\p{L}\p{N}_$.]+$/u.test(code) ? code : `(${code})`;
}
