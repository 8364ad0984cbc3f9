// Resolving a rule file's citation (`@ 第二十七条（三）`) to a provision. Authors type citations in
// whatever form the gazette or their keyboard suggests — `(三)`, `第27条`, `二（三）２`, `第三项` —
// so the citation is normalised to the canonical path first; if nothing matches, the nearest paths
// are offered, closest first.
import { chineseToInt, foldDigits, intToChinese } from "./numerals.js";
import type { CitationResult, SourceDoc } from "./types.js";

const MAX_CANDIDATES = 3;

/** The canonical spelling of a citation: folded digits, full-width parens, no whitespace, no `@`. */
export function normaliseCitation(citation: string): string {
  return foldDigits(citation)
    .replace(/^\s*@/, "")
    .replace(/[\s\u3000]+/g, "")
    .replace(/\(/g, "（")
    .replace(/\)/g, "）")
    .replace(/^([一二三四五六七八九十]+)、/, "$1") // `二、（三）` → `二（三）`
    .replace(/[.．、]$/, ""); // `二（三）2.` → `二（三）2`
}

/**
 * Spellings of the same citation, the canonical one first: Arabic numbers where the
 * canonical path has Chinese (`第27条`, `（3）`, `第2款`), `第三项` / `第（三）项` for `（三）`,
 * 款 and 段 for each other, `附件一` for `附件1`, and `附件` for `附件1`.
 */
export function citationVariants(normalised: string): string[] {
  // Beyond what any gazette numbers, leave the digits alone rather than fail.
  const chinese = (n: string): string => (Number(n) < 100_000_000 ? intToChinese(Number(n)) : n);
  const canonical = normalised
    .replace(/第(\d+)([条章款段])/g, (_m, n: string, unit: string) => `第${chinese(n)}${unit}`)
    .replace(/（(\d+)）/g, (_m, n: string) => `（${chinese(n)}）`)
    .replace(/第（?([一二三四五六七八九十]+)）?项/g, "（$1）");
  const out = new Set<string>([canonical]);
  out.add(canonical.includes("款") ? canonical.replace(/款/g, "段") : canonical.replace(/段/g, "款"));
  // `附件一` may mean annex 1 rather than section 一 of the only annex.
  const annex = /^附件([一二三四五六七八九十]+)(.*)$/.exec(canonical);
  const n = annex ? chineseToInt(annex[1]) : undefined;
  if (annex && n !== undefined) out.add(`附件${n}${annex[2]}`);
  // `附件1` of a document whose only annex is printed unnumbered (`附件`).
  const first = /^附件1(?!\d)(.*)$/.exec(canonical);
  if (first) out.add(`附件${first[1]}`);
  return [...out];
}

export function resolveCitation(doc: SourceDoc, citation: string): CitationResult {
  const normalised = withGroupName(doc, normaliseCitation(citation));
  for (const path of [normalised, ...citationVariants(normalised)]) {
    const provision = doc.index.get(path);
    if (provision) return { provision };
  }
  // Measure distance from the canonical spelling, so `第27条（九）` is near `第二十七条（五）`.
  const [canonical] = citationVariants(normalised);
  return { candidates: nearestPaths(doc, canonical) };
}

/** A rule set's full title (`南川区重大行政决策公众参与工作规则第七条`) in place of its short name. */
function withGroupName(doc: SourceDoc, citation: string): string {
  for (const group of doc.provisions) {
    const title = group.heading;
    if (group.kind === "group" && title !== undefined && citation.startsWith(title)) {
      return group.path + citation.slice(title.length);
    }
  }
  return citation;
}

/**
 * Up to three paths nearest to `wanted` by edit distance; ties go to the path sharing the longer
 * prefix (same article, different item), then to the numerically closer one (`第四十七条` → 第四十六条
 * before 第四十条), then to document order.
 */
export function nearestPaths(doc: SourceDoc, wanted: string): string[] {
  const wantedNumbers = numbersOf(wanted);
  return [...doc.index.keys()]
    .map((path, order) => ({
      path,
      order,
      distance: editDistance(wanted, path),
      prefix: commonPrefix(wanted, path),
      gap: numericGap(wantedNumbers, numbersOf(path)),
    }))
    .sort((a, b) => a.distance - b.distance || b.prefix - a.prefix || a.gap - b.gap || a.order - b.order)
    .slice(0, MAX_CANDIDATES)
    .map((c) => c.path);
}

/** The numbers along a path: `第二十七条（三）2` → [27, 3, 2]. */
function numbersOf(path: string): number[] {
  const out: number[] = [];
  for (const m of path.matchAll(/[0-9]+|[一二三四五六七八九十百千零]+/g)) {
    const n = /\d/.test(m[0]) ? Number(m[0]) : chineseToInt(m[0]);
    if (n !== undefined) out.push(n);
  }
  return out;
}

/** How far apart two paths are at the first number where they differ. */
function numericGap(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return Math.abs(a[i] - b[i]);
  return a.length === b.length ? 0 : Number.MAX_SAFE_INTEGER;
}

/** Levenshtein distance over code points. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const substitution = previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[y.length];
}

function commonPrefix(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}
