// `regc coverage --format markdown`: each document's coverage as a table row, then the provisions not covered,
// in Chinese, for a pull-request comment or a CI job summary.
import type { DocumentCoverage } from "../../compiler/law/coverage.js";
import { markdownTable } from "./markdown.js";

export function coverageMarkdown(shown: readonly DocumentCoverage[]): string {
  const rows = shown.map((d) => [
    d.number,
    d.title ?? "",
    `${d.percent}%`,
    String(d.counts.encoded),
    String(d.counts.excluded),
    String(d.counts.pending),
    String(d.counts["not-covered"]),
    String(d.counts.total),
  ]);
  const parts = [
    "## 条款覆盖率\n\n",
    markdownTable(["文号", "标题", "覆盖率", "已编码", "已排除", "待定", "未覆盖", "条款"], rows, [
      "left",
      "left",
      "right",
      "right",
      "right",
      "right",
      "right",
      "right",
    ]),
  ];
  const open = shown.filter((d) => d.counts["not-covered"] > 0);
  if (open.length) {
    parts.push("\n### 未覆盖的条款\n");
    for (const d of open) {
      parts.push(`\n<details><summary>${d.number}：${d.counts["not-covered"]} 条</summary>\n\n`);
      parts.push(
        markdownTable(
          ["条款", "内容"],
          d.entries.filter((e) => e.status === "not-covered").map((e) => [e.path, e.excerpt]),
        ),
      );
      parts.push("\n</details>\n");
    }
  }
  return parts.join("");
}
