// Reading literal tokens. The lexer only checks a literal's shape; these functions turn its text into the
// canonical form the AST stores (ASCII digits, canonical units, ISO dates) and say what is wrong with it.
import type { Text } from "./lang.js";
import type { DurationUnit, MoneyUnit } from "./ast.js";

/** An ASCII or full-width digit, as a regex fragment. */
export const DIGIT = "[0-9０-９]";
/** A number with an optional ASCII or full-width decimal point, as a regex fragment. */
export const NUMBER = `${DIGIT}+(?:[.．]${DIGIT}+)?`;
/** Gazettes often print a space between a number and its unit (`0.5 万元`); rule files copied from them may too. */
export const UNIT_GAP = "[ \\t\\u3000]*";

const FULL_WIDTH_ZERO = 0xff10;

/** Full-width digits and decimal point become ASCII; everything else is kept. */
export function foldDigits(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= FULL_WIDTH_ZERO && code <= FULL_WIDTH_ZERO + 9) out += String.fromCharCode(code - FULL_WIDTH_ZERO + 48);
    else if (ch === "．") out += ".";
    else out += ch;
  }
  return out;
}

const NUMBER_PREFIX = new RegExp(`^${NUMBER}`);

/** Splits `１．５万元` into its ASCII digits and the suffix as written. */
function splitNumber(image: string): { digits: string; suffix: string } {
  const number = NUMBER_PREFIX.exec(image)?.[0] ?? "";
  return { digits: foldDigits(number), suffix: image.slice(number.length).replace(/^[ \t\u3000]+/, "") };
}

export function readMoney(image: string): { digits: string; unit: MoneyUnit } {
  const { digits, suffix } = splitNumber(image);
  return { digits, unit: suffix === "万元" ? "万元" : "元" };
}

/** Percent and points literals carry only their digits. */
export function readDigits(image: string): string {
  return splitNumber(image).digits;
}

const DURATION_UNITS: Record<string, DurationUnit> = {
  日: "日",
  天: "日",
  工作日: "工作日",
  个工作日: "工作日",
  个月: "个月",
  月: "个月",
  年: "年",
  周岁: "周岁",
};

const DURATION_TYPES: ReadonlyMap<string, DurationUnit> = new Map((["日", "工作日", "个月", "年", "周岁"] as const).map((unit) => [unit, unit]));

/** The unit a type name stands for (`value 年龄: 周岁`); the literal spellings `天` and `月` are not types. */
export function durationTypeUnit(name: string): DurationUnit | undefined {
  return DURATION_TYPES.get(name);
}

export function readDuration(image: string): { digits: string; unit: DurationUnit } {
  const { digits, suffix } = splitNumber(image);
  return { digits, unit: DURATION_UNITS[suffix] ?? "日" };
}

export interface DateReading {
  iso: string;
  /** Why the text is not a calendar day, in the author's terms, in both languages. */
  problem?: Text;
}

const DATE_PARTS = new RegExp(`^(${DIGIT}{4})(?:-(${DIGIT}{1,2})-(${DIGIT}{1,2})|年(${DIGIT}{1,2})月(?:(${DIGIT}{1,2})(日)?)?)$`);

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function readDate(image: string): DateReading {
  const m = DATE_PARTS.exec(image);
  if (!m) return { iso: image, problem: { en: "it is not written as a date", zh: "不是日期的写法" } };
  const dashed = m[2] !== undefined;
  const y = foldDigits(m[1]);
  const monthText = foldDigits(dashed ? m[2] : m[4]);
  const dayText = dashed ? m[3] : m[5];
  const iso = `${y}-${monthText.padStart(2, "0")}-${foldDigits(dayText ?? "").padStart(2, "0")}`;
  if (dayText === undefined) return { iso, problem: { en: "the day is missing", zh: "缺少日" } };
  if (!dashed && m[6] === undefined) return { iso, problem: { en: "the closing 日 is missing", zh: "末尾缺少“日”字" } };
  const year = Number(y);
  const month = Number(monthText);
  const day = Number(foldDigits(dayText));
  if (month < 1 || month > 12) return { iso, problem: { en: `there is no month ${month}`, zh: `没有${month}月` } };
  if (day < 1) return { iso, problem: { en: "there is no day 0", zh: "没有0日" } };
  const last = daysInMonth(year, month);
  if (day > last) {
    return { iso, problem: { en: `${year}年${month}月 has ${last} days`, zh: `${year}年${month}月只有${last}天` } };
  }
  return { iso };
}
