// The words a trace has for people, one entry per situation, in both languages. Values, dates, names and 文号
// are the same in both; a trace is rendered in the run's language (RunOptions.lang) when it is printed
// (evaluate.ts entries()), so the evaluation itself never chooses a language.
import type { CalendarStepJson } from "./calendar-trace.js";
import type { Lang, Text } from "./lang.js";

/** R10: a ledger's limit changed with a new version from a day, after earlier claims of the year met another. */
export const limitSince = (from: string, limit: string): Text => ({
  en: `limit ${limit} from ${from}`,
  zh: `上限自${from}起为${limit}`,
});

/** A ledger's opening balance: what the case reports as used in the year before its first claim. */
export const openingUsed = (year: number): Text => ({
  en: `opening: used earlier in ${year}, as the case reports`,
  zh: `期初：${year}年度此前已用，依案件所报`,
});

/** A ledger event's note after its amounts: `0.00 → 35000.00（期初：…）`. */
export const withNote = (amounts: string, note: Text, lang: Lang): string => (lang === "en" ? `${amounts} (${note.en})` : `${amounts}（${note.zh}）`);

/** A value that needs a calendar year no notice arranges: `未知：<why>`. */
export const unknownValue = (why: string, lang: Lang): string => (lang === "en" ? `unknown: ${why}` : `未知：${why}`);

/** What a calendar step did, in words: `2024-02-08 起算5个工作日 → 2024-02-21`. */
export function stepText(s: CalendarStepJson, lang: Lang): string {
  const en = lang === "en";
  switch (s.fn) {
    case "addWorkingDays":
      return en ? `${s.from} + ${s.n} working days → ${s.to}` : `${s.from} 起算${s.n}个工作日 → ${s.to}`;
    case "calendarDeadline":
      return en ? `${s.from} + ${s.n} days, the last day moved past days off → ${s.to}` : `${s.from} 起算${s.n}日，最后一日遇休息日顺延 → ${s.to}`;
    case "workingDayOnOrAfter":
      if (s.from === s.to) return en ? `${s.from} is a working day` : `${s.from} 为工作日`;
      return en ? `${s.from} is not a working day, moved to ${s.to}` : `${s.from} 不是工作日，顺延至 ${s.to}`;
    case "isWorkingDay":
      return en ? `whether ${s.from} is a working day` : `${s.from} 是否为工作日`;
    case "workingDaysBetween":
      return en ? `${s.n} working days between ${s.from} and ${s.to}` : `${s.from} 至 ${s.to} 之间有${s.n}个工作日`;
  }
}
