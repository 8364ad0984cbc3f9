// The diagnostic of `regc deadline` (E0910): a count that reaches a year no notice arranges. It has no place in
// a file, so it is printed as `regc deadline: error[E0910]: …` with its help.
import { entry } from "../../dsl/messages/entry.js";

export const yearNotArranged = entry<{ from: string; n: number; unit: "工作日" | "日"; day: string; year: number; knownOn?: string }>({
  code: "E0910",
  severity: "error",
  title: {
    en: "`regc deadline`: the count needs a day of a year no notice arranges (exit 1, nothing on stdout)",
    zh: "regc deadline：计算期限要用到尚无节假日安排通知的年份中的某一天（退出码 1，标准输出为空）",
  },
  sample: "regc deadline 2026-12-25 20工作日",
  example: { from: "2026-12-25", n: 20, unit: "工作日", day: "2027-01-01", year: 2027 },
  message: {
    en: (p) =>
      `counting ${p.n}${p.unit} from ${p.from} needs to know whether ${p.day} is a working day, but the holidays of ${p.year} are not yet arranged${p.knownOn ? ` (as known on ${p.knownOn})` : ""}`,
    zh: (p) => `自${p.from}起算${p.n}${p.unit}需要${p.day}是否为工作日，但${p.year}年的节假日安排尚未公布${p.knownOn ? `（截至${p.knownOn}）` : ""}`,
  },
  help: {
    en: (p) =>
      `once 国务院办公厅关于${p.year}年部分节假日安排的通知 is published, add policies/calendar/${p.year}.yaml (docs/calendar.md); or pass --provisional-calendar to count ${p.year} provisionally from 全国年节及纪念日放假办法`,
    zh: (p) =>
      `国务院办公厅公布${p.year}年部分节假日安排后，添加 policies/calendar/${p.year}.yaml（docs/calendar.md）；或加 --provisional-calendar 按《全国年节及纪念日放假办法》临时推算`,
  },
});
