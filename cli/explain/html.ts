// The explanation as a self-contained page a case worker can print (`regc explain --format html`): inline
// styles, no scripts, nothing loaded from elsewhere. Each claim's amounts, its facts under their Chinese
// labels, the steps the result rests on article by article, why a claim was not paid, and the ledgers; then
// the totals, the articles quoted from the gazette with the numbers the rules took from them marked, and the
// rulings as numbered notes with their text.
import { esc, page } from "../html.js";
import { rulingChinese, type QuotedProvision } from "./context.js";
import type { Explanation, Item } from "./model.js";
import { STATUS_PLAIN } from "./sentences.js";

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
  .result td.amount, .totals td.amount { font-weight: bold; }
  .statement { border-left: 4px solid #b00; padding: 0.3em 0.8em; background: #fff0f0; }
  ol.steps { padding-left: 1.6em; }
  ol.steps li { margin: 0.15em 0; }
  .article { font-weight: bold; }
  sup a { text-decoration: none; color: #555; }
  .skipped { color: #666; font-size: 0.9em; }
  blockquote { margin: 0.3em 0 1em; padding: 0.5em 0.8em; border-left: 4px solid #c90; background: #fff8e6; white-space: pre-wrap; }
  mark { background: #ffe066; padding: 0 0.1em; }
  dt { font-weight: bold; margin-top: 0.6em; }
  dd { margin-left: 1.5em; }
  footer { margin-top: 3em; font-size: 0.85em; color: #555; }
  @media print {
    body { margin: 0; max-width: none; }
    section.claim, .provision { break-inside: avoid; }
    blockquote, mark, th, .statement { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  }
`;

export function explanationHtml(x: Explanation): string {
  const notes = new Map(x.rulings.map((r, i) => [r.id, i + 1]));
  const number = `${x.document.number}${x.document.part ? `，${x.document.part}` : ""}`;
  const body: string[] = [`<header><h1>${esc(`《${x.document.title}》`)}</h1><p class="number">${esc(number)}　计算说明</p></header>`];
  if (x.person.length) body.push(`<section class="person"><h2>申请人情况</h2>${factTable(x.person)}</section>`);
  for (const item of x.items) body.push(itemSection(item, notes));
  if (x.mode === "claims" && x.totals.length) {
    const rows = x.totals.map((o) => `<tr><td>${esc(o.label)}</td><td class="amount">${esc(o.value)}</td></tr>`);
    body.push(
      `<section class="totals"><h2>合计（${x.items.length}笔）</h2><table class="totals"><tr><th>项目</th><th>金额（元）</th></tr>${rows.join("")}</table></section>`,
    );
  }
  if (x.provisions.length) body.push(`<section class="provisions"><h2>所依据的条文</h2>${x.provisions.map(provisionHtml).join("")}</section>`);
  if (x.rulings.length) {
    const items = x.rulings.map((r) => `<dt id="ruling-${esc(r.id)}">[${notes.get(r.id)}] ${esc(r.id)}</dt><dd>${esc(rulingChinese(r))}</dd>`);
    body.push(`<section class="rulings"><h2>所依据的解释</h2><dl>${items.join("")}</dl></section>`);
  }
  body.push(`<footer>本页由 regc 依据 ${esc(x.document.number)} 的规则文件和公报原文生成；金额以元计，精确到分。</footer>`);
  return page({ title: `${x.document.title}（${x.document.number}）计算说明`, style: { inline: STYLE }, body: body.join("\n") });
}

/** Footnote references to the rulings a step relies on: [1][3]. */
export function noteRefs(ids: readonly string[], notes: ReadonlyMap<string, number>): string {
  return ids.map((id) => `<sup><a href="#ruling-${esc(id)}" title="${esc(id)}">[${notes.get(id) ?? "?"}]</a></sup>`).join("");
}

export function factTable(facts: readonly { label: string; value: string }[]): string {
  const rows = facts.map((f) => `<tr><td>${esc(f.label)}</td><td>${esc(f.value)}</td></tr>`);
  return `<table class="facts"><tr><th>事实</th><th>取值</th></tr>${rows.join("")}</table>`;
}

function itemSection(item: Item, notes: ReadonlyMap<string, number>): string {
  const parts = [`<h2>${esc(`${item.heading}${item.version ? `（${item.version}）` : ""}：${STATUS_PLAIN[item.status] ?? item.status}`)}</h2>`];
  if (item.statement) parts.push(`<p class="statement">${esc(item.statement)}</p>`);
  if (item.outputs.length) {
    const rows = item.outputs.map((o) => `<tr><td>${esc(o.label)}</td><td class="amount">${esc(o.value)}</td><td>${esc(o.article)}</td></tr>`);
    parts.push(`<h3>结果</h3><table class="result"><tr><th>项目</th><th>金额</th><th>条文</th></tr>${rows.join("")}</table>`);
  }
  if (item.facts.length) parts.push(`<h3>输入</h3>${factTable(item.facts)}`);
  const steps = item.steps.filter((s) => s.applies && s.kind !== "status" && s.kind !== "document");
  if (steps.length) {
    const lis = steps.map(
      (s) => `<li><span class="article">${esc(s.kind === "calendar" ? "工作日" : s.article)}</span>　${esc(s.text)}${noteRefs(s.rulings, notes)}</li>`,
    );
    parts.push(`<h3>计算过程</h3><ol class="steps">${lis.join("")}</ol>`);
  }
  const skipped = [...new Set(item.steps.filter((s) => !s.applies && s.kind !== "output").map((s) => s.label ?? s.name))];
  if (skipped.length) parts.push(`<p class="skipped">本笔未适用：${esc(skipped.join("、"))}</p>`);
  if (item.ledgers.length) {
    const rows = item.ledgers.map((l) => `<tr><td>${esc(l.label)}</td><td class="amount">${esc(l.value)}</td></tr>`);
    parts.push(`<h3>年度台账</h3><table><tr><th>台账</th><th>已用（本笔前 → 本笔后 / 年度额度）</th></tr>${rows.join("")}</table>`);
  }
  return `<section class="claim">${parts.join("\n")}</section>`;
}

function provisionHtml(q: QuotedProvision): string {
  return `<div class="provision"><h3>${esc(q.path)}</h3><blockquote>${marked(q.text, q.marks)}</blockquote></div>`;
}

/** The text with every occurrence of the marks wrapped in <mark>, longest mark first where two overlap. */
export function marked(text: string, marks: readonly string[]): string {
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
