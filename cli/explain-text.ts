// A case worker's account of a result: every traced quantity with the article it applies, in Chinese; the
// year's ledgers after each claim; then the words of every article relied on, quoted from the gazette text,
// and every ruling relied on.
import type { ClaimResult, ClaimsResult, FactsResult, TraceEntry } from "../runtime/evaluate.js";
import type { AnyModule } from "../runtime/evaluate.js";
import { rulingWords, type ExplainContext } from "./explain-context.js";

export const STATUS: Record<string, string> = {
  ok: "予以计算",
  not_in_force: "结算日不在本文件有效期内（not_in_force）",
  excluded: "不属于支付范围（excluded），各项金额为0",
  not_applicable: "无适用条款（not_applicable），各项金额为0",
};

export function explainResult(mod: AnyModule, result: ClaimsResult | FactsResult, cx?: ExplainContext): string {
  const lines: string[] = [documentHeading(mod)];
  if ("claims" in result) {
    result.claims.forEach((c, i) => lines.push("", ...explainClaim(mod, c, i)));
  } else {
    lines.push("", `结论：${STATUS[result.status] ?? result.status}`, ...explainTrace(mod, result.trace ?? []), ...outputs(mod, result.outputs), ...ledgers(result.trace ?? []));
  }
  if (cx) lines.push(...appendix(mod, traces(result), cx));
  return lines.join("\n") + "\n";
}

export function documentHeading(mod: AnyModule): string {
  return `《${mod.meta.title}》（${mod.meta.number}${mod.meta.part ? `，${mod.meta.part}` : ""}）`;
}

export function explainClaim(mod: AnyModule, c: ClaimResult, index: number): string[] {
  return [`第${index + 1}笔 ${c.id}：${STATUS[c.status] ?? c.status}`, ...explainTrace(mod, c.trace ?? []), ...outputs(mod, c.outputs), ...ledgers(c.trace ?? [])];
}

function explainTrace(mod: AnyModule, trace: TraceEntry[]): string[] {
  const lines: string[] = [];
  const inputs = trace.filter((t) => t.kind === "input");
  if (inputs.length) lines.push(`  输入：${inputs.map((t) => `${t.label ?? t.name}（${t.name}）${t.value}`).join("；")}`);
  for (const t of trace) {
    if (t.kind === "input") continue;
    const article = articleOf(mod, t);
    const basis = article ? `依据《${mod.meta.title}》${article}` : `依据《${mod.meta.title}》`;
    const rulings = t.rulings?.length ? `（解释依据：${t.rulings.join("、")}）` : "";
    lines.push(`  ${basis}，${describe(t)}${rulings}`);
  }
  return lines;
}

/** The article paths a trace entry cites, without the 文号: `二（三）2第一段、二（三）3第一段`. */
export function articleOf(mod: AnyModule, t: TraceEntry): string {
  return t.citation.startsWith(mod.meta.number) ? t.citation.slice(mod.meta.number.length).trim() : t.citation;
}

export function describe(t: TraceEntry): string {
  const name = t.label ?? t.name;
  switch (t.kind) {
    case "param":
      return `${name}为 ${t.value}`;
    case "adjust":
      return `适用调整“${name}”，结果为 ${t.value}`;
    case "exception":
      return `适用例外“${name}”，结果为 ${t.value}`;
    case "ledger":
      return `年度台账“${name}”已用 ${t.value}`;
    case "status":
      return `本笔状态为 ${t.value}`;
    case "document":
      return t.value;
    case "output":
      return `输出 ${name}（${t.name}）= ${t.value}`;
    default:
      return `${name} = ${t.value}`;
  }
}

function outputs(mod: AnyModule, values: Record<string, unknown>): string[] {
  const entries = mod.outputs.filter((o) => o.name in values).map((o) => `${o.label ?? o.name}（${o.name}）${String(values[o.name])}`);
  return entries.length ? [`  结果：${entries.join("；")}`] : [];
}

/** Each ledger as this claim leaves it: used before → after (/ the year's cap or deductible). */
function ledgers(trace: TraceEntry[]): string[] {
  const last = new Map<string, string>();
  for (const t of trace) if (t.kind === "ledger") last.set(t.label ?? t.name, t.value);
  return last.size ? [`  年度台账：${[...last].map(([name, value]) => `${name} ${value}`).join("；")}`] : [];
}

export function traces(result: ClaimsResult | FactsResult): TraceEntry[] {
  return "claims" in result ? result.claims.flatMap((c) => c.trace ?? []) : (result.trace ?? []);
}

/** Every article the trace cites, in order of first use. */
export function citedArticles(mod: AnyModule, trace: readonly TraceEntry[]): string[] {
  const out: string[] = [];
  for (const t of trace) {
    if (t.kind === "input") continue;
    for (const a of articleOf(mod, t).split("、")) if (a && a !== t.citation && !out.includes(a)) out.push(a);
  }
  return out;
}

/** Every ruling the trace relies on, in order of first use. */
export function citedRulings(trace: readonly TraceEntry[]): string[] {
  return [...new Set(trace.flatMap((t) => t.rulings ?? []))];
}

function appendix(mod: AnyModule, trace: readonly TraceEntry[], cx: ExplainContext): string[] {
  const lines: string[] = [];
  const quoted = cx.provisions(citedArticles(mod, trace));
  if (quoted.length) {
    lines.push("", `条文（《${mod.meta.title}》${mod.meta.number}）：`);
    for (const q of quoted) lines.push(`  ${q.path}　${q.text.split("\n").join("\n    ")}`);
  }
  const rulings = citedRulings(trace).map((id) => cx.ruling(id));
  if (rulings.length) {
    lines.push("", "解释依据：");
    for (const r of rulings) lines.push(`  ${r.id}　${rulingWords(r)}`);
  }
  return lines;
}
