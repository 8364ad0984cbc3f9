// `regc history` as text: the plan's versions with their periods, then each parameter's values, the period each
// applies in and its citation, in the reader's language.
import type { Lang } from "../../dsl/lang.js";
import type { PlanHistory } from "../../compiler/query/history.js";
import * as words from "../messages/reports.js";

export function historyText(h: PlanHistory, lang: Lang): string {
  const day = (d: string | null) => d ?? words.dateUnknown[lang];
  const period = (from: string | null, to: string | null) => (to === null ? words.openPeriod({ from: day(from) })[lang] : `${day(from)} – ${to}`);
  const lines = [`${h.plan}`, words.versionsHeading[lang]];
  for (const v of h.versions)
    lines.push(
      `  ${period(v.from, v.to)}  ${v.document}${v.amendments ? words.amendedBy({ amendments: v.amendments })[lang] : ""}${v.encoded ? "" : words.notEncoded[lang]}`,
    );
  for (const p of h.parameters) {
    lines.push("", p.name);
    for (const e of p.values) lines.push(`  ${period(e.from, e.to).padEnd(25)}  ${e.value}  ${e.citation}`);
  }
  return lines.join("\n") + "\n";
}
