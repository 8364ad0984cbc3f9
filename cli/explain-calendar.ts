// The calendar in an explanation, in Chinese or English: each count on the official calendar names the notices
// that decided the days it crossed (依据国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号），2024年2月10日至17日
// 春节放假，2024年2月18日（星期日）上班：…), a provisional count says it is one, and an output that is not a plain
// answer says why. English writes days as ISO dates with the weekday (2024-02-18 (Sunday)) and quotes the names
// of festivals and notices as printed.
import type { CalendarStepJson, CitedSource, DecidedDay } from "../runtime/calendar-trace.js";
import type { OutputStatus } from "../runtime/evaluate.js";
import type { Lang } from "../dsl/lang.js";
import { WEEKDAYS } from "../runtime/calendar-trace.js";
import { isoDay, weekday } from "../runtime/date.js";

/** 2024年2月18日 */
export function chineseDay(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** 2024年2月18日（星期日） */
export function chineseDayWithWeekday(iso: string): string {
  return `${chineseDay(iso)}（${WEEKDAYS[weekday(isoDay(iso)!)]}）`;
}

/** 2024年2月10日至17日, 2024年1月28日至2月4日, 2018年12月30日至2019年1月1日 */
export function chineseSpan(from: string, to: string): string {
  if (from === to) return chineseDay(from);
  const [fy, fm] = from.split("-").map(Number);
  const [ty, tm, td] = to.split("-").map(Number);
  if (fy !== ty) return `${chineseDay(from)}至${chineseDay(to)}`;
  return fm === tm ? `${chineseDay(from)}至${td}日` : `${chineseDay(from)}至${tm}月${td}日`;
}

/** What the decided days of one source were, runs of one festival joined: 2024年2月10日至17日春节放假. */
export function decidedWords(days: readonly DecidedDay[]): string[] {
  return runsOf(days).map((run) =>
    run[0]!.status === "makeup"
      ? `${chineseDayWithWeekday(run[0]!.date)}上班`
      : `${chineseSpan(run[0]!.date, run[run.length - 1]!.date)}${run[0]!.festival ?? ""}放假`,
  );
}

/** The decided days in runs: consecutive days off of one festival together, each make-up working day alone. */
function runsOf(days: readonly DecidedDay[]): DecidedDay[][] {
  const out: DecidedDay[][] = [];
  let run: DecidedDay[] = [];
  const flush = () => {
    if (run.length) out.push(run);
    run = [];
  };
  for (const day of days) {
    if (day.status === "makeup") {
      flush();
      out.push([day]);
      continue;
    }
    const prev = run[run.length - 1];
    if (prev && (prev.festival !== day.festival || isoDay(day.date)! !== isoDay(prev.date)! + 1)) flush();
    run.push(day);
  }
  flush();
  return out;
}

/** One line per source deciding the step's days, then what the step counted. */
export function calendarStepWords(step: CalendarStepJson, lang: Lang): string {
  const basis = step.notices.map((n) =>
    sourceWords(
      n,
      step.decided.filter((d) => d.by === n.number),
      lang,
    ),
  );
  return lang === "zh" ? `依据${basis.join("；")}：${stepWords(step)}` : `Under ${basis.join("; ")}: ${stepWordsEn(step)}`;
}

function sourceWords(n: CitedSource, decided: readonly DecidedDay[], lang: Lang): string {
  if (lang === "en") {
    const name = n.provisional
      ? `《${n.title}》 (${n.number}) 第二条 (provisional: that year's holiday arrangement is not published yet; no make-up working days)`
      : `《${n.title}》 (${n.number})`;
    const words = decidedWordsEn(decided);
    return words.length ? `${name}, ${words.join(", ")}` : `${name} (no holiday or make-up working day in the period)`;
  }
  const name = n.provisional ? `《${n.title}》（${n.number}）第二条（临时推算，该年节假日安排尚未公布，不含调休）` : `${n.title}（${n.number}）`;
  const words = decidedWords(decided);
  return words.length ? `${name}，${words.join("，")}` : `${name}（其间无放假调休）`;
}

function stepWords(s: CalendarStepJson): string {
  switch (s.fn) {
    case "addWorkingDays":
      return `自${chineseDay(s.from)}起算${s.n}个工作日（起算日不计入），至${chineseDayWithWeekday(s.to)}`;
    case "calendarDeadline":
      return `自${chineseDay(s.from)}起算${s.n}日，期限最后一日遇休息日顺延，至${chineseDayWithWeekday(s.to)}`;
    case "workingDayOnOrAfter":
      return s.from === s.to ? `${chineseDayWithWeekday(s.from)}为工作日` : `${chineseDayWithWeekday(s.from)}不是工作日，顺延至${chineseDayWithWeekday(s.to)}`;
    case "isWorkingDay":
      return `判断${chineseDayWithWeekday(s.from)}是否为工作日`;
    case "workingDaysBetween":
      return `${chineseDay(s.from)}至${chineseDay(s.to)}之间有${s.n}个工作日（起算日不计入）`;
  }
}

const WEEKDAYS_EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

/** 2024-02-18 (Sunday) */
export function dayWithWeekdayEn(iso: string): string {
  return `${iso} (${WEEKDAYS_EN[weekday(isoDay(iso)!)]})`;
}

/** The decided days of one source in English, runs of one festival joined: 2024-02-10 to 2024-02-17 “春节” holiday. */
export function decidedWordsEn(days: readonly DecidedDay[]): string[] {
  return runsOf(days).map((run) =>
    run[0]!.status === "makeup"
      ? `${dayWithWeekdayEn(run[0]!.date)} a working day`
      : `${run.length > 1 ? `${run[0]!.date} to ${run[run.length - 1]!.date}` : run[0]!.date}${run[0]!.festival ? ` “${run[0]!.festival}”` : ""} holiday`,
  );
}

function stepWordsEn(s: CalendarStepJson): string {
  switch (s.fn) {
    case "addWorkingDays":
      return `${s.n} working days from ${s.from} (the start day not counted) end on ${dayWithWeekdayEn(s.to)}`;
    case "calendarDeadline":
      return `${s.n} days from ${s.from}, a last day that is not a working day moved to the next working day, end on ${dayWithWeekdayEn(s.to)}`;
    case "workingDayOnOrAfter":
      return s.from === s.to
        ? `${dayWithWeekdayEn(s.from)} is a working day`
        : `${dayWithWeekdayEn(s.from)} is not a working day; moved to ${dayWithWeekdayEn(s.to)}`;
    case "isWorkingDay":
      return `whether ${dayWithWeekdayEn(s.from)} is a working day`;
    case "workingDaysBetween":
      return `${s.n} working days from ${s.from} to ${s.to} (the start day not counted)`;
  }
}

/** How an output that is not a plain answer is written: 未知（…）, or the value marked 临时推算; the reason is a note. */
export function outputWords(value: unknown, status: OutputStatus, lang: Lang): string {
  if (lang === "en")
    return status.status === "calendar_unknown" ? `unknown (the ${status.year} holiday arrangement is not published)` : `${String(value)} (provisional)`;
  return status.status === "calendar_unknown" ? `未知（${status.year}年安排未公布）` : `${String(value)}（临时推算）`;
}
