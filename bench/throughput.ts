// Claims per second on one core for one policy, every variant on the same converted claims: the compiled module
// through the runtime's claim loop into typed columns (evaluateInto: ledgers per person and year, 就高不重复), the
// fastest and the idiomatic hand-written evaluators, the object-per-claim form with the trace off and on
// (evaluateClaims, what regc run and explanations use), the whole runCase path from JSON (validation,
// conversion, evaluation, formatting), and json-rules-engine.
import type { Engine } from "json-rules-engine";
import { evaluateClaims, evaluateInto, outcomeColumns, PersonContext, runCase, type AnyModule, type OutcomeColumns } from "../runtime/evaluate.js";
import { columns, type Columns } from "./fastest/columns.js";
import type { Claim, Person, Result } from "./handwritten/types.js";
import { interleaved, median, pairedRatio } from "./measure.js";
import { agreeOnCase, sameResults } from "./verify.js";
import { asPlain, NO_CAL, runFastest, type Fastest, type Workload } from "./workload.js";

export interface PolicyUnderTest {
  key: string;
  module: AnyModule;
  fastest: Fastest;
  handWritten: (person: Person, claims: readonly Claim[]) => Result[];
  engine: () => Engine;
  rules: (engine: Engine, person: Person, claims: readonly Claim[]) => Promise<Result[]>;
}

export interface Throughput {
  claims: number;
  compiled: number;
  compiledBest: number;
  fastest: number;
  handWritten: number;
  /** The object-per-claim form, trace off: what `traced` is compared with. */
  objects: number;
  traced: number;
  runCase: number;
  jsonRulesEngine: number;
  vsFastestHandWritten: number;
  vsIdiomaticHandWritten: number;
  vsJsonRulesEngine: number;
  traceOverhead: number;
  runCaseOverhead: number;
  /** The same three ratios by CPU time (measure.ts). */
  cpuVsFastestHandWritten: number;
  cpuVsIdiomaticHandWritten: number;
  cpuTraceOverhead: number;
}

/**
 * The compiled module's claim loop over a whole workload: into typed columns made once by the caller, one context
 * reused for every person, as the fastest hand-written evaluator writes its preallocated columns; traced, through the object-per-claim form
 * that `regc run --trace` and explanations use.
 */
export function runCompiled(mod: AnyModule, w: Workload, trace: boolean, out: OutcomeColumns = outcomeColumns(mod, w.claims)): void {
  if (trace) {
    for (const c of w.converted) evaluateClaims(mod, c.person, c.claims, true, NO_CAL);
    return;
  }
  const cx = new PersonContext(NO_CAL);
  let row = 0;
  for (const c of w.converted) row = evaluateInto(mod, c.person, c.claims, cx, out, row);
}

export async function throughput(p: PolicyUnderTest, w: Workload, sizes: { jre: number; runCase: number }, repetitions: number): Promise<Throughput> {
  const engine = p.engine();
  const jre = prefix(w, sizes.jre);
  const e2e = prefix(w, sizes.runCase);
  const out = columns(w.claims);
  const compiledOut = outcomeColumns(p.module, w.claims);
  await verify(p, w, jre.cases, engine, out);

  const rates = await interleaved(
    [
      { name: "compiled", items: w.claims, run: () => runCompiled(p.module, w, false, compiledOut) },
      { name: "fastest", items: w.claims, run: () => runFastest(p.fastest, w, out) },
      { name: "handWritten", items: w.claims, run: () => w.converted.forEach((c) => p.handWritten(asPlain(c).person, asPlain(c).claims)) },
      { name: "objects", items: w.claims, run: () => w.converted.forEach((c) => evaluateClaims(p.module, c.person, c.claims, false, NO_CAL)) },
      { name: "traced", items: w.claims, run: () => runCompiled(p.module, w, true) },
      { name: "runCase", items: e2e.claims, run: () => w.json.slice(0, e2e.cases).forEach((c) => runCase(p.module, c, { trace: false })) },
      {
        name: "jsonRulesEngine",
        items: jre.claims,
        run: async () => {
          for (const c of w.converted.slice(0, jre.cases)) await p.rules(engine, asPlain(c).person, asPlain(c).claims);
        },
      },
    ],
    repetitions,
  );
  const r = (name: string) => rates.wall.get(name)!;
  const c = (name: string) => rates.cpu.get(name)!;
  return {
    claims: w.claims,
    compiled: median(r("compiled")),
    compiledBest: Math.max(...r("compiled")),
    fastest: median(r("fastest")),
    handWritten: median(r("handWritten")),
    objects: median(r("objects")),
    traced: median(r("traced")),
    runCase: median(r("runCase")),
    jsonRulesEngine: median(r("jsonRulesEngine")),
    vsFastestHandWritten: pairedRatio(r("compiled"), r("fastest")),
    vsIdiomaticHandWritten: pairedRatio(r("compiled"), r("handWritten")),
    vsJsonRulesEngine: pairedRatio(r("compiled"), r("jsonRulesEngine")),
    traceOverhead: pairedRatio(r("objects"), r("traced")),
    runCaseOverhead: pairedRatio(r("compiled"), r("runCase")),
    cpuVsFastestHandWritten: pairedRatio(c("compiled"), c("fastest")),
    cpuVsIdiomaticHandWritten: pairedRatio(c("compiled"), c("handWritten")),
    cpuTraceOverhead: pairedRatio(c("objects"), c("traced")),
  };
}

/** The first cases holding at least `claims` claims. */
function prefix(w: Workload, claims: number): { cases: number; claims: number } {
  let n = 0;
  let cases = 0;
  while (cases < w.converted.length && n < claims) n += w.converted[cases++]!.claims.length;
  return { cases, claims: n };
}

// Every claim of the timed workload through every variant (json-rules-engine on the first cases only).
async function verify(p: PolicyUnderTest, w: Workload, jreCases: number, engine: Engine, out: Columns): Promise<void> {
  let at = 0;
  for (const [i, c] of w.converted.entries()) {
    const id = w.json[i]!.person.id;
    const compiled = agreeOnCase(p, id, c, out, at);
    at += c.claims.length;
    if (i < jreCases) sameResults(`${p.key} json-rules-engine`, id, compiled, await p.rules(engine, asPlain(c).person, asPlain(c).claims));
  }
}
