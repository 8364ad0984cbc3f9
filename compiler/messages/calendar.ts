// Diagnostics of the calendar (E09xx): each year's holiday notices checked against their own text and against
// each other, the statute file against its article, and the horizon warning, which every `regc check` near the
// end of a year prints once per document that counts working days. Each code names one situation; a `kind`
// only words a situation's variants (which day, which list).
import { entry, listed } from "../../dsl/messages/entry.js";

export const calendarEndsSoon = entry<{ number: string; today: string; last?: string; daysLeft: number; next: number }>({
  code: "W0901",
  severity: "warning",
  title: {
    en: 'a document in force today counts working days and the calendar ends within 60 days (or has ended); "today" is `REGC_TODAY` when set',
    zh: "今日有效的文件要计算工作日，而节假日安排将在60日内用完（或已用完）；设置了 `REGC_TODAY` 时以其为今日",
  },
  sample: "output reportDeadline: date = addWorkingDays(claim.date, 5工作日) @ 第十条",
  example: { number: "锦政办发〔2017〕61号", today: "2026-12-07", last: "2026-12-31", daysLeft: 24, next: 2027 },
  message: {
    en: (p) =>
      `${p.number} is in force on ${p.today} and counts working days, but ${
        p.last === undefined
          ? "no year is arranged"
          : p.daysLeft < 0
            ? `the official calendar ended on ${p.last}`
            : `the official calendar ends on ${p.last}, ${p.daysLeft} days later`
      }`,
    zh: (p) =>
      `${p.number} 在 ${p.today} 有效并计算工作日，但${
        p.last === undefined
          ? "没有任何一年的节假日安排"
          : p.daysLeft < 0
            ? `官方节假日安排已于 ${p.last} 用完`
            : `官方节假日安排只到 ${p.last}，${p.daysLeft} 日后用完`
      }`,
  },
  help: {
    en: (p) =>
      `add policies/calendar/${p.next}.yaml once 国务院办公厅关于${p.next}年部分节假日安排的通知 is published (docs/calendar.md); until then a deadline reaching ${p.next} is calendar_unknown`,
    zh: (p) =>
      `国务院办公厅关于${p.next}年部分节假日安排的通知公布后，请添加 policies/calendar/${p.next}.yaml（见 docs/calendar.md）；在此之前，落在${p.next}年的期限一律答“未知”（calendar_unknown）`,
  },
});

type NotPrinted =
  | { kind: "work"; day: string; number: string; words: string; printed: readonly string[] }
  | { kind: "off"; festival: string; from: string; to: string; number: string; words: string; printed: readonly string[] }
  | { kind: "until"; day: string; number: string }
  | { kind: "resumes"; day: string; number: string }
  | { kind: "heading"; from: string; to: string; heading: string; festival: string; printedHeading: boolean };

export const dayNotPrinted = entry<NotPrinted>({
  code: "E0902",
  severity: "error",
  title: {
    en: "a day the file lists that the notice's text does not print (or prints under another festival)",
    zh: "日历文件列出的日期，通知原文中没有（或印在另一个节日之下）",
  },
  sample: "work: [2024-02-17]",
  example: { kind: "work", day: "2024-02-17", number: "国办发明电〔2023〕7号", words: "2月17日", printed: ["2月4日（星期日）", "2月18日（星期日）"] },
  message: {
    en: (p) => {
      switch (p.kind) {
        case "work":
          return `${p.day}: ${p.number} does not print this make-up working day (${p.words}…上班)`;
        case "off":
          return `${p.festival} ${p.from}${p.from === p.to ? "" : ` to ${p.to}`}: ${p.number} does not print these days off (${p.words}放假)`;
        case "until":
          return `${p.day}: ${p.number} does not print a holiday extended to this day`;
        case "resumes":
          return `${p.day}: ${p.number} does not print work resuming on this day`;
        case "heading":
          return `the days ${p.from}…${p.to} are printed under ${p.heading}, not ${p.festival}`;
      }
    },
    zh: (p) => {
      switch (p.kind) {
        case "work":
          return `${p.day}：${p.number} 没有载明这一调休上班日（${p.words}…上班）`;
        case "off":
          return `${p.festival} ${p.from}${p.from === p.to ? "" : ` 至 ${p.to}`}：${p.number} 没有载明这些放假日（${p.words}放假）`;
        case "until":
          return `${p.day}：${p.number} 没有载明延长假期至这一天`;
        case "resumes":
          return `${p.day}：${p.number} 没有载明这一天恢复上班`;
        case "heading":
          return `${p.from}…${p.to} 这些日期印在“${p.heading}”之下，而不是“${p.festival}”`;
      }
    },
  },
  help: {
    en: (p) => {
      switch (p.kind) {
        case "work":
          return `the notice prints: ${p.printed.join("、") || "no make-up working days"}`;
        case "off":
          return `the notice prints: ${p.printed.join("、") || "no days off"}`;
        case "until":
          return "copy the day from the notice's 延长…至 sentence";
        case "resumes":
          return "copy the day from the notice's …起正常上班";
        case "heading":
          return `write festival: ${p.printedHeading ? p.heading : "the festival the notice's title names"}`;
      }
    },
    zh: (p) => {
      switch (p.kind) {
        case "work":
          return `通知载明的是：${listed.zh(p.printed) || "没有调休上班日"}`;
        case "off":
          return `通知载明的是：${listed.zh(p.printed) || "没有放假日"}`;
        case "until":
          return "请照抄通知中“延长…至”一句的日期";
        case "resumes":
          return "请照抄通知中“…起正常上班”的日期";
        case "heading":
          return `请写 festival: ${p.printedHeading ? p.heading : "通知标题所载的节日"}`;
      }
    },
  },
});

type NotListed =
  | { kind: "off"; number: string; words: string; festival?: string; from: string; to?: string }
  | { kind: "work"; number: string; words: string; day: string }
  | { kind: "until"; number: string; words: string; day: string };

export const dayNotListed = entry<NotListed>({
  code: "E0903",
  severity: "error",
  title: { en: "a day the notice's text prints that the file does not list", zh: "通知原文载明的日期，日历文件没有列出" },
  sample: "work: [2024-04-28]",
  example: { kind: "work", number: "国办发明电〔2023〕7号", words: "4月7日（星期日）", day: "2024-04-07" },
  message: {
    en: (p) =>
      p.kind === "off"
        ? `${p.number} prints ${p.words}放假, which the file does not list`
        : p.kind === "work"
          ? `${p.number} prints ${p.words}上班, which the file does not list`
          : `${p.number} extends a holiday to ${p.words}, which the file does not list`,
    zh: (p) =>
      p.kind === "off"
        ? `${p.number} 载明 ${p.words}放假，日历文件没有列出`
        : p.kind === "work"
          ? `${p.number} 载明 ${p.words}上班，日历文件没有列出`
          : `${p.number} 将假期延长至 ${p.words}，日历文件没有列出`,
  },
  help: {
    en: (p) =>
      p.kind === "off"
        ? `add to off: { festival: ${p.festival ?? "…"}, from: ${p.from}${p.to === undefined ? "" : `, to: ${p.to}`} }`
        : p.kind === "work"
          ? `add ${p.day} to work`
          : `add to off: { festival: …, until: ${p.day} }`,
    zh: (p) =>
      p.kind === "off"
        ? `请在 off 中添加：{ festival: ${p.festival ?? "…"}, from: ${p.from}${p.to === undefined ? "" : `, to: ${p.to}`} }`
        : p.kind === "work"
          ? `请把 ${p.day} 加入 work`
          : `请在 off 中添加：{ festival: …, until: ${p.day} }`,
  },
});

export const workdayNotWeekend = entry<{ day: string; weekday: string }>({
  code: "E0904",
  severity: "error",
  title: { en: "a make-up working day that is not a Saturday or Sunday", zh: "调休上班日不是星期六或星期日" },
  sample: "work: [2024-02-19]",
  example: { day: "2024-02-19", weekday: "星期一" },
  message: {
    en: (p) => `make-up working day ${p.day} is a ${p.weekday}, not a Saturday or Sunday`,
    zh: (p) => `调休上班日 ${p.day} 是${p.weekday}，不是星期六或星期日`,
  },
  help: {
    en: () => "调休上班 days are weekend days; a weekday is a working day anyway",
    zh: () => "调休上班日都在周末；工作日本来就要上班",
  },
});

export const dayListedTwice = entry<{ day: string; number: string; first: string; what: string }>({
  code: "E0905",
  severity: "error",
  title: { en: "a date listed twice in one notice (also a day both off and worked)", zh: "同一通知中同一日期列了两次（包括某天既放假又上班）" },
  sample: "work: [2024-02-17]",
  example: { day: "2024-02-17", number: "国办发明电〔2023〕7号", first: "春节 放假", what: "上班" },
  message: {
    en: (p) => `${p.day} is listed twice in ${p.number}: ${p.first} and ${p.what}`,
    zh: (p) => `${p.day} 在 ${p.number} 中列了两次：${p.first} 和 ${p.what}`,
  },
  help: {
    en: () => "list each day once: a day is either off or worked, in one entry",
    zh: () => "每个日期只列一次：一天要么放假，要么上班，只写在一个条目中",
  },
});

export const resumesNotNextDay = entry<{ resumes: string; until: string }>({
  code: "E0911",
  severity: "error",
  title: { en: "an extension whose `resumes` is not the day after its `until`", zh: "延长假期的 resumes（恢复上班日）不是 until（假期最后一天）的次日" },
  sample: "{ festival: 春节, until: 2020-02-02, resumes: 2020-02-04 }",
  example: { resumes: "2020-02-04", until: "2020-02-02" },
  message: {
    en: (p) => `work resumes on ${p.resumes}, not the day after the holiday ends (${p.until})`,
    zh: (p) => `恢复上班日是 ${p.resumes}，不是假期结束（${p.until}）的次日`,
  },
  help: { en: () => "resumes is the day after until", zh: () => "resumes 应是 until 的次日" },
});

export const nothingToExtend = entry<{ number: string; festival: string }>({
  code: "E0912",
  severity: "error",
  title: { en: "an extension of a holiday that no earlier notice of the year gives", zh: "延长的假期在本年度此前的通知中没有安排" },
  sample: "{ festival: 国庆节, until: 2024-10-08 }",
  example: { number: "国办发明电〔2020〕1号", festival: "国庆节" },
  message: {
    en: (p) => `${p.number} extends ${p.festival}, which no earlier notice of the year gives`,
    zh: (p) => `${p.number} 延长${p.festival}假期，但本年度此前的通知没有安排该假期`,
  },
  help: {
    en: () => "an extension continues a holiday an earlier notice listed under the same festival",
    zh: () => "延长是接续此前通知在同一节日下安排的假期",
  },
});

export const extendsNothing = entry<{ festival: string; end: string; until: string }>({
  code: "E0913",
  severity: "error",
  title: { en: "an extension whose `until` is not later than the holiday's last day", zh: "延长假期的 until 不晚于该假期原定的最后一天，并没有延长" },
  sample: "{ festival: 春节, until: 2020-01-30 }",
  example: { festival: "春节", end: "2020-01-30", until: "2020-01-30" },
  message: {
    en: (p) => `${p.festival} already runs to ${p.end}: extending it to ${p.until} extends nothing`,
    zh: (p) => `${p.festival}假期已到 ${p.end}：延长至 ${p.until} 并没有延长`,
  },
  help: { en: () => "check the day", zh: () => "请核对日期" },
});

export const spanBackwards = entry<{ festival: string; from: string; to: string }>({
  code: "E0914",
  severity: "error",
  title: { en: "days off whose `to` is before their `from`", zh: "放假时段的 to（最后一天）早于 from（第一天）" },
  sample: "{ festival: 春节, from: 2024-02-17, to: 2024-02-10 }",
  example: { festival: "春节", from: "2024-02-17", to: "2024-02-10" },
  message: {
    en: (p) => `${p.festival} ${p.from} to ${p.to} ends before it starts`,
    zh: (p) => `${p.festival} ${p.from} 至 ${p.to}：结束日早于开始日`,
  },
  help: { en: () => "from is the first day off, to the last", zh: () => "from 是放假第一天，to 是最后一天" },
});

export const wrongWeekday = entry<{ number: string; words: string; day: string; weekday: string }>({
  code: "E0906",
  severity: "error",
  title: { en: "the weekday printed beside a date in the notice's text is not that date's weekday", zh: "通知原文中日期旁所印的星期与该日期实际的星期不符" },
  sample: "2月4日（星期六）",
  example: { number: "国办发明电〔2023〕7号", words: "2月4日（星期六）", day: "2024-02-04", weekday: "星期日" },
  message: {
    en: (p) => `${p.number} prints ${p.words}, but ${p.day} is a ${p.weekday}`,
    zh: (p) => `${p.number} 印作 ${p.words}，但 ${p.day} 是${p.weekday}`,
  },
  help: {
    en: () => "check the text against the published notice: a date or its weekday was copied wrongly",
    zh: () => "请对照公布的通知核对原文：日期或星期抄错了",
  },
});

export const fileNameNotYear = entry<{ file: string; year: number }>({
  code: "E0907",
  severity: "error",
  title: { en: "a year file whose name differs from its `year`", zh: "年度文件的文件名与其中的 year 不同" },
  sample: "year: 2025",
  example: { file: "policies/calendar/2024.yaml", year: 2025 },
  message: {
    en: (p) => `${p.file} says year: ${p.year}`,
    zh: (p) => `${p.file} 写的是 year: ${p.year}`,
  },
  help: {
    en: (p) => `name the file ${p.year}.yaml, or correct the year`,
    zh: (p) => `请把文件命名为 ${p.year}.yaml，或更正年份`,
  },
});

export const yearInTwoFiles = entry<{ year: number; first: string; second: string }>({
  code: "E0915",
  severity: "error",
  title: { en: "two calendar files for one year", zh: "同一年有两个日历文件" },
  sample: "year: 2024",
  example: { year: 2024, first: "policies/calendar/2024.yaml", second: "policies/calendar/2024-b.yaml" },
  message: {
    en: (p) => `${p.year} is arranged in two files: ${p.first} and ${p.second}`,
    zh: (p) => `${p.year}年由两个文件安排：${p.first} 和 ${p.second}`,
  },
  help: {
    en: () => "keep one file per year; a later notice changing the year goes into that file as an entry with amends",
    zh: () => "每年只用一个文件；此后修改该年安排的通知作为带 amends 的条目写入同一文件",
  },
});

export const annualNoticeCount = entry<{ file: string; count: number }>({
  code: "E0916",
  severity: "error",
  title: {
    en: "a year file without exactly one notice that has no `amends` (the year's own notice)",
    zh: "年度文件中不带 amends 的通知（该年度本身的通知）不是恰好一份",
  },
  sample: "notices: [ two notices without amends ]",
  example: { file: "policies/calendar/2024.yaml", count: 2 },
  message: {
    en: (p) => `${p.file} must hold exactly one notice without amends (the year's own notice); it holds ${p.count}`,
    zh: (p) => `${p.file} 须恰好有一份不带 amends 的通知（该年度本身的通知），现有 ${p.count} 份`,
  },
  help: {
    en: () => "give each later notice amends: <文号 of the year's notice>",
    zh: () => "请给此后的每份通知写上 amends: <该年度通知的文号>",
  },
});

export const amendsAnotherNotice = entry<{ number: string; amends: string; year: number; main: string }>({
  code: "E0917",
  severity: "error",
  title: { en: "a notice whose `amends` names another notice than the year's own", zh: "通知的 amends 写的不是该年度本身的通知" },
  sample: "amends: 国办发明电〔2019〕15号",
  example: { number: "国办发明电〔2020〕1号", amends: "国办发明电〔2019〕15号", year: 2020, main: "国办发明电〔2019〕16号" },
  message: {
    en: (p) => `${p.number} amends ${p.amends}, which is not the notice of ${p.year} (${p.main})`,
    zh: (p) => `${p.number} 修改的是 ${p.amends}，但它不是${p.year}年的通知（${p.main}）`,
  },
  help: { en: (p) => `write amends: ${p.main}`, zh: (p) => `请写 amends: ${p.main}` },
});

export const amendmentPublishedBefore = entry<{ number: string; mainPublished: string }>({
  code: "E0918",
  severity: "error",
  title: { en: "a notice with `amends` published before the notice it amends", zh: "带 amends 的通知早于它所修改的通知公布" },
  sample: "published: 2019-11-20",
  example: { number: "国办发明电〔2020〕1号", mainPublished: "2019-11-21" },
  message: {
    en: (p) => `${p.number} is published before the notice it amends (${p.mainPublished})`,
    zh: (p) => `${p.number} 的公布日期早于它所修改的通知（${p.mainPublished}）`,
  },
  help: { en: () => "check both publication dates", zh: () => "请核对两份通知的公布日期" },
});

export const dayOutsideYear = entry<{ day: string; year: number; file: string }>({
  code: "E0919",
  severity: "error",
  title: { en: "a day outside the year its file arranges (other than the December before it)", zh: "日期不在其文件所安排的年份内（上一年十二月除外）" },
  sample: "work: [2025-01-04]",
  example: { day: "2025-01-04", year: 2024, file: "policies/calendar/2024.yaml" },
  message: {
    en: (p) => `${p.day} is outside ${p.year}, the year ${p.file} arranges`,
    zh: (p) => `${p.day} 不在 ${p.file} 所安排的${p.year}年内`,
  },
  help: {
    en: () => "a notice for a year may also decide the last days of December before it (元旦), nothing else",
    zh: () => "某一年的通知只可另外安排上一年十二月的最后几天（元旦），此外不能有其他日期",
  },
});

export const secondStatute = entry<{ file: string; title: string }>({
  code: "E0920",
  severity: "error",
  title: { en: "a second statute file", zh: "第二个放假办法文件" },
  sample: "statute: { … }",
  example: { file: "policies/calendar/statutory-holidays.yaml", title: "全国年节及纪念日放假办法" },
  message: {
    en: (p) => `a second statute file: ${p.file} already holds ${p.title}`,
    zh: (p) => `第二个放假办法文件：${p.file} 已载有${p.title}`,
  },
  help: { en: () => "keep one statute file", zh: () => "只保留一个放假办法文件" },
});

export const signedDate = entry<{ number: string; signed: string; words: string }>({
  code: "E0908",
  severity: "error",
  title: { en: "the signing date is not the date printed under the notice", zh: "签发日期不是通知落款处所印的日期" },
  sample: "signed: 2023-10-26",
  example: { number: "国办发明电〔2023〕7号", signed: "2023-10-26", words: "2023年10月26日" },
  message: {
    en: (p) => `${p.number} signed ${p.signed}: the text does not print ${p.words}`,
    zh: (p) => `${p.number} 签发于 ${p.signed}：原文中没有 ${p.words}`,
  },
  help: {
    en: () => "the signing date is the date printed under the notice; copy it from there",
    zh: () => "签发日期是通知落款处所印的日期，请从那里照抄",
  },
});

export const publishedBeforeSigned = entry<{ number: string }>({
  code: "E0921",
  severity: "error",
  title: { en: "a notice published before it is signed", zh: "通知在签发之前就已公布" },
  sample: "published: 2023-10-24",
  example: { number: "国办发明电〔2023〕7号" },
  message: {
    en: (p) => `${p.number} is published before it is signed`,
    zh: (p) => `${p.number} 的公布日期早于签发日期`,
  },
  help: {
    en: () => "published is the day the notice was made public, on or after the day it was signed",
    zh: () => "published 是通知公开之日，不早于签发之日",
  },
});

export const statuteWordsNotPrinted = entry<{ article: string; printed: string; festival: string }>({
  code: "E0909",
  severity: "error",
  title: { en: "the statute file: a holiday whose words its article does not print", zh: "放假办法文件：所列节日的文字在所引条款中没有" },
  sample: "{ festival: 春节, days: 3, when: 正月初一至初三 }",
  example: { article: "第二条", printed: "春节，放假3天（正月初一至初三）", festival: "春节" },
  message: {
    en: (p) => `${p.article} does not print “${p.printed}”`,
    zh: (p) => `${p.article}中没有“${p.printed}”`,
  },
  help: {
    en: (p) => `copy the words of ${p.article} for ${p.festival}: the days and the words in brackets`,
    zh: (p) => `请照抄${p.article}中${p.festival}的文字：天数和括号中的文字`,
  },
});

export const statuteNoArticle = entry<{ title: string; article: string }>({
  code: "E0922",
  severity: "error",
  title: { en: "the statute file: the text copied has no article of the number `article` gives", zh: "放假办法文件：抄录的原文中没有 article 所写的条款" },
  sample: "article: 第十二条",
  example: { title: "全国年节及纪念日放假办法", article: "第十二条" },
  message: {
    en: (p) => `${p.title} as copied here has no ${p.article}`,
    zh: (p) => `此处抄录的${p.title}中没有${p.article}`,
  },
  help: { en: () => "copy the article the holidays are fixed in", zh: () => "请抄录规定放假日期的那一条" },
});

export const statuteDateNotPrinted = entry<{ field: string; day: string; words: string }>({
  code: "E0923",
  severity: "error",
  title: {
    en: "the statute file: a date (signed, effective) its text does not print",
    zh: "放假办法文件：所写日期（签发、施行）在原文中没有",
  },
  sample: "effective: 2025-01-02",
  example: { field: "effective", day: "2025-01-02", words: "2025年1月2日" },
  message: {
    en: (p) => `${p.field} ${p.day}: the text does not print ${p.words}`,
    zh: (p) => `${p.field} ${p.day}：原文中没有 ${p.words}`,
  },
  help: { en: () => "copy the date from the text", zh: () => "请从原文照抄日期" },
});

export const statuteUncountable = entry<{ when: string }>({
  code: "E0924",
  severity: "error",
  title: { en: "the statute file: a holiday's words that cannot be counted into days", zh: "放假办法文件：节日的文字无法推算出放假日期" },
  sample: "{ festival: 春节, days: 4, when: 春节前后 }",
  example: { when: "春节前后" },
  message: {
    en: (p) => `cannot count the days of “${p.when}”`,
    zh: (p) => `无法由“${p.when}”推算出放假日期`,
  },
  help: {
    en: () => "the words understood are M月D日 (with 、D日 or 至D日), 农历除夕, 正月初一至初三, 农历清明当日, 农历端午当日, 农历中秋当日",
    zh: () => "能识别的写法有：M月D日（可带 、D日 或 至D日）、农历除夕、正月初一至初三、农历清明当日、农历端午当日、农历中秋当日",
  },
});

export const statuteDayCount = entry<{ when: string; counted: number; days: number }>({
  code: "E0925",
  severity: "error",
  title: { en: "the statute file: a holiday's words give another number of days than its `days`", zh: "放假办法文件：节日的文字推算出的天数与 days 不符" },
  sample: "{ festival: 春节, days: 3, when: 农历除夕、正月初一至初三 }",
  example: { when: "农历除夕、正月初一至初三", counted: 4, days: 3 },
  message: {
    en: (p) => `“${p.when}” gives ${p.counted} days, not ${p.days}`,
    zh: (p) => `“${p.when}”共 ${p.counted} 天，不是 ${p.days} 天`,
  },
  help: { en: () => "check the words against the article", zh: () => "请对照条款核对文字" },
});

/** What a calendar file lacks or gets wrong, as its reader finds it; `problem` is the reader's own words. */
export type Unreadable =
  | { kind: "unreadable"; file: string; problem: string }
  | { kind: "not yaml"; file: string; problem: string }
  | { kind: "not a map"; file: string }
  | { kind: "no year"; file: string }
  | { kind: "no notices"; file: string }
  | { kind: "notice" }
  | { kind: "off list" }
  | { kind: "work list" }
  | { kind: "off entry" }
  | { kind: "off days" }
  | { kind: "statute" }
  | { kind: "holidays" }
  | { kind: "days" }
  | { kind: "text"; key: string }
  | { kind: "date"; key: string }
  | { kind: "not a date"; written?: string };

const unreadable: Record<"en" | "zh", (p: Unreadable) => string> = {
  en: (p) => {
    switch (p.kind) {
      case "unreadable":
        return `${p.file} cannot be read: ${p.problem}`;
      case "not yaml":
        return `${p.file} is not valid YAML: ${p.problem}`;
      case "not a map":
        return `${p.file} must be a map with year and notices, or statute`;
      case "no year":
        return `${p.file} needs year: the year its notices arrange`;
      case "no notices":
        return `${p.file} needs notices: the year's notice, then any notice that changed it`;
      case "notice":
        return "each notice is a map: number, title, signed, published, off, work, text";
      case "off list":
        return "off: the days off, each { festival, from, to } (to may be left out for one day)";
      case "work list":
        return "work: the make-up working days as a list of dates, [] when there are none";
      case "off entry":
        return "each day off is { festival, from, to }, or { festival, until, resumes } for an extension";
      case "off days":
        return "a day off needs from (and to, for a span), or until for an extension";
      case "statute":
        return "statute: a map with number, title, signed, published, effective, article, holidays, text";
      case "holidays":
        return "holidays: each { festival, days, when } as the article prints it";
      case "days":
        return "days: how many days off the article gives the festival";
      case "text":
        return `${p.key}: expected text`;
      case "date":
        return `${p.key}: expected a date YYYY-MM-DD`;
      case "not a date":
        return `${p.written ?? "this"} is not a date YYYY-MM-DD`;
    }
  },
  zh: (p) => {
    switch (p.kind) {
      case "unreadable":
        return `无法读取 ${p.file}：${p.problem}`;
      case "not yaml":
        return `${p.file} 不是有效的 YAML：${p.problem}`;
      case "not a map":
        return `${p.file} 须是一个映射，含 year 和 notices，或含 statute`;
      case "no year":
        return `${p.file} 缺少 year：其通知所安排的年份`;
      case "no notices":
        return `${p.file} 缺少 notices：该年度的通知，以及此后修改它的通知`;
      case "notice":
        return "每份通知都是一个映射：number、title、signed、published、off、work、text";
      case "off list":
        return "off：放假日，每项为 { festival, from, to }（只放一天时可省略 to）";
      case "work list":
        return "work：调休上班日的日期列表，没有时写 []";
      case "off entry":
        return "每个放假项为 { festival, from, to }，延长假期时为 { festival, until, resumes }";
      case "off days":
        return "放假项须有 from（时段还须有 to），延长假期须有 until";
      case "statute":
        return "statute：一个映射，含 number、title、signed、published、effective、article、holidays、text";
      case "holidays":
        return "holidays：每项为 { festival, days, when }，照条款原文抄录";
      case "days":
        return "days：条款给该节日放假的天数";
      case "text":
        return `${p.key}：应为文字`;
      case "date":
        return `${p.key}：应为日期 YYYY-MM-DD`;
      case "not a date":
        return `${p.written ?? "此处"} 不是日期 YYYY-MM-DD`;
    }
  },
};

export const calendarFileUnreadable = entry<Unreadable>({
  code: "E0901",
  severity: "error",
  title: {
    en: "a calendar file that cannot be read: not YAML, a missing field, a date that is not `YYYY-MM-DD`",
    zh: "无法读取的日历文件：不是 YAML、缺少字段，或日期不是 `YYYY-MM-DD` 格式",
  },
  sample: "signed: 2023-10-32",
  example: { kind: "not a date", written: '"2023-10-32"' },
  message: unreadable,
  help: {
    en: (p) =>
      p.kind === "unreadable"
        ? "a calendar file is a YAML text file"
        : "a year file reads: year: 2024, then notices: - { number, title, signed, published, off: [{ festival, from, to }], work: [dates], text: | … } (docs/calendar.md)",
    zh: (p) =>
      p.kind === "unreadable"
        ? "日历文件是 YAML 文本文件"
        : "年度文件的写法：year: 2024，然后 notices: - { number, title, signed, published, off: [{ festival, from, to }], work: [日期], text: | … }（见 docs/calendar.md）",
  },
});
