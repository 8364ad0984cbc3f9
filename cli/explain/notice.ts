// The decision notice a case worker prints and hands to the applicant (`regc explain --format html --notice`),
// rendered from the same explanation model as `regc explain`: the issuing office, the case number and the
// applicant from the case's `meta`, the decision date; the facts that decided each claim; each step the result
// rests on as one plain sentence with its article; the total; why a claim was not paid; the appeal notice the
// document prints (blank when it prints none); the rulings relied on as numbered notes. A4, printable. Always in
// Chinese, whatever language the case worker reads: it is handed to the applicant (docs/explain.md).
import { esc, page } from "../html.js";
import { rulingChinese } from "./context.js";
import type { Fact } from "./facts.js";
import type { Explanation, Item } from "./model.js";
import { noteRefs } from "./html.js";
import { STATUS_PLAIN } from "./sentences.js";

const STYLE = `
  @page { size: A4; margin: 14mm 15mm 12mm; }
  body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, "WenQuanYi Zen Hei", serif;
         color: #000; font-size: 10pt; line-height: 1.4; margin: 0 auto; max-width: 180mm; }
  header { text-align: center; }
  .office { font-size: 16pt; font-weight: bold; letter-spacing: 0.1em; margin: 0; }
  h1 { font-size: 15pt; margin: 0.2em 0 0.1em; letter-spacing: 0.3em; }
  .basis { margin: 0 0 0.6em; }
  table { border-collapse: collapse; width: 100%; }
  table.head td { padding: 0.1em 0.4em; border: none; }
  table.head td.k { width: 6em; color: #333; }
  h2 { font-size: 10.5pt; margin: 0.6em 0 0.1em; border-bottom: 1px solid #000; }
  .facts { margin: 0.1em 0; }
  .facts span { white-space: nowrap; margin-right: 1.2em; }
  ol.steps { margin: 0.1em 0; padding-left: 1.8em; font-size: 9.5pt; }
  ol.steps li { margin: 0; }
  .result { font-weight: bold; margin: 0.2em 0; }
  .statement { font-weight: bold; margin: 0.2em 0; }
  table.totals td, table.totals th { border: 1px solid #000; padding: 0.15em 0.5em; }
  table.totals td.amount { text-align: right; font-variant-numeric: tabular-nums; }
  .total { font-size: 11.5pt; font-weight: bold; margin: 0.4em 0; }
  sup a { color: #000; text-decoration: none; }
  ol.notes { font-size: 8pt; line-height: 1.3; padding-left: 2.2em; margin: 0.2em 0; }
  .appeal { margin-top: 0.8em; min-height: 3em; border-top: 1px solid #000; padding-top: 0.3em; }
  .sign { text-align: right; margin-top: 1.2em; }
  section.claim { break-inside: avoid; }
`;

export function noticeHtml(x: Explanation & { lang: "zh" }, today: string): string {
  const notes = new Map(x.rulings.map((r, i) => [r.id, i + 1]));
  const m = x.meta ?? {};
  const decided = m.decisionDate ?? today;
  const office = x.document.issuer ?? "";
  const head: [string, string][] = [
    ["案件编号", m.caseNumber ?? ""],
    ["申请人", m.applicant?.name ?? ""],
    ...(m.applicant?.idNumber ? [["证件号码", m.applicant.idNumber] as [string, string]] : []),
    ...(m.applicant?.address ? [["住址", m.applicant.address] as [string, string]] : []),
    ["决定日期", decided],
  ];
  const body: string[] = [
    `<header><p class="office">${esc(office)}</p><h1>决定通知书</h1><p class="basis">依据《${esc(x.document.title)}》（${esc(x.document.number)}）</p></header>`,
    `<table class="head">${head.map(([k, v]) => `<tr><td class="k">${esc(k)}</td><td>${esc(v)}</td></tr>`).join("")}</table>`,
  ];
  if (x.person.length) body.push(`<h2>申请人情况</h2><p class="facts person">${facts(x.person)}</p>`);
  x.items.forEach((item) => body.push(claimSection(item, notes)));
  if (x.mode === "claims") {
    if (x.headline) body.push(`<p class="total">合计${esc(x.headline.label)}：${esc(x.headline.value)}元</p>`);
    if (x.totals.length > 1) {
      const rows = x.totals.map((o) => `<tr><td>${esc(o.label)}</td><td class="amount">${esc(o.value)}元</td></tr>`);
      body.push(`<table class="totals"><tr><th>项目</th><th>合计（${x.items.length}笔）</th></tr>${rows.join("")}</table>`);
    }
  }
  if (x.rulings.length) {
    const lis = x.rulings.map((r) => `<li id="ruling-${esc(r.id)}">${esc(rulingChinese(r))}（${esc(r.id)}）</li>`);
    body.push(`<h2>注</h2><ol class="notes">${lis.join("")}</ol>`);
  }
  body.push(`<footer><p class="appeal">${x.appeal ? esc(x.appeal.text) : ""}</p><p class="sign">${esc(office)}<br>${esc(decided)}</p></footer>`);
  return page({ title: `决定通知书 ${m.caseNumber ?? ""}`.trim(), style: { inline: STYLE }, body: body.join("\n") });
}

function facts(list: readonly Fact[]): string {
  return list.map((f) => `<span>${esc(f.label)}：${esc(f.value)}</span>`).join(" ");
}

function claimSection(item: Item, notes: ReadonlyMap<string, number>): string {
  const title = item.id
    ? `${item.heading}（${item.date ?? ""}）：${STATUS_PLAIN.zh[item.status] ?? item.status}`
    : `结论：${STATUS_PLAIN.zh[item.status] ?? item.status}`;
  const parts = [`<h2>${esc(title)}</h2>`];
  const deciding = item.deciding.filter((f) => f.name !== "claim.date");
  if (deciding.length) parts.push(`<p class="facts">${facts(deciding)}</p>`);
  if (item.statement) parts.push(`<p class="statement">${esc(item.statement)}。</p>`);
  else {
    const steps = item.steps.filter((s) => s.applies && s.kind !== "output" && s.kind !== "document");
    if (steps.length) parts.push(`<ol class="steps">${steps.map((s) => `<li>${esc(s.plain)}。${noteRefs(s.rulings, notes)}</li>`).join("")}</ol>`);
    const amounts = item.outputs.map((o) => `${o.label} ${o.value}${o.money ? "元" : ""}`);
    if (amounts.length) parts.push(`<p class="result">核定：${esc(amounts.join("；"))}</p>`);
  }
  return `<section class="claim">${parts.join("\n")}</section>`;
}
