// Diagnostics of the calendar (E09xx): so far the horizon warning, which every `regc check` near the end of a
// year prints once per document that counts working days.
import { entry } from "../../dsl/messages/entry.js";

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
