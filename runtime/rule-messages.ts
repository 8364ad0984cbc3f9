// Why a rule could not be applied to a case (RuleError), one entry per situation, in both languages. The
// parameters (names, articles, dates, numbers) are the same in both; the run, the command line or the service
// renders the reader's language. Generated modules call the runtime's helpers, which word the error here.
import { formatDay, type Day } from "./date.js";
import type { Text } from "./lang.js";

const mm = (month: number): string => String(month).padStart(2, "0");

export const conflicting = (target: string, first: string, second: string): Text => ({
  en: `${first} and ${second} both apply to ${target} and give different values; declare their order with a precedence rule`,
  zh: `${first}与${second}都适用于${target}，给出的值却不同；请用 precedence 规则声明二者的先后`,
});

export const needed = (field: string, citation: string): Text => ({
  en: `${field} is needed by ${citation} but the case does not give it`,
  zh: `${citation}需要${field}，但案例没有给出`,
});

export const notADate = (text: string): Text => ({
  en: `"${text}" is not a calendar date in the form YYYY-MM-DD`,
  zh: `“${text}”不是 YYYY-MM-DD 格式的日历日期`,
});

export const noSuchDayOfMonth = (year: number, month: number, day: number): Text => ({
  en: `${year}-${mm(month)} has no day ${day}`,
  zh: `${year}年${month}月没有${day}日`,
});

export const noSuchDateInYear = (year: number, month: number, day: number): Text => ({
  en: `${year} has no date ${month}月${day}日`,
  zh: `${year}年没有${month}月${day}日`,
});

export const notAMonth = (month: number): Text => ({ en: `${month} is not a month`, zh: `${month}不是月份` });

export const countsBackwards = (n: number): Text => ({
  en: `a time limit cannot be counted backwards (${n} days)`,
  zh: `期限不能倒算（${n}日）`,
});

/** What a count must be a whole number of. */
export const COUNTED = { workingDays: { en: "working days", zh: "工作日数" }, days: { en: "days", zh: "日数" } } satisfies Record<string, Text>;

export const notAWholeCount = (n: number, what: Text): Text => ({ en: `${n} is not a whole number of ${what.en}`, zh: `${n}不是整数的${what.zh}` });

export const beyondExactRange = (): Text => ({
  en: "an amount exceeds the range of exact arithmetic (about 9×10^15 units of its smallest decimal)",
  zh: "金额超出精确计算的范围（约为其最小小数单位的 9×10^15 倍）",
});

export const noBand = (name: string, amount: number): Text => ({
  en: `${name}: no band holds the amount (${amount} at the schedule's scale)`,
  zh: `${name}：没有哪一档包含这个金额（按费率表的精度为 ${amount}）`,
});

export const notAnEarlierClaim = (current: string, field: string, id: string): Text => ({
  en: `claim "${current}": ${field} "${id}" is not an earlier accepted claim of this case`,
  zh: `申请“${current}”：${field}“${id}”不是本案例中在它之前且已受理的申请`,
});

export const calendarUnknown = (year: number, day: Day): Text => ({
  en: `the holiday arrangements for ${year} are not published yet (the State Council General Office's notice on the holidays of ${year}), so whether ${formatDay(day)} is a working day cannot be decided`,
  zh: `${year}年的节假日安排尚未公布（国务院办公厅关于${year}年部分节假日安排的通知），无法确定${formatDay(day)}是否为工作日`,
});
