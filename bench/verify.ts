// Before anything is timed, every variant must give the same result for every claim: a benchmark of code that
// computes something else would mean nothing. A mismatch stops the run with the case and the claim.
import { evaluateClaims, evaluateInto, outcomeColumns, PersonContext, STATUS_CODES, type ClaimOutcome } from "../runtime/evaluate.js";
import { rowResult, type Columns } from "./fastest/columns.js";
import type { Result } from "./handwritten/types.js";
import type { PolicyUnderTest } from "./throughput.js";
import { asPlain, NO_CAL, type Workload } from "./workload.js";

export class Mismatch extends Error {}

const INTO = new PersonContext(NO_CAL);

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

/**
 * One case through the compiled module and both hand-written evaluators (the fastest into rows `at`… of
 * `out`); throws Mismatch unless all three agree on every claim. Returns the compiled outcomes.
 */
export function agreeOnCase(p: PolicyUnderTest, personId: string, c: Workload["converted"][number], out: Columns, at: number): ClaimOutcome[] {
  const compiled = evaluateClaims(p.module, c.person, c.claims, false, NO_CAL);
  // The timed form, into typed columns with a context reused across people, gives the same.
  const into = outcomeColumns(p.module, c.claims.length);
  evaluateInto(p.module, c.person, c.claims, INTO, into, 0);
  const names = p.module.outputs.map((o) => o.name);
  const rows = compiled.map(
    (_, k) => ({ status: STATUS_CODES[into.status[k]!]!, ...Object.fromEntries(names.map((n, j) => [n, into.outputs[k * names.length + j]!])) }) as Result,
  );
  sameResults(`${p.key} compiled into columns`, personId, compiled, rows);
  const end = p.fastest(asPlain(c).person, asPlain(c).claims, out, at);
  sameResults(
    `${p.key} fastest hand-written`,
    personId,
    compiled,
    Array.from({ length: end - at }, (_, k) => rowResult(out, at + k)),
  );
  sameResults(`${p.key} idiomatic hand-written`, personId, compiled, p.handWritten(asPlain(c).person, asPlain(c).claims));
  return compiled;
}
