// Chinese numerals and full-width digit folding. Gazettes write the same number three ways — `27`,
// `２７`, `二十七` — and citations, markers and quantities must all compare equal whichever was used.

const DIGIT: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNIT: Readonly<Record<string, number>> = { 万: 10_000, 亿: 100_000_000 };

/** Characters that can occur inside a Chinese numeral (digits and units). */
export const CHINESE_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿";

const FULLWIDTH_ZERO = 0xff10;

/**
 * Full-width digits → ASCII, and a full-width point between two digits → `.`. Every replacement is
 * one UTF-16 unit for one, so offsets in the folded string are offsets in the original — callers rely
 * on that to slice the text "as written".
 */
export function foldDigits(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= FULLWIDTH_ZERO && code <= FULLWIDTH_ZERO + 9) {
      out += String.fromCharCode(code - FULLWIDTH_ZERO + 0x30);
    } else if (text[i] === "．" && isDigitAt(text, i - 1) && isDigitAt(text, i + 1)) {
      out += ".";
    } else {
      out += text[i];
    }
  }
  return out;
}

function isDigitAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  return (code >= 0x30 && code <= 0x39) || (code >= FULLWIDTH_ZERO && code <= FULLWIDTH_ZERO + 9);
}

/**
 * Value of a Chinese integer numeral: `十` 10, `十一` 11, `二十七` 27, `一百零五` 105, `两万` 20000,
 * `二〇一八` 2018 (digit-by-digit, as years are written). Undefined when the string is not a numeral.
 */
export function chineseToInt(numeral: string): number | undefined {
  if (numeral.length === 0) return undefined;
  for (const ch of numeral) if (!CHINESE_NUMERAL_CHARS.includes(ch)) return undefined;

  // Without any unit character the numeral is read digit by digit (`二〇一八`, `三`).
  if (![...numeral].some((ch) => ch in SMALL_UNIT || ch in BIG_UNIT)) {
    let value = 0;
    for (const ch of numeral) value = value * 10 + (DIGIT[ch] ?? 0);
    return value;
  }

  let yi = 0; // everything already multiplied by 亿
  let wan = 0; // everything already multiplied by 万, since the last 亿
  let section = 0; // value below the current big unit
  let digit: number | undefined; // pending digit waiting for its unit
  for (const ch of numeral) {
    if (ch in DIGIT) {
      if (digit !== undefined && DIGIT[ch] !== 0) return undefined; // two digits in a row: `二三十`
      digit = DIGIT[ch] === 0 ? undefined : DIGIT[ch];
    } else if (ch in SMALL_UNIT) {
      // A bare unit means one of it: `十一` is 11, `百` is 100.
      section += (digit ?? 1) * SMALL_UNIT[ch];
      digit = undefined;
    } else if (ch === "万") {
      wan = (section + (digit ?? 0) || 1) * BIG_UNIT.万;
      section = 0;
      digit = undefined;
    } else {
      yi = (yi + wan + section + (digit ?? 0) || 1) * BIG_UNIT.亿;
      wan = 0;
      section = 0;
      digit = undefined;
    }
  }
  return yi + wan + section + (digit ?? 0);
}

/**
 * A Chinese decimal numeral as an exact ASCII decimal string: `四点五` → "4.5", `七十` → "70".
 * The fractional part is read digit by digit, as it is spoken.
 */
export function chineseToDecimalString(numeral: string): string | undefined {
  const [whole, fraction, ...rest] = numeral.split("点");
  if (rest.length > 0 || whole === undefined) return undefined;
  const intPart = chineseToInt(whole);
  if (intPart === undefined) return undefined;
  if (fraction === undefined) return String(intPart);
  let digits = "";
  for (const ch of fraction) {
    const d = DIGIT[ch];
    if (d === undefined) return undefined;
    digits += String(d);
  }
  return digits.length > 0 ? `${intPart}.${digits}` : undefined;
}

/** Parse an ordinal written either way: `27`, `２７`, `二十七`. */
export function parseNumeral(numeral: string): number | undefined {
  const folded = foldDigits(numeral.trim());
  if (/^[0-9]+$/.test(folded)) return Number(folded);
  return chineseToInt(folded);
}

const DIGIT_CHARS = "零一二三四五六七八九";

/**
 * Canonical Chinese spelling of a non-negative integer below 10^8, as gazettes number articles:
 * 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五, 110 → 一百一十.
 */
export function intToChinese(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value >= 100_000_000) {
    throw new RangeError(`cannot spell ${value} as a Chinese numeral`);
  }
  if (value === 0) return "零";
  if (value >= 10_000) {
    const high = Math.floor(value / 10_000);
    const low = value % 10_000;
    if (low === 0) return `${intToChinese(high)}万`;
    return `${intToChinese(high)}万${low < 1000 ? "零" : ""}${spellBelow10000(low, true)}`;
  }
  return spellBelow10000(value, false);
}

function spellBelow10000(value: number, inner: boolean): string {
  const units = ["千", "百", "十", ""];
  const digits = [Math.floor(value / 1000), Math.floor(value / 100) % 10, Math.floor(value / 10) % 10, value % 10];
  let out = "";
  let pendingZero = false;
  let started = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      if (started) pendingZero = true;
      return;
    }
    if (pendingZero) out += "零";
    pendingZero = false;
    // 十 alone leads a number (`十一`), but inside a larger one it takes its digit (`一百一十`).
    const leadingTen = units[i] === "十" && d === 1 && !started && !inner;
    out += (leadingTen ? "" : DIGIT_CHARS[d]) + units[i];
    started = true;
  });
  return out;
}
