// A page per document and per part file: the metadata and period of force, the gazette text provision by
// provision beside what encodes it, the parameter tables, the dependency graph, the worked cases and the
// rulings relied on, in full.
import type { UnitIr } from "../../compiler/ir/ir.js";
import type { RulingEntry } from "../../compiler/law/rulings.js";
import { esc, page } from "../html.js";
import { casesHtml } from "./cases.js";
import { forceToday } from "./force.js";
import { gazetteHtml, rulesByProvision } from "./gazette.js";
import { GRAPH_KINDS } from "./graph.js";
import { paramsHtml } from "./params.js";
import { documentPage, href, partPage } from "./paths.js";
import type { SiteContext, SiteDocument } from "./site.js";
import { byCodePoint } from "../../dsl/text-order.js";

const RELATION_ZH: Record<string, string> = { repeals: "废止", amends: "修改", supersedes: "取代", extends: "延长有效期" };

export function documentHtml(d: SiteDocument, ctx: SiteContext): string {
  const own = d.units.find((u) => !u.part);
  const sections: string[] = [section("metadata", "文件信息", metadata(d, ctx))];
  if (d.source && d.coverage) {
    const c = d.coverage;
    const summary = `<p>覆盖率 <strong>${esc(c.percent)}%</strong>：共 ${c.counts.total} 条（款、项），${c.counts.encoded} 条已编码，${c.counts.excluded} 条说明不编码的理由，${c.counts.pending} 条待编码，${c.counts["not-covered"]} 条未覆盖。原文：${esc(c.source)}</p>`;
    sections.push(section("gazette", "公报原文与编码", summary + gazetteHtml(d.source.doc, c.entries, rulesByProvision(d.citations, ctx.texts))));
  } else sections.push(section("gazette", "公报原文与编码", "<p>规则文件未提供本文件的公报原文。</p>"));
  if (own) sections.push(...unitSections(d, own, ctx));
  sections.push(
    section(
      "rulings",
      "所依据的解释",
      rulingsHtml(
        ctx.rulings.filter((r) => r.uses.some((u) => u.document === d.number)),
        (u) => u.document === d.number,
      ),
    ),
  );
  return shell(`${d.title}（${d.number}）`, d.number, d.title, sections);
}

export function partHtml(d: SiteDocument, u: UnitIr, ctx: SiteContext): string {
  const cited = d.citations.find((c) => c.file === u.file);
  const paths = new Set(cited?.items.flatMap((i) => i.provisions.map((p) => p.path)) ?? []);
  const meta = `<dl class="meta"><dt>所属文件</dt><dd><a href="${href(documentPage(d.number))}">${esc(d.title)}（${esc(d.number)}）</a></dd><dt>分册</dt><dd>${esc(u.part!)}</dd><dt>规则文件</dt><dd>${esc(u.file)}</dd><dt>有效期</dt><dd>${esc(forceToday(d.life, ctx.today).period)}</dd></dl>`;
  const sections = [section("metadata", "分册信息", meta)];
  if (d.source && d.coverage && cited) {
    sections.push(section("gazette", "所编码的条文", gazetteHtml(d.source.doc, d.coverage.entries, rulesByProvision([cited], ctx.texts), paths)));
  }
  sections.push(...unitSections(d, u, ctx));
  sections.push(
    section(
      "rulings",
      "所依据的解释",
      rulingsHtml(
        ctx.rulings.filter((r) => r.uses.some((x) => x.document === d.number && x.file === u.file)),
        (x) => x.file === u.file,
      ),
    ),
  );
  return shell(`${d.title}（${d.number}）${u.part}`, `${d.number} · ${u.part}`, d.title, sections);
}

function unitSections(d: SiteDocument, u: UnitIr, ctx: SiteContext): string[] {
  const graph = ctx.graphs.get(u);
  const legend = Object.entries(GRAPH_KINDS)
    .map(([k, v]) => `<span class="${k}">${esc(v)}</span>`)
    .join("");
  return [
    section("params", "参数表", paramsHtml(u)),
    section(
      "graph",
      "依赖关系图",
      graph ? `<p class="legend">${legend}箭头由被引用者指向引用者。</p><div class="graph-wrap">${graph}</div>` : "<p>没有可画的数值。</p>",
    ),
    section("cases", "算例", casesHtml(u, d.cases.get(u) ?? [])),
  ];
}

function metadata(d: SiteDocument, ctx: SiteContext): string {
  const f = forceToday(d.life, ctx.today);
  const link = (n: string) => (ctx.documents.has(n) ? `<a href="${href(documentPage(n))}">${esc(n)}</a>` : esc(n));
  const rows: [string, string][] = [
    ["文号", esc(d.number)],
    ["标题", esc(d.title)],
  ];
  if (d.info.issuer) rows.push(["发文机关", esc(d.info.issuer)]);
  if (d.info.signed) rows.push(["印发日期", esc(d.info.signed)]);
  rows.push(["有效期", esc(f.period)]);
  rows.push([
    "今日状态",
    `<span class="status-${f.state}">${esc(f.words)}</span>（${esc(ctx.today)}）<details><summary>依据</summary>${esc(f.reason)}</details>`,
  ]);
  for (const r of d.info.relations)
    rows.push([
      `本文件${RELATION_ZH[r.relation] ?? r.relation}`,
      `${link(r.target)}${r.until ? ` 至${esc(r.until)}` : ""}${r.where ? `（${esc(r.where)}）` : ""}`,
    ]);
  if (d.life.namedBy.length) rows.push(["涉及本文件的文件", d.life.namedBy.map(link).join("、")]);
  for (const a of d.life.amendments) rows.push(["修改", `${link(a.by)} 自${esc(a.from)}起${a.where.zh ? esc(a.where.zh) : ""}`]);
  if (d.life.plan) {
    const versions = [...ctx.documents.values()]
      .filter((x) => x.life.plan === d.life.plan)
      .sort((a, b) => byCodePoint(a.life.period.from ?? "", b.life.period.from ?? ""));
    rows.push(["版本", `${esc(d.life.plan)}：${versions.map((v) => `${link(v.number)}（${esc(forceToday(v.life, ctx.today).period)}）`).join("；")}`]);
  }
  const parts = d.units.filter((u) => u.part);
  if (parts.length) rows.push(["分册", parts.map((u) => `<a href="${href(partPage(d.number, u.part!))}">${esc(u.part!)}</a>`).join("、")]);
  rows.push(["规则文件", esc([d.life.file, ...d.units.map((u) => u.file).filter((x) => x !== d.life.file)].join("、"))]);
  rows.push(["复议、诉讼告知", d.info.appeal ? `${esc(d.info.appeal.text)}（${esc(d.info.appeal.where)}）` : "公报未载明"]);
  return `<dl class="meta">${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join("")}</dl>`;
}

function rulingsHtml(rulings: readonly RulingEntry[], mine: (u: RulingEntry["uses"][number]) => boolean): string {
  if (!rulings.length) return "<p>不依据任何解释。</p>";
  return rulings
    .map((r) => {
      const zh = r.zh ? `${r.zh.title}：${r.zh.text}` : (r.text ?? "");
      const en = r.zh
        ? `<p class="en">${esc(r.title ?? "")}${r.title && r.text ? ": " : ""}${esc(r.text ?? "")}</p>`
        : r.en
          ? `<p class="en">${esc(r.en)}</p>`
          : "";
      const uses = r.uses.filter(mine).map((u) => `<li>${esc(u.rule)} — ${esc(u.provisions.join("、") || "（无条文）")} · ${esc(u.file)}:${u.line}</li>`);
      return `<div class="ruling" id="ruling-${esc(r.id)}"><h3>${esc(r.id)}${r.document ? `（${esc(r.document)}）` : ""}</h3><p>${esc(zh)}</p>${en}<ul>${uses.join("")}</ul></div>`;
    })
    .join("\n");
}

function section(id: string, title: string, content: string): string {
  return `<section id="${id}"><h2>${esc(title)}</h2>${content}</section>`;
}

function shell(title: string, number: string, heading: string, sections: string[]): string {
  const toc = `<nav class="toc">${[...sections.join("").matchAll(/<section id="([a-z]+)"><h2>([^<]+)<\/h2>/g)].map((m) => `<a href="#${m[1]}">${m[2]}</a>`).join("")}</nav>`;
  const body = `<header class="site"><a href="../index.html">regc 文件目录</a></header>
<main>
<h1>${esc(heading)}</h1>
<p class="sub">${esc(number)}</p>
${toc}
${sections.join("\n")}
</main>`;
  return page({ title, style: { href: "../assets/site.css" }, body });
}
