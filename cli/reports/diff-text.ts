// `regc diff` as text: each difference with what either side says and where, in the reader's language.
import type { Lang } from "../../dsl/lang.js";
import type { PolicyDiff } from "../../compiler/query/diff.js";
import * as words from "../messages/reports.js";

export function diffText(d: PolicyDiff, lang: Lang): string {
  if (!d.entries.length) return `${words.noDifferences(d)[lang]}\n`;
  const lines = [words.differences({ a: d.a, b: d.b, n: d.entries.length })[lang], ""];
  for (const e of d.entries) {
    lines.push(e.what);
    lines.push(e.a ? `  ${e.a.citation}: ${e.a.text}` : `  ${words.notIn({ policy: d.a })[lang]}`);
    lines.push(e.b ? `  ${e.b.citation}: ${e.b.text}` : `  ${words.notIn({ policy: d.b })[lang]}`);
  }
  return lines.join("\n") + "\n";
}
