// A catalogue entry: everything regc says about one diagnostic code, in both languages. The code names one
// situation; the message and help are templates over typed parameters (names, numbers, 文号 — the same in both
// languages); the title and the example are what docs/diagnostics.md shows (generated: npm run docs).
import type { Lang, Text } from "../lang.js";
import type { Severity } from "../diagnostic.js";

export type Template<P> = (p: P) => string;

export interface Entry<P = never> {
  code: string;
  severity: Severity;
  /** The situation, in a few words: the "meaning" column of docs/diagnostics.md. */
  title: Text;
  message: Record<Lang, Template<P>>;
  help: Record<Lang, Template<P>>;
  /** Rule-file text that raises it, for the docs. */
  sample: string;
  /** Parameters the docs render the templates with: what `sample` gives. */
  example: P;
}

/** An entry, typed by its parameters: `entry<{ name: string }>({ … })`. */
export function entry<P>(e: Entry<P>): Entry<P> {
  return e;
}

/** Parameters a "did you mean" help reads: the words suggested, kept as data for an editor's quick fixes. */
export interface Meant {
  meant?: readonly string[];
}

/** `did you mean "a" or "b"?` / `是否想写“a”或“b”？` — undefined when nothing is suggested. */
export const meantText: Record<Lang, (words: readonly string[] | undefined) => string | undefined> = {
  en: (w) => (w?.length ? `did you mean ${w.map((x) => `"${x}"`).join(" or ")}?` : undefined),
  zh: (w) => (w?.length ? `是否想写${w.map((x) => `“${x}”`).join("或")}？` : undefined),
};

/** A list of names in running text: `a, b, c` / `a、b、c`. */
export const listed: Record<Lang, (items: readonly string[]) => string> = {
  en: (items) => items.join(", "),
  zh: (items) => items.join("、"),
};
