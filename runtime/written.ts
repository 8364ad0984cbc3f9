// Parameters as the gazette writes them (`10万元`, `70%`), turned into the scaled integers rules compute with
// once, when a generated module loads: the module reads like the text it encodes, and the number it uses is
// derived from that text rather than written beside it.
import { parseScaled } from "./scaled.js";

const MONEY = /^(-?[0-9]+(?:\.[0-9]+)?)(万)?元$/;
const RATE = /^(-?[0-9]+(?:\.[0-9]+)?)%$/;

/** `10万元` at scale 2 → 10000000. */
export function money(text: string, scale: number): number {
  const m = MONEY.exec(text);
  const n = m ? parseScaled(m[1]!, scale + (m[2] ? 4 : 0)) : undefined;
  if (n === undefined) throw new Error(`not an amount of money at scale ${scale}: ${text}`);
  return n;
}

/** `70%` at scale 1 → 7; `0.5%` at scale 3 → 5. */
export function rate(text: string, scale: number): number {
  const m = RATE.exec(text);
  const n = m ? parseScaled(m[1]!, scale) : undefined;
  if (n === undefined || n % 100 !== 0) throw new Error(`not a rate at scale ${scale}: ${text}`);
  return n / 100;
}
