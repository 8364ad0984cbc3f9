// A situation a command reports, worded in both languages over typed parameters (cli/messages/*.ts).
import type { Text } from "../../dsl/lang.js";

/** One situation, said in both languages. */
export type Said<P> = (p: P) => Text;

export const said =
  <P>(en: (p: P) => string, zh: (p: P) => string): Said<P> =>
  (p) => ({ en: en(p), zh: zh(p) });
