// numbersIn: every number a provision states, with its unit, so that a rule's literal (`10万元`,
// `70%`, `3个月`) can be checked against the cited text. Values are exact decimal strings in the
// kind's base unit; floating point never touches them.
//
// What is deliberately not a quantity: ordinals (`第三十条`, `第３３次`), document numbers
// (`〔２０１５〕５７号`), list markers at a line start (`2. `), and Chinese numerals without a unit
// (`一级医院`, `三重制度`) — those are words, not amounts.
import { Decimal } from "decimal.js";
import { chineseToDecimalString, chineseToInt, foldDigits, CHINESE_NUMERAL_CHARS } from "./numerals.js";
import type { Quantity, QuantityKind } from "./types.js";

const NUM = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
const CN = "[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*";
const S = String.raw`\s*`;

/** Scale words between a number and its unit: `10万元`, `3千元`. */
const SCALE: Readonly<Record<string, string>> = { 万: "10000", 千: "1000", 亿: "100000000" };

interface Rule {
  re: RegExp;
  /** The quantity for a match, or null for a match that is consumed but is not a quantity. */
  make: (m: RegExpExecArray) => { kind: QuantityKind; value: string } | null | undefined;
}

const sticky = (source: string): RegExp => new RegExp(source, "y");

/** Arabic-digit forms, tried in order at a position where a number starts. */
const ARABIC: readonly Rule[] = [
  { re: sticky(`(\\d{4})${S}年${S}(\\d{1,2})${S}月${S}(\\d{1,2})${S}[日号]`), make: (m) => date(m[1], m[2], m[3]) },
  { re: sticky(`(\\d{4})${S}年${S}(\\d{1,2})${S}月`), make: (m) => date(m[1], m[2]) },
  { re: sticky(String.raw`(\d{4})([.\-])(\d{1,2})\2(\d{1,2})(?!\d)`), make: (m) => date(m[1], m[3], m[4]) },
  // A four-digit year alone is a calendar year (`2021年底前`), not a duration of 2021 years.
  { re: sticky(`(\\d{4})${S}年(?!${S}\\d)`), make: (m) => calendarYear(m[1]) },
  { re: sticky(`(\\d{1,2})${S}月${S}(\\d{1,2})${S}[日号]`), make: (m) => monthDay(m[1], m[2]) },
  { re: sticky(`(${NUM})${S}[%％]`), make: (m) => ({ kind: "rate", value: shift(m[1], -2) }) },
  { re: sticky(`(${NUM})${S}个?${S}百分点`), make: (m) => ({ kind: "points", value: plain(m[1]) }) },
  { re: sticky(`(${NUM})${S}([万千亿]?)${S}元(?!化)`), make: (m) => ({ kind: "money", value: scaled(m[1], m[2]) }) },
  { re: sticky(`(${NUM})${S}个?${S}工作日`), make: (m) => ({ kind: "workdays", value: plain(m[1]) }) },
  { re: sticky(`(${NUM})${S}个${S}月`), make: (m) => ({ kind: "months", value: plain(m[1]) }) },
  { re: sticky(`(${NUM})${S}周?岁`), make: (m) => ({ kind: "age", value: plain(m[1]) }) },
  { re: sticky(`(${NUM})${S}周?年(?!度)`), make: (m) => ({ kind: "years", value: plain(m[1]) }) },
  { re: sticky(`(${NUM})${S}[日天]`), make: (m) => ({ kind: "days", value: plain(m[1]) }) },
  { re: sticky(`(${NUM})${S}倍`), make: (m) => ({ kind: "factor", value: plain(m[1]) }) },
  { re: sticky(`(${NUM})(?:${S}([万亿]))?`), make: (m) => ({ kind: "number", value: scaled(m[1], m[2]) }) },
];

/** Chinese-numeral forms: only with a unit, since a bare `一` or `三` is part of a word. */
const CHINESE: readonly Rule[] = [
  {
    re: sticky(`(${CN})${S}(个${S}工作日|个${S}百分点|个${S}月|周岁|岁|周年|年(?!度)|[日天]|倍|元(?!化))`),
    make: (m) => chineseWithUnit(m[1], m[2].replace(/\s+/g, "")),
  },
];

/** Forms that begin with a word rather than a numeral. */
const WORDS: readonly Rule[] = [
  // `百分之七十`, `百分之四点五`, `百分之5`; `千分之` likewise.
  {
    re: sticky(`([百千])分之${S}(${CN}(?:点[零〇一二三四五六七八九]+)?|${NUM})`),
    make: (m) => {
      const value = /\d/.test(m[2]) ? plain(m[2]) : chineseToDecimalString(m[2]);
      return value === undefined ? undefined : { kind: "rate", value: shift(value, m[1] === "百" ? -2 : -3) };
    },
  },
  // Ordinals and document numbers are consumed whole so their digits are not read as amounts.
  { re: sticky(`第${S}(?:${NUM}|${CN})`), make: () => null },
  { re: sticky(String.raw`[〔\[]\d{4}[〕\]]\s*\d+\s*号`), make: () => null },
];

// A list marker at a line start (`2. 合理确定…`, `（1）`) numbers the text, it does not state an amount.
const LIST_MARKER = /^[ \t\u3000]*(?:\d{1,2}[ \t]*[.．、](?!\d)|[（(]\d{1,2}[）)])/gm;

export function numbersIn(text: string): Quantity[] {
  const folded = foldDigits(text);
  const markerDigits = new Set<number>();
  for (const m of folded.matchAll(LIST_MARKER)) markerDigits.add(m.index + m[0].search(/\d/));

  const out: Quantity[] = [];
  let i = 0;
  while (i < folded.length) {
    const rules = markerDigits.has(i) ? [] : rulesAt(folded, i);
    let advanced = false;
    for (const rule of rules) {
      rule.re.lastIndex = i;
      const m = rule.re.exec(folded);
      if (!m) continue;
      const q = rule.make(m);
      if (q === undefined) continue; // matched the shape but not a valid value: try the next form
      if (q !== null) out.push({ kind: q.kind, value: q.value, text: text.slice(i, i + m[0].length) });
      i += Math.max(1, m[0].length);
      advanced = true;
      break;
    }
    if (!advanced) i++;
  }
  return out;
}

function rulesAt(s: string, i: number): readonly Rule[] {
  const ch = s[i];
  const prev = i > 0 ? s[i - 1] : "";
  // Never start inside a number: `10` must not be read again from its `0`, nor `二十七` from `十`.
  if (/\d/.test(ch)) return /[\d.]/.test(prev) ? [] : ARABIC;
  const afterNumeral = prev !== "" && CHINESE_NUMERAL_CHARS.includes(prev);
  if (ch === "第" || ch === "〔" || ch === "[") return WORDS;
  if (ch === "百" || ch === "千") return afterNumeral ? [] : WORDS;
  if (CHINESE_NUMERAL_CHARS.includes(ch)) return afterNumeral ? [] : CHINESE;
  return [];
}

function chineseWithUnit(numeral: string, unit: string): { kind: QuantityKind; value: string } | undefined {
  const n = chineseToInt(numeral);
  if (n === undefined) return undefined;
  const value = String(n);
  switch (unit) {
    case "个工作日":
      return { kind: "workdays", value };
    case "个百分点":
      return { kind: "points", value };
    case "个月":
      return { kind: "months", value };
    case "周岁":
    case "岁":
      return { kind: "age", value };
    case "日":
    case "天":
      return { kind: "days", value };
    case "倍":
      return { kind: "factor", value };
    case "元":
      return { kind: "money", value };
    default:
      // `二〇一八年` is a calendar year; `三年`, `一周年` are durations.
      if (/^[零〇一二三四五六七八九]{4}$/.test(numeral)) return calendarYear(value);
      return { kind: "years", value };
  }
}

function plain(digits: string): string {
  return new Decimal(digits.replace(/,/g, "")).toFixed();
}

/** Move the decimal point: `shift("4.5", -2)` → "0.045". Exact, unlike `/ 100` on a float. */
function shift(digits: string, places: number): string {
  return new Decimal(digits.replace(/,/g, "")).times(new Decimal(10).pow(places)).toFixed();
}

function scaled(digits: string, scale: string | undefined): string {
  const factor = scale ? SCALE[scale] : undefined;
  const value = new Decimal(digits.replace(/,/g, ""));
  return (factor ? value.times(factor) : value).toFixed();
}

const pad = (n: number): string => String(n).padStart(2, "0");

function date(y: string, m: string, d?: string): { kind: QuantityKind; value: string } | undefined {
  const month = Number(m);
  if (month < 1 || month > 12) return undefined;
  if (d === undefined) return { kind: "date", value: `${y}-${pad(month)}` };
  const day = Number(d);
  if (day < 1 || day > 31) return undefined;
  return { kind: "date", value: `${y}-${pad(month)}-${pad(day)}` };
}

function monthDay(m: string, d: string): { kind: QuantityKind; value: string } | undefined {
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return { kind: "date", value: `--${pad(month)}-${pad(day)}` };
}

function calendarYear(y: string): { kind: QuantityKind; value: string } | undefined {
  const year = Number(y);
  return year >= 1900 && year <= 2100 ? { kind: "date", value: String(year) } : undefined;
}
