// Claims per second on one core for one policy: the compiled module through the runtime's claim loop
// (evaluateClaims: ledgers per person and year, 就高不重复), the hand-written function, the same with the trace
// on, the whole runCase path from JSON (validation, conversion, evaluation, formatting), and json-rules-engine.
import type { Engine } from "json-rules-engine";
import { calendarFor, evaluateClaims, runCase, type AnyModule } from "../runtime/evaluate.js";
import type { Claim, Person, Result } from "./handwritten/types.js";
import { interleaved, median, pairedRatio } from "./measure.js";
import { sameResults } from "./verify.js";
import { asPlain, convertFor, type Workload } from "./workload.js";
import type { SyntheticCase } from "./generate.js";
// The bench policies count no working days: they are evaluated with a calendar that knows no year.
const NO_CAL = calendarFor({}, false);

export interface PolicyUnderTest {
  key: string;
  module: AnyModule;
  handWritten: (person: Person, claims: readonly Claim[]) => Result[];
  engine: () => Engine;
  rules: (engine: Engine, person: Person, claims: readonly Claim[]) => Promise<Result[]>;
}

export interface Throughput {
  claims: number;
  compiled: number;
  compiledBest: number;
  handWritten: number;
  traced: number;
  runCase: number;
  jsonRulesEngine: number;
  vsHandWritten: number;
  vsJsonRulesEngine: number;
  traceOverhead: number;
  runCaseOverhead: number;
}

export async function throughput(p: PolicyUnderTest, cases: SyntheticCase[], sizes: { jre: number; runCase: number }, repetitions: number): Promise<Throughput> {
  const w = convertFor(p.module, cases);
  const engine = p.engine();
  const jre = prefix(w, sizes.jre);
  const e2e = prefix(w, sizes.runCase);
  await verify(p, w, jre.cases, engine);

  const rates = await interleaved(
    [
      { name: "compiled", items: w.claims, run: () => w.converted.forEach((c) => evaluateClaims(p.module, c.person, c.claims, false, NO_CAL)) },
      { name: "handWritten", items: w.claims, run: () => w.converted.forEach((c) => p.handWritten(asPlain(c).person, asPlain(c).claims)) },
      { name: "traced", items: w.claims, run: () => w.converted.forEach((c) => evaluateClaims(p.module, c.person, c.claims, true, NO_CAL)) },
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
  const r = (name: string) => rates.get(name)!;
  return {
    claims: w.claims,
    compiled: median(r("compiled")),
    compiledBest: Math.max(...r("compiled")),
    handWritten: median(r("handWritten")),
    traced: median(r("traced")),
    runCase: median(r("runCase")),
    jsonRulesEngine: median(r("jsonRulesEngine")),
    vsHandWritten: pairedRatio(r("compiled"), r("handWritten")),
    vsJsonRulesEngine: pairedRatio(r("compiled"), r("jsonRulesEngine")),
    traceOverhead: pairedRatio(r("compiled"), r("traced")),
    runCaseOverhead: pairedRatio(r("compiled"), r("runCase")),
  };
}

/** The first cases holding at least `claims` claims. */
function prefix(w: Workload, claims: number): { cases: number; claims: number } {
  let n = 0;
  let cases = 0;
  while (cases < w.converted.length && n < claims) n += w.converted[cases++]!.claims.length;
  return { cases, claims: n };
}

async function verify(p: PolicyUnderTest, w: Workload, jreCases: number, engine: Engine): Promise<void> {
  for (const [i, c] of w.converted.entries()) {
    const id = w.json[i]!.person.id;
    const compiled = evaluateClaims(p.module, c.person, c.claims, false, NO_CAL);
    sameResults(`${p.key} hand-written`, id, compiled, p.handWritten(asPlain(c).person, asPlain(c).claims));
    if (i < jreCases) sameResults(`${p.key} json-rules-engine`, id, compiled, await p.rules(engine, asPlain(c).person, asPlain(c).claims));
  }
}
