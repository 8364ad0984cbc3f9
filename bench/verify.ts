// Before anything is timed, every variant must give the same result for every claim: a benchmark of code that
// computes something else would mean nothing. A mismatch stops the run with the case and the claim.
import type { ClaimOutcome } from "../runtime/evaluate.js";
import type { Result } from "./handwritten/types.js";

export class Mismatch extends Error {}

export function sameResults(label: string, personId: string, compiled: readonly ClaimOutcome[], other: readonly Result[]): void {
  if (compiled.length !== other.length) throw new Mismatch(`${label}: person ${personId}: ${compiled.length} results against ${other.length}`);
  compiled.forEach((c, i) => {
    const o = other[i]!;
    const out = c.outputs ?? { basic: 0, tilted: 0, total: 0 };
    if (c.status !== o.status || out.basic !== o.basic || out.tilted !== o.tilted || out.total !== o.total) {
      throw new Mismatch(
        `${label}: claim ${c.id} of person ${personId}: compiled ${c.status} ${JSON.stringify(out)}, ` +
          `other ${o.status} ${JSON.stringify({ basic: o.basic, tilted: o.tilted, total: o.total })}`,
      );
    }
  });
}
