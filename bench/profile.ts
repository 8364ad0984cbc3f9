// Where the compiled claim loop spends its time on the binding workload: a CPU profile (V8's sampling profiler,
// as `node --cpu-prof` takes it) summarised by function with garbage collection apart, the collections counted,
// and the bytes allocated per claim by the function that allocates them (V8's sampling heap profiler, counting
// objects already collected). Not part of `npm run bench`: a tool for working on the runtime and the emitter.
//
//   npm run bench:profile -- [--policy 锦政办发〔2022〕16号] [--claims 200000] [--seconds 5] [--out prof.cpuprofile]
//
// The written .cpuprofile opens in Chrome DevTools (Performance) or speedscope.
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { PerformanceObserver } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { policies } from "../generated/index.js";
import type { AnyModule } from "../runtime/evaluate.js";
import { runCompiled } from "./throughput.js";
import { convertFor, makeCases, SEED } from "./workload.js";

interface ProfileNode {
  callFrame: { functionName: string; url: string };
  hitCount?: number;
  selfSize?: number;
  children?: (number | ProfileNode)[];
}

const { values } = parseArgs({
  options: {
    policy: { type: "string", default: "南川府办发〔2023〕8号" },
    claims: { type: "string", default: "200000" },
    seconds: { type: "string", default: "5" },
    out: { type: "string" },
  },
});
const id = values.policy as keyof typeof policies;
if (!(id in policies)) throw new Error(`no compiled policy ${values.policy}`);
const mod = ((await policies[id]()) as unknown as { policy: AnyModule }).policy;
const w = convertFor(mod, makeCases(Number(values.claims), SEED, "binding"));
const seconds = Number(values.seconds);

// Warm up until the loop is optimised, then run it for the time asked, once under each profiler.
for (let i = 0; i < 5; i++) runCompiled(mod, w, false);
const session = new Session();
session.connect();

const gc = { count: 0, ms: 0 };
const observer = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    gc.count++;
    gc.ms += e.duration;
  }
});
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 100 });
observer.observe({ entryTypes: ["gc"] });
await session.post("Profiler.start");
const cpuClaims = repeat(seconds);
const { profile } = (await session.post("Profiler.stop")) as { profile: { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[] } };
// Collections are reported after the loop gives way.
await new Promise((resolve) => setTimeout(resolve, 100));
observer.disconnect();

await session.post("HeapProfiler.enable");
await session.post("HeapProfiler.startSampling", { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
const heapClaims = repeat(Math.min(seconds, 2));
const { profile: heap } = (await session.post("HeapProfiler.stopSampling")) as { profile: { head: ProfileNode } };
session.disconnect();

const totalMs = (profile.endTime - profile.startTime) / 1000;
const sampleMs = totalMs / profile.samples.length;
const self = new Map<string, number>();
for (const n of profile.nodes) {
  const key = frame(n);
  self.set(key, (self.get(key) ?? 0) + (n.hitCount ?? 0) * sampleMs);
}
const allocated = new Map<string, number>();
const walk = (n: ProfileNode) => {
  if (n.selfSize) allocated.set(frame(n), (allocated.get(frame(n)) ?? 0) + n.selfSize);
  for (const c of n.children ?? []) walk(c as ProfileNode);
};
walk(heap.head);
const bytes = [...allocated.values()].reduce((a, b) => a + b, 0);

const out: string[] = [
  `${values.policy}: ${w.claims} binding claims × ${Math.round(cpuClaims / w.claims)} passes in ${totalMs.toFixed(0)} ms (${Math.round((cpuClaims / totalMs) * 1000)} claims/s under the profiler)`,
  `garbage collection: ${gc.count} collections, ${gc.ms.toFixed(0)} ms (${((gc.ms / totalMs) * 100).toFixed(1)}% of the time)`,
  "",
  "self time by function:",
  ...top(self, 20).map(([k, ms]) => `  ${ms.toFixed(0).padStart(7)} ms  ${((ms / totalMs) * 100).toFixed(1).padStart(5)}%  ${k}`),
  "",
  `allocated: ${(bytes / heapClaims).toFixed(0)} bytes per claim (sampled), by function:`,
  ...top(allocated, 12).map(([k, b]) => `  ${(b / heapClaims).toFixed(1).padStart(7)} B/claim  ${k}`),
];
process.stdout.write(out.join("\n") + "\n");
if (values.out) writeFileSync(values.out, JSON.stringify(profile));

/** Runs the claim loop over the workload for about `s` seconds; returns the claims evaluated. */
function repeat(s: number): number {
  let claims = 0;
  const until = performance.now() + s * 1000;
  while (performance.now() < until) {
    runCompiled(mod, w, false);
    claims += w.claims;
  }
  return claims;
}

// By function and file: under tsx the profiler's line numbers are those of the compiled JavaScript.
function frame(n: ProfileNode): string {
  const f = n.callFrame;
  const file = f.url.replace(/^.*\/(runtime|generated|bench|node_modules)\//, "$1/");
  return `${f.functionName || "(anonymous)"}${file ? ` ${file}` : ""}`;
}

function top(m: Map<string, number>, n: number): [string, number][] {
  return [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
}
