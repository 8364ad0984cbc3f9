// The words an explanation is written in, in Chinese and English (`regc explain --lang`): a traced step as the
// article-by-article account writes it (`个人负担 = 15000.00` / `“个人负担” = 15,000.00 yuan`), the statement of
// why a claim was not paid, citing its provision, and the same step as one plain sentence for a notice
// (`按方案二（三）2，个人负担为15000.00元`) — Chinese only: a notice is handed to a Chinese applicant. Names taken
// from the rule file and the gazette (labels, category names, a status rule's words, article paths, 文号) stay as
// written; English prose quotes them (“低保对象”).
import type { AnyModule, TraceEntry } from "../../runtime/evaluate.js";
import type { Provenance, Status } from "../../runtime/module.js";
import type { Lang } from "../../dsl/lang.js";
import { formatDay } from "../../runtime/date.js";
import { rankingText, type RankingShown } from "../../runtime/trace-messages.js";
import type { Fact } from "./facts.js";
import { countEn, grouped, named, yuan } from "./english.js";

/** How a status reads after a claim's heading. */
export const STATUS: Record<Lang, Record<string, string>> = {
  zh: {
    ok: "予以计算",
    not_in_force: "结算日不在本文件有效期内（not_in_force）",
    excluded: "不属于支付范围（excluded），各项金额为0",
    not_applicable: "无适用条款（not_applicable），各项金额为0",
    not_encoded: "结算日适用的版本尚未编码（not_encoded），不计算金额",
    in_force_unknown: "公报未载明决定结算日是否施行的日期（in_force_unknown），不计算金额",
  },
  en: {
    ok: "calculated",
    not_in_force: "the settlement date is outside this document's period of force (not_in_force)",
    excluded: "outside the scope of payment (excluded); every amount is 0",
    not_applicable: "no provision applies (not_applicable); every amount is 0",
    not_encoded: "the version in force on the settlement date is not encoded yet (not_encoded); no amount is calculated",
    in_force_unknown:
      "the gazette does not print the date that decides whether it is in force on the settlement date (in_force_unknown); no amount is calculated",
  },
};

/** The same, for a citizen or a page's heading: no codes. */
export const STATUS_PLAIN: Record<Lang, Record<string, string>> = {
  zh: {
    ok: "予以计算",
    not_in_force: "不在文件有效期内",
    excluded: "不予支付",
    not_applicable: "本文件不适用",
    not_encoded: "所适用的版本尚未编入规则，暂不计算",
    in_force_unknown: "所适用文件的施行日期未印明，暂不计算",
  },
  en: {
    ok: "calculated",
    not_in_force: "outside the document's period of force",
    excluded: "not paid",
    not_applicable: "the document does not apply",
    not_encoded: "the applicable version is not encoded yet; not calculated for now",
    in_force_unknown: "the applicable document's effective date is not printed; not calculated for now",
  },
};

/** What the steps of one explanation share: its language, how the document is named in a sentence and each step's display. */
export interface StepFacts {
  lang: Lang;
  /** `方案` for a 实施方案, `办法` for a 管理办法, else the title in 《》. */
  ref: string;
  number: string;
  display(t: Pick<TraceEntry, "source" | "kind" | "name">): Provenance | undefined;
}

const GENRE = /(方案|办法|规定|细则|规则|通知|意见|决定|条例|计划|制度)$/;

export function documentRef(title: string): string {
  return GENRE.exec(title)?.[1] ?? `《${title}》`;
}

/** The article paths a trace entry cites, without the 文号: `二（三）2第一段、二（三）3第一段`. */
export function articleOf(number: string, t: Pick<TraceEntry, "citation">): string {
  return t.citation.startsWith(number) ? t.citation.slice(number.length).trim() : t.citation;
}

/** `true`/`false` as a reader says them: 是/否, yes/no. */
export const YES_NO: Record<Lang, (v: string) => string> = {
  zh: (v) => (v === "true" ? "是" : v === "false" ? "否" : v),
  en: (v) => (v === "true" ? "yes" : v === "false" ? "no" : v),
};

/** A traced value in English: money with its unit the English way, a yes/no, a category's name quoted. */
function valueEn(t: TraceEntry, env: StepFacts, value = t.value): string {
  const keyed = /^(.+?): (.+)$/.exec(value);
  if (keyed) return `${named(keyed[1]!)}: ${valueEn(t, env, keyed[2]!)}`;
  if (env.display(t)?.display.kind === "money") return yuan(value);
  return named(countEn(YES_NO.en(value)));
}

/** The step as the article-by-article account writes it. */
export function stepText(t: TraceEntry, env: StepFacts): string {
  return env.lang === "zh" ? stepZh(t, env) : stepEn(t, env);
}

function stepZh(t: TraceEntry, env: StepFacts): string {
  const name = t.label ?? t.name;
  const value = YES_NO.zh(t.value);
  switch (t.kind) {
    case "param":
      return `${name}为 ${value}`;
    case "adjust":
      return `适用调整“${name}”，结果为 ${value}`;
    case "exception":
      return `适用例外“${name}”，结果为 ${value}`;
    // A carve-out or precondition is traced only when it takes a yes away; its label is the text's words.
    case "carveout":
      return `“${name}”：除外，结果为 ${value}`;
    case "precondition":
      return `“${name}”：前提不具备，结果为 ${value}`;
    case "ledger":
      return `年度台账“${name}”已用 ${value}`;
    case "status":
      return statusWords(t, articleOf(env.number, t), env);
    case "document":
      return t.value;
    case "output":
      return `输出 ${name}（${t.name}）= ${value}`;
    default: {
      const chosen = strategyWords(t, "zh");
      return chosen ?? `${name} = ${value}`;
    }
  }
}

function stepEn(t: TraceEntry, env: StepFacts): string {
  const name = named(t.label ?? t.name);
  const value = valueEn(t, env);
  switch (t.kind) {
    case "param": {
      const keyed = /^(.+?): (.+)$/.exec(t.value);
      return keyed ? `${name} for ${named(keyed[1]!)} is ${valueEn(t, env, keyed[2]!)}` : `${name} is ${value}`;
    }
    case "adjust":
      return `the adjustment ${name} applies, giving ${value}`;
    case "exception":
      return `the exception ${name} applies, giving ${value}`;
    case "carveout":
      return `${name}: carved out, giving ${value}`;
    case "precondition":
      return `${name}: the precondition is not met, giving ${value}`;
    case "ledger":
      return `annual ledger ${name}: used ${ledgerEn(t.value)}`;
    case "status":
      return statusWords(t, articleOf(env.number, t), env);
    case "document":
      return t.value;
    case "output":
      return `output ${name} (${t.name}) = ${value}`;
    default:
      return strategyWords(t, "en") ?? `${name} = ${value}`;
  }
}

/** A ledger's trace value: `used before → after / limit`, then any note (`(opening: …)`). */
const LEDGER = /^(\S+) → (\S+)(?: \/ (\S+))?(.*)$/s;

/** A ledger's `used before → after / limit` in English sentences: in yuan, its note as traced. */
export function ledgerEn(value: string): string {
  const m = LEDGER.exec(value);
  if (!m) return value;
  return `${grouped(m[1]!)} → ${yuan(m[2]!)}${m[3] ? ` of an annual limit of ${yuan(m[3])}` : ""}${m[4]}`;
}

/** The same figures for a table whose heading says what they are: `0.00 → 10,500.00 / 100,000.00`. */
export function ledgerFiguresEn(value: string): string {
  const m = LEDGER.exec(value);
  if (!m) return value;
  return `${grouped(m[1]!)} → ${grouped(m[2]!)}${m[3] ? ` / ${grouped(m[3])}` : ""}${m[4]}`;
}

/** The step in one sentence a citizen reads, led by the article it applies (a notice's words: Chinese). */
export function plainSentence(t: TraceEntry, article: string, env: StepFacts): string {
  const by = `按${env.ref}${article}`;
  const name = t.label ?? t.name;
  const money = env.display(t)?.display.kind === "money";
  const yesNo = YES_NO.zh;
  const amount = (v: string): string => (money && /^-?\d+\.\d+$/.test(v) ? `${v}元` : yesNo(v));
  switch (t.kind) {
    case "param": {
      const keyed = /^(.+?): (.+)$/.exec(t.value);
      return keyed ? `${by}，${name}（${keyed[1]}）为${amount(keyed[2]!)}` : `${by}，${name}为${amount(t.value)}`;
    }
    case "adjust":
    case "exception":
      return `${by}，适用“${name}”，结果为${amount(t.value)}`;
    case "carveout":
      return `${by}，${name}：本项不适用`;
    case "precondition":
      return `${by}，须${name}：前提不具备，本项不适用`;
    case "ledger": {
      const m = /^(\S+) → (\S+)(?: \/ (\S+))?$/.exec(t.value);
      if (!m) return `${by}，${name}：${t.value}`;
      return `${by}，${name}本年度已用${m[1]}元，本笔后为${m[2]}元${m[3] ? `（年度限额${m[3]}元）` : ""}`;
    }
    case "status":
      return statusWords(t, article, { ...env, lang: "zh" });
    case "document":
      return t.value;
    case "output":
      return `${by}，${name}为${amount(t.value)}`;
    default: {
      const chosen = strategyWords(t, "zh");
      if (chosen) return `${by}，${chosen}`;
      return t.value === "true" || t.value === "false" ? `${by}，${name}：${yesNo(t.value)}` : `${by}，${name}为${amount(t.value)}`;
    }
  }
}

/** `Under 二（三）2` — an English sentence's lead naming the provision it applies. */
const underEn = (article: string): string => (article ? `Under ${article}` : "Under the document");

/**
 * A status rule's plain statement (`status excluded "未按规定转诊，不纳入医疗救助范围"`) with its provision
 * put where a reader expects it: 未按规定转诊，按方案二（六）不纳入医疗救助范围. In English the rule file's own
 * words are quoted after the provision: Under 二（六）: “未按规定转诊，不纳入医疗救助范围”.
 */
function statusWords(t: TraceEntry, article: string, env: StepFacts): string {
  if (env.lang === "en") return t.label ? `${underEn(article)}: “${t.label}”` : `${underEn(article)}, this claim: ${STATUS_PLAIN.en[t.name] ?? t.name}`;
  const by = `按${env.ref}${article}`;
  if (!t.label) return `${by}，本笔${STATUS_PLAIN.zh[t.name] ?? t.name}`;
  const comma = t.label.indexOf("，");
  return comma < 0 ? `${by}，${t.label}` : `${t.label.slice(0, comma + 1)}${by}${t.label.slice(comma + 1)}`;
}

/** How an explanation leads 就高不重复 when it ranked several categories, before the runtime's words for it. */
const SEVERAL: Record<Lang, string> = {
  zh: "同时具有多种身份的就高不重复，",
  en: "a person of several categories gets the highest, not their sum (“就高不重复”): ",
};

/** English quotes a category (“低保对象”) and groups an amount's digits (11,400.00). */
const SHOWN_EN: RankingShown = { name: named, amount: grouped };

/** 就高不重复, worded from the entry's `ranking` (the categories tried and the one chosen). */
function strategyWords(t: TraceEntry, lang: Lang): string | undefined {
  const r = t.ranking;
  if (!r) return undefined;
  const words = lang === "en" ? rankingText(r, lang, SHOWN_EN) : rankingText(r, lang);
  return r.chosen !== null && r.categories.length > 1 ? SEVERAL[lang] + words : words;
}

/** Why a claim (or a facts result) that is not `ok` was not paid, citing what decided it. */
export function statusStatement(
  status: Status,
  trace: readonly TraceEntry[],
  date: string | undefined,
  env: StepFacts,
  mod: AnyModule,
  facts: readonly Fact[],
): string {
  const fired = trace.find((t) => t.kind === "status");
  if (fired) return statusWords(fired, articleOf(env.number, fired), env);
  const en = env.lang === "en";
  if (status === "not_in_force") {
    const f = mod.meta.inForce;
    if (en)
      return `The settlement date${date ? ` ${date}` : ""} is outside the document's period of force (in force from ${formatDay(f.from)}${f.to === null ? "" : ` until ${formatDay(f.to)}`}); the document does not apply`;
    const period = `${formatDay(f.from)}起施行${f.to === null ? "" : `，至${formatDay(f.to)}止`}`;
    return `结算日期${date ?? ""}不在${env.ref}的有效期内（${period}），不适用${env.ref}`;
  }
  const strategy = trace.find((t) => t.label === "就高不重复");
  if (strategy) {
    const held = facts.find((f) => f.name === "person.categories")?.value;
    const article = articleOf(env.number, strategy);
    if (en)
      return `${underEn(article)}, ${held ? `the person's categories (${held}) are` : "the person's categories are"} none of those the document assists; the document does not apply`;
    return `按${env.ref}${article}，${held ? `所持身份（${held}）` : "所持身份"}均不在${env.ref}分类救助的类别之内，${env.ref}不适用`;
  }
  return en ? `This claim: ${STATUS_PLAIN.en[status] ?? status}` : `本笔${STATUS_PLAIN.zh[status] ?? status}`;
}

/** An item's heading (`第1笔 c1` / `Claim 1 c1`, a facts result's `结论` / `Conclusion`) and its date's label. */
export const ITEM: Record<Lang, { claim(n: number, id: string): string; conclusion: string; claimDate: string; date: string }> = {
  zh: { claim: (n, id) => `第${n}笔 ${id}`, conclusion: "结论", claimDate: "结算日期", date: "日期" },
  en: { claim: (n, id) => `Claim ${n} ${id}`, conclusion: "Conclusion", claimDate: "settlement date", date: "date" },
};
