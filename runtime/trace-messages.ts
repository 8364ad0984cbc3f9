// The words a trace has for people, one entry per situation, in both languages. Values, dates, names and 文号
// are the same in both; a trace is rendered in the run's language (RunOptions.lang) when it is printed
// (evaluate.ts entries()), so the evaluation itself never chooses a language.
import type { CalendarStepJson } from "./calendar-trace.js";
import type { Lang, Text } from "./lang.js";
import type { RankingJson } from "./ranking-trace.js";

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

/** A category's status under 就高不重复, when it gave no amount. */
const CATEGORY_STATUS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  zh: {
    not_applicable: "无适用条款",
    excluded: "不予支付",
    not_in_force: "不在有效期内",
    not_encoded: "尚未编码",
    in_force_unknown: "施行日期未印明",
  },
  en: {
    not_applicable: "no provision applies",
    excluded: "not paid",
    not_in_force: "outside the period of force",
    not_encoded: "not encoded yet",
    in_force_unknown: "effective date not printed",
  },
};

/** How names and amounts are shown inside the words of 就高不重复: as traced, or as an English explanation quotes them. */
export interface RankingShown {
  name(category: string): string;
  amount(amount: string): string;
}

const AS_TRACED: RankingShown = { name: (c) => c, amount: (a) => a };

const RANKING_WORDS: Record<
  Lang,
  {
    noneCovered: string;
    calculatedAs(category: string): string;
    noResult: string;
    sep: string;
    list(notes: string): string;
  }
> = {
  zh: {
    noneCovered: "所持身份均不在本文件分类救助的类别之内",
    calculatedAs: (category) => `按“${category}”计算`,
    noResult: "各身份均无计算结果",
    sep: "；",
    list: (notes) => `（${notes}）`,
  },
  en: {
    noneCovered: "none of the person's categories is among those this document assists",
    calculatedAs: (category) => `calculated as ${category}`,
    noResult: "no category gives a result",
    sep: "; ",
    list: (notes) => ` (${notes})`,
  },
};

/**
 * 就高不重复 in words: `按“低保对象”计算（低保对象 11400.00；低保边缘家庭成员 9500.00）` / `calculated as 低保对象 (低保对象
 * 11400.00; 低保边缘家庭成员 9500.00)`; one category held: `按“低保对象”计算`; none gave a result: `各身份均无计算结果（因病致贫重病患者
 * 无适用条款）`; none held: the sentence saying so.
 */
export function rankingText(r: RankingJson, lang: Lang, shown: RankingShown = AS_TRACED): string {
  const w = RANKING_WORDS[lang];
  if (r.categories.length === 0) return w.noneCovered;
  const notes = r.categories.map(
    (c) => `${shown.name(c.category)} ${c.amount === undefined ? (CATEGORY_STATUS[lang][c.status] ?? c.status) : shown.amount(c.amount)}`,
  );
  const list = w.list(notes.join(w.sep));
  if (r.chosen === null) return w.noResult + list;
  return w.calculatedAs(shown.name(r.chosen)) + (r.categories.length > 1 ? list : "");
}
