// The two languages a result's words for people are in: 简体中文 (zh) and English (en). The same pair as
// dsl/lang.ts, declared again here because the runtime (and the modules generated against it) imports nothing
// from the compiler's layers. Words kept in both languages are data; a run renders the reader's (RunOptions.lang).
export type Lang = "zh" | "en";

/** One text in both languages. */
export type Text = Readonly<Record<Lang, string>>;

/** A run's language (RunOptions.lang): Chinese, as explanations are, unless English was asked for. */
export const langOf = (options: { lang?: Lang }): Lang => options.lang ?? "zh";
