// Diagnostics of reading a rule file (E01xx) that the lexer raises: characters, strings, dates, durations and
// citations that cannot be read as written.
import type { Text } from "../lang.js";
import { entry } from "./entry.js";

/** What to write instead of a character the language does not use. */
export type CharacterFix = { ascii: string } | { kind: "singleQuote" | "closingQuote" | "bang" | "hash" | "other" };

const fixText: Record<"en" | "zh", (ch: string, fix: CharacterFix) => string> = {
  en: (ch, fix) => {
    if ("ascii" in fix) return `write the ASCII "${fix.ascii}" instead of the full-width "${ch}"`;
    return {
      singleQuote: 'strings are written in double quotes: "…" or “…”',
      closingQuote: "this closing quote has no opening “",
      bang: 'write "not" to negate a condition, or "!=" for "is not equal to"',
      hash: "comments start with //",
      other: "remove it, or put the text inside a string",
    }[fix.kind];
  },
  zh: (ch, fix) => {
    if ("ascii" in fix) return `请把全角的“${ch}”改为半角的“${fix.ascii}”`;
    return {
      singleQuote: '字符串要用双引号："…" 或 “…”',
      closingQuote: "这个右引号前面没有对应的左引号“",
      bang: "否定一个条件请写 not，“不等于”请写 !=",
      hash: "注释以 // 开头",
      other: "请删去它，或把这段文字放在字符串（引号）中",
    }[fix.kind];
  },
};

export const unexpectedCharacter = entry<{ chars: string; one: boolean; fix: CharacterFix }>({
  code: "E0101",
  severity: "error",
  title: { en: "a character that is not part of the language (full-width punctuation is the usual cause)", zh: "规则语言不使用的字符（最常见的是全角标点）" },
  sample: "claim { totalCost： money }",
  example: { chars: "：", one: true, fix: { ascii: ":" } },
  message: {
    en: (p) => (p.one ? `unexpected character "${p.chars}"` : `unexpected characters "${p.chars}"`),
    zh: (p) => `不能识别的字符“${p.chars}”`,
  },
  help: { en: (p) => fixText.en([...p.chars][0] ?? "", p.fix), zh: (p) => fixText.zh([...p.chars][0] ?? "", p.fix) },
});

export const unclosedString = entry<Record<string, never>>({
  code: "E0104",
  severity: "error",
  title: { en: "a string not closed before the end of its line", zh: "字符串在行末之前没有结束" },
  sample: 'title "绵阳市城镇职工基本医疗保险办法',
  example: {},
  message: { en: () => "this string is not closed before the end of the line", zh: () => "这个字符串到行末还没有结束" },
  help: { en: () => "add the closing quote; a string cannot span lines", zh: () => "请补上右引号；字符串不能跨行" },
});

export const invalidDate = entry<{ image: string; problem: Text }>({
  code: "E0105",
  severity: "error",
  title: { en: "a date that is not a calendar day, or lacks its day", zh: "日期不是日历上的某一天，或缺少日" },
  sample: "signed 2023-02-30",
  example: { image: "2023-02-30", problem: { en: "2023年2月 has 28 days", zh: "2023年2月只有28天" } },
  message: { en: (p) => `invalid date "${p.image}": ${p.problem.en}`, zh: (p) => `日期“${p.image}”无效：${p.problem.zh}` },
  help: { en: () => "write a calendar day as 2023-06-07 or 2023年6月7日", zh: () => "日期请写成 2023-06-07 或 2023年6月7日" },
});

export const fractionalDuration = entry<{ digits: string; unit: string }>({
  code: "E0107",
  severity: "error",
  title: { en: "a duration that is not a whole number", zh: "时长不是整数" },
  sample: "validity 1.5年",
  example: { digits: "1.5", unit: "年" },
  message: { en: (p) => `a duration is a whole number of ${p.unit}, not ${p.digits}`, zh: (p) => `时长要写整数个${p.unit}，不能写 ${p.digits}` },
  help: {
    en: (p) => (p.unit === "年" ? "write it in a smaller unit, e.g. 18个月 instead of 1.5年" : "round it to a whole number or use a smaller unit"),
    zh: (p) => (p.unit === "年" ? "请换用较小的单位，例如把 1.5年 写成 18个月" : "请取整，或换用较小的单位"),
  },
});

export const emptyCitation = entry<Record<string, never>>({
  code: "E0108",
  severity: "error",
  title: { en: "@ without an article path", zh: "@ 之后没有条款" },
  sample: "value x: money @ = 1元",
  example: {},
  message: { en: () => 'a citation needs an article path after "@"', zh: () => "“@”之后要写所依据的条款" },
  help: { en: () => "write the article it rests on, e.g. @ 第二十七条（三）", zh: () => "请写出所依据的条款，例如 @ 第二十七条（三）" },
});
