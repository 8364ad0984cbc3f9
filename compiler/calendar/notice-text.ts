// Reads the days a State Council holiday notice prints, from its own words, so that every day a calendar data
// file lists can be checked against the notice as gazette numbers are checked against gazettes:
//
//   二、春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。
//   一、元旦：1月1日放假，1月2日（星期一）补休。
//   一、延长2020年春节假期至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班。
//
// Only numbered paragraphs (一、… 七、) are read: a preamble may print dates that are not arrangements
// (2025: 国庆节自10月1日起放假调休7天). In a paragraph each clause (split at ，。； outside brackets) is one of:
// days off (放假, 补休), make-up working days (上班), a holiday extended until a day (延长…至), the day work
// resumes (起正常上班); any other clause (共8天, 鼓励…在除夕（2月9日）休息) arranges nothing.
import { dayFromParts, daysInMonth, formatDay, type Day } from "../../runtime/date.js";

/** A date as printed: the day, where it stands in the text, and the weekday printed beside it (0 = Sunday). */
export interface PrintedDate {
  day: Day;
  /** Offset of the date in the notice text. */
  offset: number;
  /** The words printed, e.g. `2月4日（星期日）`. */
  words: string;
  printedWeekday?: number;
}

export interface PrintedParagraph {
  /** The heading before the colon (`春节`, `中秋节、国庆节`), when the paragraph has one. */
  heading?: string;
  /** Days off, each a span (from = to for a single day). */
  off: { from: PrintedDate; to: PrintedDate }[];
  work: PrintedDate[];
  /** 延长…假期至X: the holiday now ends on X. */
  until?: PrintedDate;
  /** X起正常上班. */
  resumes?: PrintedDate;
}

const NUMBERED = /^[ \t　]*([一二三四五六七八九十]+)、(.*)$/;
const HEADING = /^([^：:，。]{1,12}?)[：:]/;
const DATE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:（([^）]*)）)?/gu;
const WEEKDAY = /(?:星期|周)([日天一二三四五六])/;
const WEEKDAY_NUMBER: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

/** Every numbered paragraph of a notice, with what it arranges. Dates without a year are in `year`. */
export function readNoticeText(text: string, year: number): PrintedParagraph[] {
  const paragraphs: PrintedParagraph[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    const m = NUMBERED.exec(line);
    if (m) {
      const bodyStart = offset + line.length - m[2]!.length;
      paragraphs.push(readParagraph(m[2]!, bodyStart, year));
    }
    offset += line.length + 1;
  }
  return paragraphs;
}

function readParagraph(body: string, start: number, year: number): PrintedParagraph {
  const heading = HEADING.exec(body);
  const out: PrintedParagraph = { off: [], work: [], ...(heading && /节|元旦/.test(heading[1]!) ? { heading: heading[1]!.trim() } : {}) };
  for (const clause of clauses(body)) {
    const dates = datesIn(clause.text, start + clause.offset, year);
    if (!dates.length) continue;
    if (/起正常上班/.test(clause.text)) out.resumes = dates[0]!.from;
    else if (/延长/.test(clause.text) && /至/.test(clause.text)) out.until = dates[dates.length - 1]!.to;
    else if (/上班/.test(clause.text)) out.work.push(...dates.map((d) => d.from));
    else if (/放假|补休/.test(clause.text)) out.off.push(...dates);
  }
  return out;
}

/** The clauses of a paragraph: split at ，。； that are not inside brackets. */
function clauses(body: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === "（" || c === "(") depth++;
    else if (c === "）" || c === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === "，" || c === "。" || c === "；" || c === ",")) {
      out.push({ text: body.slice(from, i), offset: from });
      from = i + 1;
    }
  }
  if (from < body.length) out.push({ text: body.slice(from), offset: from });
  return out;
}

/** The dates of a clause, `X至Y` read as one span; a bare `D日` only ends a span (`2月10日至17日`). */
function datesIn(clause: string, start: number, year: number): { from: PrintedDate; to: PrintedDate }[] {
  const out: { from: PrintedDate; to: PrintedDate }[] = [];
  let last: { year: number; month: number } | undefined;
  let pendingRange = false;
  let lastEnd = 0;
  for (const m of clause.matchAll(DATE)) {
    const at = m.index!;
    const between = last ? clause.slice(lastEnd, at) : "";
    const endsSpan = last !== undefined && /^至$/.test(between.trim());
    if (!m[2] && !endsSpan) {
      lastEnd = at + m[0].length;
      continue;
    }
    const y = m[1] ? Number(m[1]) : endsSpan && last ? last.year : year;
    const mo = m[2] ? Number(m[2]) : last!.month;
    const d = Number(m[3]);
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) {
      lastEnd = at + m[0].length;
      continue;
    }
    const weekday = m[4] ? WEEKDAY.exec(m[4]) : null;
    const printed: PrintedDate = {
      day: dayFromParts(y, mo, d),
      offset: start + at,
      words: m[0],
      ...(weekday ? { printedWeekday: WEEKDAY_NUMBER[weekday[1]!]! } : {}),
    };
    if (endsSpan && pendingRange) out[out.length - 1]!.to = printed;
    else out.push({ from: printed, to: printed });
    pendingRange = !endsSpan;
    last = { year: y, month: mo };
    lastEnd = at + m[0].length;
  }
  return out;
}

/** `2024年2月18日` as the notices print a date with its year. */
export function chineseDate(day: Day): string {
  const [y, m, d] = formatDay(day).split("-").map(Number);
  return `${y}年${m}月${d}日`;
}
