// `regc coverage --format markdown`: each document's coverage as a table row, then the provisions not covered,
// for a pull-request comment or a CI job summary; in Chinese unless the reader chose English.
import type { DocumentCoverage } from "../../compiler/law/coverage.js";
import type { Lang } from "../../dsl/lang.js";
import * as words from "../messages/reports.js";
import { markdownTable } from "./markdown.js";

export function coverageMarkdown(shown: readonly DocumentCoverage[], lang: Lang): string {
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
    `${words.coverageMdTitle[lang]}\n\n`,
    markdownTable(words.coverageMdHeader[lang], rows, ["left", "left", "right", "right", "right", "right", "right", "right"]),
  ];
  const open = shown.filter((d) => d.counts["not-covered"] > 0);
  if (open.length) {
    parts.push(`\n${words.coverageMdOpen[lang]}\n`);
    for (const d of open) {
      parts.push(`\n<details><summary>${words.coverageMdOpenSummary({ number: d.number, n: d.counts["not-covered"] })[lang]}</summary>\n\n`);
      parts.push(
        markdownTable(
          words.coverageMdOpenHeader[lang],
          d.entries.filter((e) => e.status === "not-covered").map((e) => [e.path, e.excerpt]),
        ),
      );
      parts.push("\n</details>\n");
    }
  }
  return parts.join("");
}
