// The Chinese an explanation is written in: a traced step as the article-by-article account writes it
// (`个人负担 = 15000.00`), the same step as one plain sentence for a notice (`按方案二（三）2，个人负担为
// 15000.00元`), and the statement of why a claim was not paid, citing its provision.
import type { AnyModule, TraceEntry } from "../../runtime/evaluate.js";
import type { Provenance, Status } from "../../runtime/module.js";
import { formatDay } from "../../runtime/date.js";
import type { Fact } from "./facts.js";

/** How a status reads after a claim's heading. */
export const STATUS: Record<string, string> = {
  ok: "予以计算",
  not_in_force: "结算日不在本文件有效期内（not_in_force）",
  excluded: "不属于支付范围（excluded），各项金额为0",
  not_applicable: "无适用条款（not_applicable），各项金额为0",
  not_encoded: "结算日适用的版本尚未编码（not_encoded），不计算金额",
  in_force_unknown: "公报未载明决定结算日是否施行的日期（in_force_unknown），不计算金额",
};

/** The same, for a citizen: no codes. */
export const STATUS_PLAIN: Record<string, string> = {
  ok: "予以计算",
  not_in_force: "不在文件有效期内",
  excluded: "不予支付",
  not_applicable: "本文件不适用",
  not_encoded: "所适用的版本尚未编入规则，暂不计算",
  in_force_unknown: "所适用文件的施行日期未印明，暂不计算",
};

/** What the steps of one explanation share: how the document is named in a sentence and each step's display. */
export interface StepFacts {
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

const yesNo = (v: string): string => (v === "true" ? "是" : v === "false" ? "否" : v);

/** The step as the article-by-article account writes it. */
export function stepText(t: TraceEntry, env: StepFacts): string {
  const name = t.label ?? t.name;
  const value = yesNo(t.value);
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
      const chosen = strategyWords(t);
      return chosen ?? `${name} = ${value}`;
    }
  }
}

/** The step in one sentence a citizen reads, led by the article it applies. */
export function plainSentence(t: TraceEntry, article: string, env: StepFacts): string {
  const by = `按${env.ref}${article}`;
  const name = t.label ?? t.name;
  const money = env.display(t)?.display.kind === "money";
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
      return statusWords(t, article, env);
    case "document":
      return t.value;
    case "output":
      return `${by}，${name}为${amount(t.value)}`;
    default: {
      const chosen = strategyWords(t);
      if (chosen) return `${by}，${chosen}`;
      return t.value === "true" || t.value === "false" ? `${by}，${name}：${yesNo(t.value)}` : `${by}，${name}为${amount(t.value)}`;
    }
  }
}

/**
 * A status rule's plain statement (`status excluded "未按规定转诊，不纳入医疗救助范围"`) with its provision
 * put where a reader expects it: 未按规定转诊，按方案二（六）不纳入医疗救助范围.
 */
function statusWords(t: TraceEntry, article: string, env: StepFacts): string {
  const by = `按${env.ref}${article}`;
  if (!t.label) return `${by}，本笔${STATUS_PLAIN[t.name] ?? t.name}`;
  const comma = t.label.indexOf("，");
  return comma < 0 ? `${by}，${t.label}` : `${t.label.slice(0, comma + 1)}${by}${t.label.slice(comma + 1)}`;
}

/** A category's status in the note of 就高不重复, when it gave no amount. */
const CATEGORY_STATUS: Record<string, string> = {
  not_applicable: "无适用条款",
  excluded: "不予支付",
  not_in_force: "不在有效期内",
  not_encoded: "尚未编码",
  in_force_unknown: "施行日期未印明",
};

/** 就高不重复: the runtime's note `低保对象 (低保对象: 11400.00; 低保边缘家庭成员: 9500.00)` in words. */
function strategyWords(t: TraceEntry): string | undefined {
  if (t.label !== "就高不重复") return undefined;
  if (t.value === "none of the person's categories is covered") return "所持身份均不在本文件分类救助的类别之内";
  const m = /^(.+?) \((.*)\)$/.exec(t.value);
  if (!m) return `按“${t.value}”计算`;
  // a category that gave no amount is noted with its status (`因病致贫重病患者: not_applicable`): said in words
  const notes = m[2]!.split("; ").map((n) => n.replace(/^(.+?): (.+)$/, (_, who: string, v: string) => `${who} ${CATEGORY_STATUS[v] ?? v}`));
  if (m[1]!.startsWith("no category gives a result")) return `各身份均无计算结果（${notes.join("；")}）`;
  return `同时具有多种身份的就高不重复，按“${m[1]}”计算（${notes.join("；")}）`;
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
  if (status === "not_in_force") {
    const f = mod.meta.inForce;
    const period = `${formatDay(f.from)}起施行${f.to === null ? "" : `，至${formatDay(f.to)}止`}`;
    return `结算日期${date ?? ""}不在${env.ref}的有效期内（${period}），不适用${env.ref}`;
  }
  const strategy = trace.find((t) => t.label === "就高不重复");
  if (strategy) {
    const held = facts.find((f) => f.name === "person.categories")?.value;
    return `按${env.ref}${articleOf(env.number, strategy)}，${held ? `所持身份（${held}）` : "所持身份"}均不在${env.ref}分类救助的类别之内，${env.ref}不适用`;
  }
  return `本笔${STATUS_PLAIN[status] ?? status}`;
}
