// "Did you mean …?" for misspelled keywords and names. Distances count code points, so a Chinese name one
// character off is found too, and an adjacent transposition (`parma` → `param`) counts as one edit.
// Only small distances are ever wanted, so each comparison stops as soon as the distance exceeds the bound:
// a misspelling is compared in time proportional to its length, however long the text (a name of a million
// characters would otherwise take minutes against every candidate).
import { byCodePoint } from "./text-order.js";

/** Beyond this many edits a candidate is not a plausible correction, however long the name. */
const MAX_DISTANCE = 5;

/**
 * The edit distance of `a` and `b` (insertions, deletions, substitutions, adjacent transpositions), or
 * `max + 1` when it is larger than `max`. Only the diagonal band of width 2·max+1 is computed.
 */
export function editDistance(a: string, b: string, max = MAX_DISTANCE): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > max) return max + 1;
  const over = max + 1;
  let before = new Array<number>(y.length + 1).fill(over);
  let previous = Array.from({ length: y.length + 1 }, (_, j) => (j <= max ? j : over));
  for (let i = 1; i <= x.length; i++) {
    const row = new Array<number>(y.length + 1).fill(over);
    if (i <= max) row[0] = i;
    let best = row[0]!;
    for (let j = Math.max(1, i - max); j <= Math.min(y.length, i + max); j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row[j] = Math.min(d, over);
      best = Math.min(best, row[j]!);
    }
    if (best > max) return over;
    before = previous;
    previous = row;
  }
  return Math.min(previous[y.length]!, over);
}

/** The keyword closest to `word`, if it is close enough to be a plausible misspelling. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const allowed = word.length <= 2 ? 0 : word.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const distance = editDistance(lower, candidate.toLowerCase(), allowed);
    if (distance <= allowed && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * A 文号 as people type it: the year's brackets 〔2023〕 written [2023], （2023）, (2023), 【2023】 or ［2023］.
 * Only for suggesting the 文号 meant: a 文号 is matched as written.
 */
export function foldBrackets(text: string): string {
  return text.replace(
    /[[（(【［〔]\s*([0-9０-９]{4})\s*[\]）)】］〕]/g,
    (_, y: string) => `〔${y.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))}〕`,
  );
}

/** The closest names within a distance that grows with the name's length, or that contain it. */
export function suggest(name: string, candidates: Iterable<string>, max = 3): string[] {
  const limit = Math.min(MAX_DISTANCE, Math.max(1, Math.floor([...name].length / 3)));
  const folded = foldBrackets(name);
  const all = [...new Set(candidates)];
  if (folded !== name && all.includes(folded)) return [folded];
  // Containment suggests a name cut short or run on; a name far longer than any candidate is neither.
  const contains = (c: string) => folded.length <= 2 * c.length && (c.includes(folded) || folded.includes(c));
  return all
    .filter((c) => c !== name)
    .map((c) => ({ c, d: editDistance(folded, c, limit) }))
    .filter(({ c, d }) => d <= limit || contains(c))
    .sort((a, b) => a.d - b.d || byCodePoint(a.c, b.c))
    .slice(0, max)
    .map(({ c }) => c);
}

/** A suggestion's words, and its English help text (usage errors of the command line). */
export interface Meant {
  text: string;
  words: string[];
}

/** `did you mean "a" or "b"?`: the one English wording of a suggestion. */
export function meant(words: readonly string[]): Meant {
  return { text: `did you mean ${words.map((x) => `"${x}"`).join(" or ")}?`, words: [...words] };
}
