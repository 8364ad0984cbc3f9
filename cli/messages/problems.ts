// The words of a case a command could not evaluate, in both languages: `regc run` on stderr, and each problem
// line `regc batch` and `regc impact` print on stderr.
import type { Lang, Text } from "../../dsl/lang.js";

export const INVALID_CASE: Text = { en: "invalid case:", zh: "案例无效：" };
export const CANNOT_EVALUATE: Text = { en: "cannot evaluate: ", zh: "无法计算：" };

/** A problem of one line of a case file: `line 3: …` / `第 3 行：…`. */
export const atLine = (lang: Lang, line: number, text: string): string => (lang === "zh" ? `第 ${line} 行：${text}` : `line ${line}: ${text}`);

/** `… and 5 more problems (every one is in the output file)`. */
export const moreProblems = (lang: Lang, n: number): string =>
  lang === "zh" ? `…… 另有 ${n} 个问题（每一个都写在输出文件中）` : `… and ${n} more problems (every one is in the output file)`;
