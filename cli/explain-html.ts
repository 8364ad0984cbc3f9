// The explanation as a self-contained page a case worker can print: inline styles, no scripts, no fonts or
// images from elsewhere. Each claim's amounts, the inputs, the steps article by article and the ledgers; then
// the articles quoted from the gazette with the numbers the rules took from them marked, and the rulings.
import type { ClaimResult, ClaimsResult, FactsResult, TraceEntry } from "../runtime/evaluate.js";
import type { AnyModule } from "../runtime/evaluate.js";
import { rulingWords, type ExplainContext, type QuotedProvision } from "./explain-context.js";
import { articleOf, citedArticles, citedRulings, describe, STATUS, traces } from "./explain-text.js";

const STYLE = `
  body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, "WenQuanYi Zen Hei", serif;
         color: #111; margin: 2em auto; max-width: 48em; line-height: 1.6; padding: 0 1em; }
  h1 { font-size: 1.5em; margin-bottom: 0.2em; }
  h2 { font-size: 1.2em; border-bottom: 2px solid #333; padding-bottom: 0.2em; margin-top: 2em; }
  h3 { font-size: 1em; margin: 1.2em 0 0.4em; }
  .number { color: #444; margin-top: 0; }
  table { border-collapse: collapse; width: 100%; margin: 0.4em 0; }
  th, td { border: 1px solid #999; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
  th { background: #eee; }
  td.amount { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
  .result td.amount { font-weight: bold; }
  ol.steps { padding-left: 1.6em; }
  ol.steps li { margin: 0.15em 0; }
  .article { font-weight: bold; }
  .ruling { color: #555; font-size: 0.9em; }
  blockquote { margin: 0.3em 0 1em; padding: 0.5em 0.8em; border-left: 4px solid #c90; background: #fff8e6; white-space: pre-wrap; }
  mark { background: #ffe066; padding: 0 0.1em; }
  dt { font-weight: bold; margin-top: 0.6em; }
  dd { margin-left: 1.5em; }
  footer { margin-top: 3em; font-size: 0.85em; color: #555; }
  @media print {
    body { margin: 0; max-width: none; }
    section.claim, .provision { break-inside: avoid; }
    blockquote, mark, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  }
`;

export function explainHtml(mod: AnyModule, result: ClaimsResult | FactsResult, cx: ExplainContext): string {
  const all = traces(result);
  const number = `${mod.meta.number}${mod.meta.part ? `，${mod.meta.part}` : ""}`;
  const body: string[] = [`<header><h1>${esc(`《${mod.meta.title}》`)}</h1><p class="number">${esc(number)}　计算说明</p></header>`];
  if ("claims" in result) result.claims.forEach((c, i) => body.push(claimSection(mod, c, `第${i + 1}笔 ${c.id}`)));
  else body.push(claimSection(mod, { id: "", status: result.status, outputs: result.outputs, trace: result.trace ?? [] }, "结论"));
  const quoted = cx.provisions(citedArticles(mod, all));
  if (quoted.length) body.push(`<section class="provisions"><h2>所依据的条文</h2>${quoted.map(provisionHtml).join("")}</section>`);
  const rulings = citedRulings(all).map((id) => cx.ruling(id));
  if (rulings.length) {
    const items = rulings.map((r) => `<dt>${esc(r.id)}</dt><dd>${esc(rulingWords(r))}</dd>`);
    body.push(`<section class="rulings"><h2>所依据的解释</h2><dl>${items.join("")}</dl></section>`);
  }
  body.push(`<footer>本页由 regc 依据 ${esc(mod.meta.number)} 的规则文件和公报原文生成；金额以元计，精确到分。</footer>`);
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(`${mod.meta.title}（${mod.meta.number}）计算说明`)}</title>
<style>${STYLE}</style>
</head>
<body>
${body.join("\n")}
</body>
</html>
`;
}

function claimSection(mod: AnyModule, c: ClaimResult, heading: string): string {
  const trace = c.trace ?? [];
  const parts = [`<h2>${esc(`${heading}：${STATUS[c.status] ?? c.status}`)}</h2>`];
  const outputs = mod.outputs.filter((o) => o.name in c.outputs);
  if (outputs.length) {
    const rows = outputs.map((o) => {
      const step = trace.find((t) => t.kind === "output" && t.name === o.name);
      return `<tr><td>${esc(o.label ?? o.name)}（${esc(o.name)}）</td><td class="amount">${esc(String(c.outputs[o.name]))}</td><td>${esc(step ? articleOf(mod, step) : "")}</td></tr>`;
    });
    parts.push(`<h3>结果</h3><table class="result"><tr><th>项目</th><th>金额</th><th>条文</th></tr>${rows.join("")}</table>`);
  }
  const inputs = trace.filter((t) => t.kind === "input");
  if (inputs.length) {
    const rows = inputs.map((t) => `<tr><td>${esc(t.label ?? t.name)}（${esc(t.name)}）</td><td class="amount">${esc(t.value)}</td></tr>`);
    parts.push(`<h3>输入</h3><table><tr><th>事实</th><th>取值</th></tr>${rows.join("")}</table>`);
  }
  const steps = trace.filter((t) => t.kind !== "input").map((t) => stepHtml(mod, t));
  if (steps.length) parts.push(`<h3>计算过程</h3><ol class="steps">${steps.join("")}</ol>`);
  const ledgers = new Map<string, string>();
  for (const t of trace) if (t.kind === "ledger") ledgers.set(t.label ?? t.name, t.value);
  if (ledgers.size) {
    const rows = [...ledgers].map(([name, value]) => `<tr><td>${esc(name)}</td><td class="amount">${esc(value)}</td></tr>`);
    parts.push(`<h3>年度台账</h3><table><tr><th>台账</th><th>已用（本笔前 → 本笔后 / 年度额度）</th></tr>${rows.join("")}</table>`);
  }
  return `<section class="claim">${parts.join("\n")}</section>`;
}

function stepHtml(mod: AnyModule, t: TraceEntry): string {
  const article = articleOf(mod, t);
  const rulings = t.rulings?.length ? ` <span class="ruling">（解释依据：${esc(t.rulings.join("、"))}）</span>` : "";
  return `<li><span class="article">${esc(article || mod.meta.number)}</span>　${esc(describe(t))}${rulings}</li>`;
}

function provisionHtml(q: QuotedProvision): string {
  return `<div class="provision"><h3>${esc(q.path)}</h3><blockquote>${marked(q.text, q.marks)}</blockquote></div>`;
}

/** The text with every occurrence of the marks wrapped in <mark>, longest mark first where two overlap. */
function marked(text: string, marks: readonly string[]): string {
  const hits: [number, number][] = [];
  for (const m of [...marks].sort((a, b) => b.length - a.length)) {
    for (let at = text.indexOf(m); at >= 0 && m.length > 0; at = text.indexOf(m, at + m.length)) {
      // `2000元` inside `12000元` is another number.
      const insideNumber = /[0-9０-９.．]/.test(text[at - 1] ?? "") && /^[0-9０-９]/.test(m);
      if (!insideNumber && !hits.some(([s, e]) => at < e && at + m.length > s)) hits.push([at, at + m.length]);
    }
  }
  hits.sort((a, b) => a[0] - b[0]);
  let out = "";
  let pos = 0;
  for (const [s, e] of hits) {
    out += `${esc(text.slice(pos, s))}<mark>${esc(text.slice(s, e))}</mark>`;
    pos = e;
  }
  return out + esc(text.slice(pos));
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
