// Builds at scale: `regc build` and `regc check` as a user runs them (a fresh `node bin/regc.js …` in the
// project's folder) on a synthetic project of many policies (policy-corpus.ts). A full build starts from a
// project without generated/ and without node_modules/.cache; the no-change rebuild follows it with nothing
// changed. Wall time of the command, its CPU time, and its peak resident memory (child.ts).
import { rmSync } from "node:fs";
import { join } from "node:path";
import { runChild, type ChildRun } from "./child.js";
import { median } from "./measure.js";
import { makeCorpus } from "./policy-corpus.js";

export interface ScaleFigures {
  policies: number;
  files: number;
  lines: number;
  fullBuildSeconds: number;
  fullBuildCpuSeconds: number;
  fullBuildPeakMB: number;
  noChangeRebuildSeconds: number;
  noChangeRebuildCpuSeconds: number;
  noChangeRebuildPeakMB: number;
  checkSeconds: number;
  checkCpuSeconds: number;
  checkPeakMB: number;
}

export function buildsAtScale(repo: string, policies: number, repetitions: number): ScaleFigures {
  const corpus = makeCorpus(repo, policies);
  try {
    const run = (args: string[], done: RegExp): ChildRun => {
      const r = runChild([join(repo, "bin/regc.js"), ...args], corpus.root);
      if (r.status !== 0 || Number(done.exec(r.stderr + r.stdout)?.[1]) !== corpus.policies) {
        throw new Error(
          `regc ${args.join(" ")} on ${corpus.policies} synthetic policies failed (exit ${r.status ?? "killed"}):\n${(r.stderr + r.stdout).slice(-3000)}`,
        );
      }
      return r;
    };
    const full: ChildRun[] = [];
    const rebuild: ChildRun[] = [];
    for (let i = 0; i < repetitions; i++) {
      rmSync(join(corpus.root, "generated"), { recursive: true, force: true });
      rmSync(join(corpus.root, "node_modules", ".cache"), { recursive: true, force: true });
      full.push(run(["build"], /built (\d+) policies/));
      rebuild.push(run(["build"], /built (\d+) policies/));
    }
    const check = Array.from({ length: repetitions + 1 }, () => run(["check"], /checked (\d+) policies/));
    const m = (xs: ChildRun[], k: "seconds" | "cpuSeconds" | "peakMB") => median(xs.map((x) => x[k]));
    return {
      policies: corpus.policies,
      files: corpus.files,
      lines: corpus.lines,
      fullBuildSeconds: m(full, "seconds"),
      fullBuildCpuSeconds: m(full, "cpuSeconds"),
      fullBuildPeakMB: m(full, "peakMB"),
      noChangeRebuildSeconds: m(rebuild, "seconds"),
      noChangeRebuildCpuSeconds: m(rebuild, "cpuSeconds"),
      noChangeRebuildPeakMB: m(rebuild, "peakMB"),
      checkSeconds: m(check, "seconds"),
      checkCpuSeconds: m(check, "cpuSeconds"),
      checkPeakMB: m(check, "peakMB"),
    };
  } finally {
    corpus.dispose();
  }
}
