// A case worker's account of a result (`regc explain`), rendered from the explanation model: each claim's
// facts, every step the result rests on with the article it applies, why a claim was not paid, its amounts
// and the year's ledgers after it; then the totals, the words of every article relied on, quoted from the
// gazette text, and every ruling relied on with its text.
import { rulingChinese } from "./context.js";
import type { Explanation, Item } from "./model.js";
import { STATUS } from "./sentences.js";

export function explanationText(x: Explanation): string {
  const lines: string[] = [documentHeading(x)];
  if (x.person.length) lines.push(`申请人：${x.person.map((f) => `${f.label} ${f.value}`).join("；")}`);
  for (const item of x.items) lines.push("", ...itemText(x, item));
  if (x.mode === "claims" && x.items.length > 1 && x.totals.length)
    lines.push("", `合计（${x.items.length}笔）：${x.totals.map((o) => `${o.label} ${o.value}`).join("；")}`);
  if (x.provisions.length) {
    lines.push("", `条文（《${x.document.title}》${x.document.number}）：`);
    for (const q of x.provisions) lines.push(`  ${q.path}　${q.text.split("\n").join("\n    ")}`);
  }
  if (x.rulings.length) {
    lines.push("", "解释依据：");
    for (const r of x.rulings) lines.push(`  ${r.id}　${rulingChinese(r)}`);
  }
  return lines.join("\n") + "\n";
}

export function documentHeading(x: Pick<Explanation, "document">): string {
  return `《${x.document.title}》（${x.document.number}${x.document.part ? `，${x.document.part}` : ""}）`;
}

export function itemText(x: Pick<Explanation, "document">, item: Item): string[] {
  const lines = [`${item.heading}${item.version ? `（${item.version}）` : ""}：${STATUS[item.status] ?? item.status}`];
  if (item.facts.length) lines.push(`  输入：${item.facts.map((f) => `${f.label} ${f.value}`).join("；")}`);
  if (item.statement) lines.push(`  说明：${item.statement}`);
  for (const s of item.steps) {
    if (!s.applies || s.kind === "status" || s.kind === "document") continue;
    if (s.kind === "calendar") {
      lines.push(`  ${s.text}`);
      continue;
    }
    const basis = basisOf(item.document ?? x.document, s.article);
    const rulings = s.rulings.length ? `（解释依据：${s.rulings.join("、")}）` : "";
    lines.push(`  ${basis}，${s.text}${rulings}`);
  }
  const skipped = item.steps.filter((s) => !s.applies && s.kind !== "output");
  if (skipped.length) lines.push(`  未适用：${[...new Set(skipped.map((s) => `${s.label ?? s.name}（${s.article}）`))].join("、")}`);
  if (item.outputs.length) lines.push(`  结果：${item.outputs.map((o) => `${o.label}（${o.name}）${o.value}`).join("；")}`);
  for (const o of item.outputs) if (o.note) lines.push(`  说明：${o.label}（${o.name}）——${o.note}`);
  if (item.ledgers.length) lines.push(`  年度台账：${item.ledgers.map((l) => `${l.label} ${l.value}`).join("；")}`);
  return lines;
}

/** `依据《…》第二十七条`; an article of another document (an amendment's) is cited with its 文号. */
export function basisOf(document: { title: string; number: string }, article: string): string {
  return /^\S+号 /.test(article) ? `依据${article}` : `依据《${document.title}》${article}`;
}
