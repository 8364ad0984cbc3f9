// `regc impact --format markdown`: what a change does to the same people, for a pull-request comment: totals
// under each version, how many are better or worse off, and the largest changes with the provision that caused
// each; in Chinese unless the reader chose English.
import type { Lang } from "../../dsl/lang.js";
import type { Impact } from "../batch/run-impact.js";
import { formatBig, money, signed } from "../batch/summary.js";
import * as words from "../messages/reports.js";
import { markdownTable } from "./markdown.js";

export interface ImpactSubject {
  old: string;
  new: string;
  output: string;
  label?: string | undefined;
  /** The checkout the old version was read from (--base), if not this one. */
  base?: string | undefined;
}

export function impactMarkdown(s: ImpactSubject, { totals: t, top }: Impact, lang: Lang): string {
  const difference = t.newTotal - t.oldTotal;
  const output = words.impactMdOutput({ label: s.label, output: s.output })[lang];
  const lines = [
    words.impactMdTitle(s)[lang],
    "",
    words.impactMdSubject({ base: s.base, output, people: t.cases, claims: t.claims })[lang],
    "",
    markdownTable(
      words.impactMdTotalsHeader[lang],
      [[words.impactMdTotal[lang], formatBig(t.oldTotal, 2), formatBig(t.newTotal, 2), `${difference > 0n ? "+" : ""}${formatBig(difference, 2)}`]],
      ["left", "right", "right", "right"],
    ),
    words.impactMdCounts({ better: t.better, worse: t.worse, same: t.same, skipped: t.skipped })[lang],
  ];
  if (top.length) {
    lines.push("", words.impactMdLargest[lang], "");
    lines.push(
      markdownTable(
        words.impactMdChangesHeader[lang],
        top.map((c) => [
          c.person ?? words.personAtLine(c)[lang],
          String(c.line),
          money(c.old),
          money(c.new),
          signed(c.new - c.old),
          c.claim,
          c.cause
            ? words.impactMdCause({ name: c.cause.name, citation: c.cause.citation, old: c.cause.old ?? "—", new: c.cause.new ?? "—" })[lang]
            : words.noTracedDifference[lang],
        ]),
        ["left", "right", "right", "right", "right", "left", "left"],
      ),
    );
  }
  return lines.join("\n") + "\n";
}
