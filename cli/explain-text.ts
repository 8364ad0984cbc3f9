// A case worker's account of a result: every traced quantity with the article it applies, in Chinese.
import type { ClaimResult, ClaimsResult, FactsResult, TraceEntry } from "../runtime/evaluate.js";
import type { AnyModule } from "../runtime/evaluate.js";

const STATUS: Record<string, string> = {
  ok: "予以计算",
  not_in_force: "结算日不在本文件有效期内（not_in_force）",
  excluded: "不属于支付范围（excluded），各项金额为0",
  not_applicable: "无适用条款（not_applicable），各项金额为0",
};

export function explainResult(mod: AnyModule, result: ClaimsResult | FactsResult): string {
  const lines: string[] = [`《${mod.meta.title}》（${mod.meta.number}${mod.meta.part ? `，${mod.meta.part}` : ""}）`];
  if ("claims" in result) {
    result.claims.forEach((c, i) => lines.push("", ...explainClaim(mod, c, i)));
  } else {
    lines.push("", `结论：${STATUS[result.status] ?? result.status}`, ...explainTrace(mod, result.trace ?? []), ...outputs(mod, result.outputs));
  }
  return lines.join("\n") + "\n";
}

export function explainClaim(mod: AnyModule, c: ClaimResult, index: number): string[] {
  return [`第${index + 1}笔 ${c.id}：${STATUS[c.status] ?? c.status}`, ...explainTrace(mod, c.trace ?? []), ...outputs(mod, c.outputs)];
}

function explainTrace(mod: AnyModule, trace: TraceEntry[]): string[] {
  const lines: string[] = [];
  const inputs = trace.filter((t) => t.kind === "input");
  if (inputs.length) lines.push(`  输入：${inputs.map((t) => `${t.label ?? t.name}（${t.name}）${t.value}`).join("；")}`);
  for (const t of trace) {
    if (t.kind === "input") continue;
    const article = t.citation.startsWith(mod.meta.number) ? t.citation.slice(mod.meta.number.length).trim() : t.citation;
    const basis = article ? `依据《${mod.meta.title}》${article}` : `依据《${mod.meta.title}》`;
    const rulings = t.rulings?.length ? `（解释依据：${t.rulings.join("、")}）` : "";
    lines.push(`  ${basis}，${describe(t)}${rulings}`);
  }
  return lines;
}

function describe(t: TraceEntry): string {
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
