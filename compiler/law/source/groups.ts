// A notice that publishes several rule sets (南川府办发〔2023〕7号: six 工作规则, each under its own title and
// each numbering its articles from 第一条) is not one statute: every rule set is a group of its own, cited
// under its short name (`公众参与工作规则第七条第三款`), which is its title without the words all the titles
// share (`南川区重大行政决策`).
import { isStandalone, type Layout } from "./layout.js";
import type { SourceLine } from "./lines.js";
import { matchMarker } from "./markers.js";

export interface GroupScope {
  /** The title line. */
  header: SourceLine;
  /** The title without whitespace: `南川区重大行政决策公众参与工作规则`. */
  title: string;
  /** The citation prefix: `公众参与工作规则`. */
  name: string;
  lines: SourceLine[];
}

const RULE_SET_TITLE = /(规则|办法|细则|规定)$/;

/**
 * The lines before the first group (the notice), and the groups; undefined unless at least two titles each
 * start a run of articles from 第一条 — a single 办法 under its title is an ordinary statute.
 */
export function splitGroups(lines: readonly SourceLine[], layout: Layout): { preface: SourceLine[]; groups: GroupScope[] } | undefined {
  const starts = lines.flatMap((line, i) => (opensGroup(line, lines[i + 1], layout) ? [i] : []));
  if (starts.length < 2) return undefined;
  const titles = starts.map((i) => lines[i].text.replace(/\s+/g, ""));
  const shared = sharedPrefixLength(titles);
  const groups = starts.map((start, k): GroupScope => {
    const end = starts[k + 1] ?? lines.length;
    return { header: lines[start], title: titles[k], name: titles[k].slice(shared), lines: lines.slice(start + 1, end) };
  });
  return { preface: lines.slice(0, starts[0]), groups };
}

/** A heading naming a rule set, directly followed by its 第一条 (or its 第一章). */
function opensGroup(line: SourceLine, next: SourceLine | undefined, layout: Layout): boolean {
  if (line.kind !== "text" || !RULE_SET_TITLE.test(line.text)) return false;
  if (!line.mdHeading && !isStandalone(line.text, layout)) return false;
  const marker = next?.kind === "text" ? matchMarker(next.text) : undefined;
  return (marker?.kind === "article" || marker?.kind === "chapter") && marker.number === 1;
}

/** Code points at the start shared by every title, leaving each title at least one of its own. */
function sharedPrefixLength(titles: readonly string[]): number {
  const chars = titles.map((t) => [...t]);
  const limit = Math.min(...chars.map((c) => c.length)) - 1;
  let n = 0;
  while (n < limit && chars.every((c) => c[n] === chars[0][n])) n++;
  // Slicing a string by code points: the prefix's length in UTF-16 units.
  return chars[0].slice(0, n).join("").length;
}
