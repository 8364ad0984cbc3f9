// A million claims of the binding workload through the compiled module and both hand-written evaluators, in
// chunks so that memory stays flat: every claim must agree (status and every output). The compiled results'
// digest (status and outputs of every claim, in order, in 分) lets a change to the runtime or the emitter show
// that it changed no result: the same seed and policy must give the same digest before and after.
import { createHash } from "node:crypto";
import type { ClaimOutcome } from "../runtime/evaluate.js";
import { columns } from "./fastest/columns.js";
import { syntheticCases, type SyntheticCase } from "./generate.js";
import type { PolicyUnderTest } from "./throughput.js";
import { agreeOnCase } from "./verify.js";
import { convertCase } from "./workload.js";

const CHUNK = 20_000;

export interface Agreement {
  claims: number;
  /** sha256 of `status basic tilted total` per claim. */
  digest: string;
}

export function agreement(subjects: readonly PolicyUnderTest[], claims: number, seed: number): Map<string, Agreement> {
  const digests = new Map(subjects.map((s) => [s.key, createHash("sha256")]));
  let out = columns(CHUNK);
  let chunk: SyntheticCase[] = [];
  let inChunk = 0;
  let total = 0;
  const flush = () => {
    if (inChunk > out.status.length) out = columns(inChunk);
    for (const s of subjects) {
      const hash = digests.get(s.key)!;
      let at = 0;
      for (const c of chunk) {
        digest(hash, agreeOnCase(s, c.person.id, convertCase(s.module, c), out, at));
        at += c.claims.length;
      }
    }
    total += inChunk;
    chunk = [];
    inChunk = 0;
  };
  for (const c of syntheticCases({ claims, seed, profile: "binding" })) {
    chunk.push(c);
    inChunk += c.claims.length;
    if (inChunk >= CHUNK) flush();
  }
  flush();
  return new Map(subjects.map((s) => [s.key, { claims: total, digest: digests.get(s.key)!.digest("hex") }]));
}

function digest(hash: ReturnType<typeof createHash>, outcomes: readonly ClaimOutcome[]): void {
  for (const o of outcomes) {
    const v = o.outputs ?? { basic: 0, tilted: 0, total: 0 };
    hash.update(`${o.status} ${String(v.basic)} ${String(v.tilted)} ${String(v.total)}\n`);
  }
}
