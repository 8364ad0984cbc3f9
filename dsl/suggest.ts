// "Did you mean …?" for misspelled keywords and names. Distances count code points, so a Chinese name one
// character off is found too, and an adjacent transposition (`parma` → `param`) counts as one edit.

export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const d: number[][] = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[x.length]![y.length]!;
}

/** The keyword closest to `word`, if it is close enough to be a plausible misspelling. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const allowed = word.length <= 2 ? 0 : word.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance <= allowed && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** The closest names within a distance that grows with the name's length, or that contain it. */
export function suggest(name: string, candidates: Iterable<string>, max = 3): string[] {
  const limit = Math.max(1, Math.floor([...name].length / 3));
  return [...new Set(candidates)]
    .filter((c) => c !== name)
    .map((c) => ({ c, d: editDistance(name, c) }))
    .filter(({ c, d }) => d <= limit || c.includes(name) || name.includes(c))
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, max)
    .map(({ c }) => c);
}

export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  const s = suggest(name, candidates);
  return s.length ? meant(s) : undefined;
}

/** `did you mean "a" or "b"?`: the one wording of a suggestion, which `suggestionsIn` reads back. */
export function meant(words: readonly string[]): string {
  return `did you mean ${words.map((x) => `"${x}"`).join(" or ")}?`;
}

/** The words a help line suggests (`did you mean "起付标准"?`), for an editor's quick fixes. */
export function suggestionsIn(help: string): string[] {
  const m = /did you mean ((?:"[^"]+"(?: or )?)+)\?/.exec(help);
  return m ? [...m[1]!.matchAll(/"([^"]+)"/g)].map((x) => x[1]!) : [];
}
