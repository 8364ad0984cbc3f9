// The site's index: every document the rule files know, with its status today, its coverage and its parts,
// and a search box over 文号 and titles that filters the table in the page itself.
import { esc, page } from "../html.js";
import { forceToday } from "./force.js";
import { documentPage, href, partPage } from "./paths.js";
import type { SiteContext } from "./site.js";

export function indexHtml(ctx: SiteContext): string {
  const rows = [...ctx.documents.values()].map((d) => {
    const f = forceToday(d.life, ctx.today);
    const cov = d.coverage;
    const coverage = cov
      ? `<span class="bar" style="width:${(Number(cov.percent) * 0.6).toFixed(1)}px"></span>${esc(cov.percent)}%<br><span class="sub">${cov.counts.encoded} 编码 · ${cov.counts.excluded} 不编码 · ${cov.counts.pending + cov.counts["not-covered"]} 未覆盖</span>`
      : "无公报原文";
    const parts = d.units.filter((u) => u.part).map((u) => `<a href="${href(partPage(d.number, u.part!), true)}">${esc(u.part!)}</a>`);
    const rules = d.units.reduce((n, u) => n + u.provenance.filter((p) => p.kind !== "input" && p.kind !== "document").length, 0);
    return (
      `<tr class="document" data-search="${esc(`${d.number} ${d.title} ${d.info.issuer ?? ""}`)}">` +
      `<td><a href="${href(documentPage(d.number), true)}">${esc(d.number)}</a></td><td>${esc(d.title)}</td>` +
      `<td><span class="status-${f.state}">${esc(f.words)}</span><br><span class="sub">${esc(f.period)}</span></td>` +
      `<td>${coverage}</td><td class="num">${rules}</td><td>${parts.join("、")}</td></tr>`
    );
  });
  const body = `<header class="site"><a href="index.html">regc 规则文件与公报原文对照</a></header>
<main>
<h1>文件目录</h1>
<p class="sub">共 ${ctx.documents.size} 件文件，状态截至 ${esc(ctx.today)}。每件文件一页：公报原文逐条对照所编码的规则、不编码的理由、参数表、所依据的解释、算例和依赖关系图。</p>
<label for="search">按文号或标题查找：</label><input id="search" type="search" placeholder="例如 南川府办发〔2023〕8号 或 医疗救助" autocomplete="off">
<p class="sub">显示 <span id="shown">${ctx.documents.size}</span> 件</p>
<table class="documents">
<tr><th>文号</th><th>标题</th><th>今日状态</th><th>覆盖率</th><th>规则数</th><th>分册</th></tr>
${rows.join("\n")}
</table>
</main>`;
  return page({ title: "regc 文件目录", style: { href: "assets/site.css" }, body, script: "assets/search.js" });
}
