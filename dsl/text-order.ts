// The one order in which regc sorts text it prints: by Unicode code point. It is the same on every machine
// and in every locale; a collation (localeCompare, Intl.Collator, or the ICU data behind them) sorts 文号 by
// their pinyin under zh_CN and by code point elsewhere, so a report would change with the reader's settings.

/** Code-point order; a string sorts before every longer string it starts. */
export function byCodePoint(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

const RUNS = /\d+|\D+/g;

/** Code-point order, except that runs of digits compare as numbers: R2 before R10. */
export function byCodePointNumeric(a: string, b: string): number {
  const x = a.match(RUNS) ?? [];
  const y = b.match(RUNS) ?? [];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i]!;
    const q = y[i]!;
    const digits = /^\d/.test(p) && /^\d/.test(q);
    const c = digits ? byNumber(p, q) : byCodePoint(p, q);
    if (c !== 0) return c;
  }
  return x.length - y.length || byCodePoint(a, b);
}

function byNumber(p: string, q: string): number {
  const a = p.replace(/^0+(?=\d)/, "");
  const b = q.replace(/^0+(?=\d)/, "");
  return a.length - b.length || byCodePoint(a, b);
}
