// 《全国年节及纪念日放假办法》 as a cited source: each holiday the data file lists must be printed in the article
// it names (E0909; the article itself E0922, the dates E0923), with the same number of days (E0925) in words
// that can be counted (E0924); the words are then read into dates — fixed dates (1月1日, 5月1日、2日,
// 10月1日至3日), lunar dates (农历除夕, 正月初一至初三, 农历端午当日, 农历中秋当日) and the 清明 solar term
// (农历清明当日) — year by year with lunar-typescript.
import { Lunar, Solar } from "lunar-typescript";
import { diagnose, type Diagnostic } from "../../dsl/diagnostic.js";
import type { StatuteData } from "../../runtime/calendar-data.js";
import { dayFromParts, daysInMonth, formatDay, yearOf, type Day } from "../../runtime/date.js";
import * as Calendar from "../messages/calendar.js";
import { chineseDate } from "./notice-text.js";
import type { StatuteFile } from "./read.js";

/** The last year counted provisionally: far enough for any time limit, near enough to stay cheap to build. */
export const PROVISIONAL_LAST_YEAR = 2100;

/** One day a holiday's words give in a year: a fixed date, a lunar date, or the 清明 solar term. */
type DayRule = { kind: "solar"; month: number; day: number } | { kind: "lunar"; month: number; day: number } | { kind: "eve" } | { kind: "qingming" };

const LUNAR_DAYS: Record<string, number> = { 初一: 1, 初二: 2, 初三: 3, 初四: 4, 初五: 5, 初六: 6, 初七: 7, 初八: 8, 初九: 9, 初十: 10 };

/** The statute's days, checked; undefined (reported) when its words cannot be read or are not printed. */
export function checkStatute(s: StatuteFile, diagnostics: Diagnostic[]): { file: StatuteFile; rules: { festival: string; days: DayRule[] }[] } | undefined {
  const before = diagnostics.length;
  const article = articleText(s.text, s.article.value);
  if (article === undefined) diagnostics.push(diagnose(Calendar.statuteNoArticle, s.article.span, { title: s.title.value, article: s.article.value }));
  for (const [field, day] of [
    ["signed", s.signed],
    ["effective", s.effective],
  ] as const) {
    if (!s.text.includes(chineseDate(day.value)))
      diagnostics.push(diagnose(Calendar.statuteDateNotPrinted, day.span, { field, day: formatDay(day.value), words: chineseDate(day.value) }));
  }
  const rules: { festival: string; days: DayRule[] }[] = [];
  for (const h of s.holidays) {
    const printed = `${h.festival}，放假${h.days}天（${h.when}）`;
    if (article !== undefined && !article.includes(printed)) {
      diagnostics.push(diagnose(Calendar.statuteWordsNotPrinted, h.span, { article: s.article.value, printed, festival: h.festival }));
      continue;
    }
    const days = dayRules(h.when);
    if (!days) {
      diagnostics.push(diagnose(Calendar.statuteUncountable, h.span, { when: h.when }));
      continue;
    }
    if (days.length !== h.days) {
      diagnostics.push(diagnose(Calendar.statuteDayCount, h.span, { when: h.when, counted: days.length, days: h.days }));
      continue;
    }
    rules.push({ festival: h.festival, days });
  }
  return diagnostics.length > before ? undefined : { file: s, rules };
}

/** The statute with its days worked out for every year it may count (from its effective year on). */
export function statuteData(checked: NonNullable<ReturnType<typeof checkStatute>>, withDays: boolean): StatuteData {
  const s = checked.file;
  const firstYear = yearOf(s.effective.value);
  const off: StatuteData["off"] = [];
  if (withDays) {
    for (let y = firstYear; y <= PROVISIONAL_LAST_YEAR; y++) {
      for (const r of checked.rules) for (const d of r.days) off.push([formatDay(dayOf(d, y)), r.festival]);
    }
  }
  return {
    number: s.number.value,
    title: s.title.value,
    signed: formatDay(s.signed.value),
    published: formatDay(s.published.value),
    effective: formatDay(s.effective.value),
    source: s.file,
    article: s.article.value,
    firstYear,
    lastYear: PROVISIONAL_LAST_YEAR,
    off,
  };
}

/** The day `rule` gives in gregorian year `year`. */
export function dayOf(rule: DayRule, year: number): Day {
  const iso = (ymd: string) => {
    const [y, m, d] = ymd.split("-").map(Number) as [number, number, number];
    return dayFromParts(y, m, d);
  };
  switch (rule.kind) {
    case "solar":
      return dayFromParts(year, rule.month, rule.day);
    case "lunar":
      return iso(Lunar.fromYmd(year, rule.month, rule.day).getSolar().toYmd());
    case "eve":
      // 除夕: the last day of the lunar year ending in this gregorian year, the eve of 正月初一.
      return iso(Lunar.fromYmd(year, 1, 1).getSolar().toYmd()) - 1;
    case "qingming":
      return iso(Solar.fromYmd(year, 4, 15).getLunar().getJieQiTable().清明!.toYmd());
  }
}

/** `农历除夕、正月初一至初三` → the day rules it names, or undefined for words not understood. */
export function dayRules(when: string): DayRule[] | undefined {
  const out: DayRule[] = [];
  let month: number | undefined;
  for (const part of when.split("、")) {
    let m: RegExpExecArray | null;
    if (part === "农历除夕") out.push({ kind: "eve" });
    else if (part === "农历清明当日") out.push({ kind: "qingming" });
    else if (part === "农历端午当日") out.push({ kind: "lunar", month: 5, day: 5 });
    else if (part === "农历中秋当日") out.push({ kind: "lunar", month: 8, day: 15 });
    else if ((m = /^正月(初[一二三四五六七八九十])(?:至(初[一二三四五六七八九十]))?$/.exec(part))) {
      for (let d = LUNAR_DAYS[m[1]!]!; d <= LUNAR_DAYS[m[2] ?? m[1]!]!; d++) out.push({ kind: "lunar", month: 1, day: d });
    } else if ((m = /^(?:(\d{1,2})月)?(\d{1,2})日(?:至(\d{1,2})日)?$/.exec(part))) {
      month = m[1] ? Number(m[1]) : month;
      if (month === undefined || month < 1 || month > 12) return undefined;
      const to = Number(m[3] ?? m[2]);
      if (Number(m[2]) < 1 || to > daysInMonth(2001, month) || to < Number(m[2])) return undefined;
      for (let d = Number(m[2]); d <= to; d++) out.push({ kind: "solar", month, day: d });
    } else return undefined;
  }
  return out;
}

/** The words of one article (`第二条`) up to the next article, or undefined when the text has none. */
function articleText(text: string, article: string): string | undefined {
  const start = text.search(new RegExp(`(^|\\n)\\s*${article}[\\s　]`));
  if (start < 0) return undefined;
  const rest = text.slice(start + 1);
  const next = rest.slice(article.length).search(/\n\s*第[一二三四五六七八九十百]+条[\s　]/);
  return next < 0 ? rest : rest.slice(0, article.length + next);
}
