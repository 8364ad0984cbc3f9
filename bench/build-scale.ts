// Builds at scale: `regc build` and `regc check` as a user runs them (a fresh `node bin/regc.js …` in the
// project's folder) on a synthetic project of many policies (policy-corpus.ts). A full build starts from a
// project without generated/ and without node_modules/.cache; the no-change rebuild follows it with nothing
// changed, and the one-change rebuild follows that after one rule file was edited. Wall time of the command,
// its CPU time, and its peak resident memory (child.ts; both with the tsc it runs).
import { appendFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { runChild, type ChildRun } from "./child.js";
import { median } from "./measure.js";
import { makeCorpus } from "./policy-corpus.js";
import { findPolicyFiles } from "../compiler/program.js";

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
  oneChangeRebuildSeconds: number;
  oneChangeRebuildCpuSeconds: number;
  checkSeconds: number;
  checkCpuSeconds: number;
  checkPeakMB: number;
}

/** With `check: false` (`npm run bench -- --scale`), the builds only: the check figures are NaN. */
export function buildsAtScale(repo: string, policies: number, repetitions: number, check = true): ScaleFigures {
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
    const oneChange: ChildRun[] = [];
    // One rule file edited between two builds, as a person edits one: a line added to a synthetic copy, which
    // changes that policy's version (the content hash its module carries) and nothing else.
    const edited = findPolicyFiles(corpus.root)
      .sort()
      .find((f) => f.includes("/synthetic/"))!;
    for (let i = 0; i < repetitions; i++) {
      rmSync(join(corpus.root, "generated"), { recursive: true, force: true });
      rmSync(join(corpus.root, "node_modules", ".cache"), { recursive: true, force: true });
      full.push(run(["build"], /built (\d+) policies/));
      rebuild.push(run(["build"], /built (\d+) policies/));
      appendFileSync(edited, `// edited ${i + 1}\n`);
      oneChange.push(run(["build"], /built (\d+) policies/));
    }
    const checks = check ? Array.from({ length: repetitions + 1 }, () => run(["check"], /checked (\d+) policies/)) : [];
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
      oneChangeRebuildSeconds: m(oneChange, "seconds"),
      oneChangeRebuildCpuSeconds: m(oneChange, "cpuSeconds"),
      checkSeconds: check ? m(checks, "seconds") : NaN,
      checkCpuSeconds: check ? m(checks, "cpuSeconds") : NaN,
      checkPeakMB: check ? m(checks, "peakMB") : NaN,
    };
  } finally {
    corpus.dispose();
  }
}
