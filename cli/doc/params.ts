// A policy's parameter tables: every number it takes from the gazette, each with its article and the rulings
// it relies on; a table by category row by row, a band schedule band by band.
import type { UnitIr } from "../../compiler/ir/ir.js";
import { printIr } from "../../compiler/ir/print.js";
import { formatPercent, formatScaled, trimDecimal } from "../../runtime/scaled.js";
import { esc } from "../html.js";

export function paramsHtml(unit: UnitIr): string {
  const blocks: string[] = [];
  const where = (at: number) => {
    const p = unit.provenance[at]!;
    return `${esc(p.article)}${p.rulings.length ? `（解释依据：${esc(p.rulings.join("、"))}）` : ""}`;
  };
  const singles = unit.params.filter((p) => p.value);
  if (singles.length) {
    const rows = singles.map((p) => `<tr><td>${esc(p.name)}</td><td class="num">${esc(printIr(p.value!))}</td><td>${where(p.at)}</td></tr>`);
    blocks.push(`<table class="params"><tr><th>参数</th><th>数值</th><th>条文</th></tr>${rows.join("")}</table>`);
  }
  for (const p of unit.params.filter((x) => x.table)) {
    const rows = [...p.table!.rows].map(([member, v]) => `<tr><td>${esc(member)}</td><td class="num">${esc(printIr(v))}</td></tr>`);
    blocks.push(
      `<h3>${esc(p.name)}（按${esc(p.table!.enumName)}）</h3><p class="sub">${where(p.at)}</p><table class="params"><tr><th>${esc(p.table!.enumName)}</th><th>数值</th></tr>${rows.join("")}</table>`,
    );
  }
  for (const b of unit.bands) {
    const edge = (v: number) => `${trimDecimal(formatScaled(v, b.amountScale))}元`;
    const rows = b.rates.map((rate, i) => {
      const low = `${edge(b.lowers[i]!)}${b.lowerInclusive[i] ? "（含）" : ""}`;
      const high = b.uppers[i] === undefined || !Number.isFinite(b.uppers[i]!) ? "以上" : `至${edge(b.uppers[i]!)}${b.upperInclusive[i] ? "（含）" : ""}`;
      return `<tr><td>${esc(`${low}${high}`)}</td><td class="num">${esc(formatPercent(rate, b.rateScale))}</td></tr>`;
    });
    blocks.push(
      `<h3>${esc(b.name)}（分段）</h3><p class="sub">${where(b.at)}</p><table class="params"><tr><th>区间</th><th>比例</th></tr>${rows.join("")}</table>`,
    );
  }
  return blocks.length ? blocks.join("\n") : "<p>本规则文件没有参数。</p>";
}
