// The words the language server itself shows (hover labels, quick-fix titles), in Chinese and English. The
// client's display language chooses (Chinese unless it is English), for these words and for the diagnostics,
// whose catalogue holds both languages.
import type { Lang } from "../dsl/lang.js";

export type { Lang };

const TEXTS = {
  help: { zh: "提示", en: "help" },
  type: { zh: "类型", en: "type" },
  value: { zh: "取值", en: "value" },
  formula: { zh: "计算", en: "computed as" },
  cites: { zh: "依据", en: "cites" },
  rulings: { zh: "解释依据", en: "rulings" },
  members: { zh: "成员", en: "members" },
  memberOf: { zh: "的成员", en: "member of" },
  field: { zh: "输入字段", en: "input field" },
  defaultValue: { zh: "默认值", en: "default" },
  optional: { zh: "可不填", en: "optional" },
  notFound: { zh: "原文中没有这一条款", en: "no such provision in the text" },
  noSource: { zh: "没有原文文本（sources/）", en: "no gazette text (sources/)" },
  ruling: { zh: "解释规则", en: "ruling" },
  template: { zh: "模板", en: "template" },
  document: { zh: "文件", en: "document" },
  function: { zh: "函数", en: "function" },
  replaceWith: { zh: "改为", en: "replace with" },
  fixAllPunctuation: { zh: "把全角标点全部改为半角", en: "replace all full-width punctuation" },
  inDependency: { zh: "所依据的文件有错误", en: "a file this one is built on has an error" },
} satisfies Record<string, Record<Lang, string>>;

export type TextKey = keyof typeof TEXTS;

export function say(lang: Lang, key: TextKey): string {
  return TEXTS[key][lang];
}

/** The language for a client's display locale (`zh-cn`, `en`, `en-us`, …). */
export function langOf(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith("en") ? "en" : "zh";
}
