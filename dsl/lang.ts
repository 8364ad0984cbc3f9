// The two languages regc speaks to people: 简体中文 (zh) and English (en). Which one is a value each command,
// editor session or request chooses and passes along — never a global: `--lang`, else the locale of the process
// (LC_ALL, LC_MESSAGES, LANG, in POSIX order), else the default of what is shown (English for diagnostics and
// command help, Chinese for explanations).
export type Lang = "zh" | "en";

export const LANGS: readonly Lang[] = ["zh", "en"];

/** One text in both languages. */
export type Text = Record<Lang, string>;

/** `--lang` as written on a command line; anything else is a usage error for the caller to report. */
export function parseLang(value: string): Lang | undefined {
  return value === "zh" || value === "en" ? value : undefined;
}

/**
 * The language a locale names: `zh_CN.UTF-8`, `zh-TW` → zh; `en_US.UTF-8`, `fr_FR` → en; `C`, `POSIX` or nothing
 * name no language (undefined), so the default of what is shown applies.
 */
export function langOfLocale(locale: string | undefined): Lang | undefined {
  const l = locale?.trim().toLowerCase();
  if (!l || l === "c" || l === "posix" || l.startsWith("c.")) return undefined;
  return l.startsWith("zh") ? "zh" : "en";
}

/** The language of a process's locale: the first of LC_ALL, LC_MESSAGES and LANG that is set decides. */
export function langOfEnv(env: Readonly<Record<string, string | undefined>>): Lang | undefined {
  const set = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== "");
  return langOfLocale(set);
}

/**
 * The language of an HTTP request: the first language of Accept-Language that is zh or en, by its q weight
 * (`zh-CN,zh;q=0.9,en;q=0.8` → zh); undefined when it names neither.
 */
export function langOfAcceptLanguage(header: string | undefined): Lang | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part, i) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), i };
    })
    .filter((r) => r.q > 0 && (r.tag.startsWith("zh") || r.tag.startsWith("en")))
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return ranked.length ? (ranked[0]!.tag.startsWith("zh") ? "zh" : "en") : undefined;
}
