// Builds at scale: `regc build` and `regc check` as a user runs them (a fresh `node bin/regc.js …` in the
// project's folder) on a synthetic project of many policies (policy-corpus.ts). A full build starts from a
// project without generated/ and without node_modules/.cache; the no-change rebuild follows it with nothing
// changed, and the one-change rebuild follows that after one rule file was edited. Wall time of the command,
// its CPU time, and its peak resident memory (child.ts; both with the tsc it runs). `regc check` is run cold
// (its remembered verdict removed from the cache first) and as it runs again on an unchanged project.
import { appendFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { runChild, type ChildRun } from "./child.js";
import { median } from "./measure.js";
import { makeCorpus, type Corpus } from "./policy-corpus.js";
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
  checkColdSeconds: number;
  checkColdCpuSeconds: number;
  checkColdPeakMB: number;
}

export type CheckFigures = Pick<
  ScaleFigures,
  "checkSeconds" | "checkCpuSeconds" | "checkPeakMB" | "checkColdSeconds" | "checkColdCpuSeconds" | "checkColdPeakMB"
>;

type Run = (args: string[], done: RegExp) => ChildRun;

const NO_CHECKS: CheckFigures = {
  checkSeconds: NaN,
  checkCpuSeconds: NaN,
  checkPeakMB: NaN,
  checkColdSeconds: NaN,
  checkColdCpuSeconds: NaN,
  checkColdPeakMB: NaN,
};

const m = (xs: ChildRun[], k: "seconds" | "cpuSeconds" | "peakMB") => median(xs.map((x) => x[k]));

/** `regc check` in a synthetic project of `policies` policies, cold and remembered, without the builds. */
export function checksAtScale(repo: string, policies: number, repetitions: number): CheckFigures & { policies: number; files: number; lines: number } {
  const corpus = makeCorpus(repo, policies);
  try {
    return { policies: corpus.policies, files: corpus.files, lines: corpus.lines, ...checks(corpus.root, runner(repo, corpus), repetitions) };
  } finally {
    corpus.dispose();
  }
}

function runner(repo: string, corpus: Corpus): Run {
  return (args, done) => {
    const r = runChild([join(repo, "bin/regc.js"), ...args], corpus.root);
    if (r.status !== 0 || Number(done.exec(r.stderr + r.stdout)?.[1]) !== corpus.policies) {
      throw new Error(
        `regc ${args.join(" ")} on ${corpus.policies} synthetic policies failed (exit ${r.status ?? "killed"}):\n${(r.stderr + r.stdout).slice(-3000)}`,
      );
    }
    return r;
  };
}

/** Cold: each run after removing the project's cache; then again with the verdict the last one remembered. */
function checks(root: string, run: Run, repetitions: number): CheckFigures {
  const cold = Array.from({ length: repetitions + 1 }, () => {
    rmSync(join(root, "node_modules", ".cache"), { recursive: true, force: true });
    return run(["check"], /checked (\d+) policies/);
  });
  const again = Array.from({ length: repetitions + 1 }, () => run(["check"], /checked (\d+) policies/));
  return {
    checkSeconds: m(again, "seconds"),
    checkCpuSeconds: m(again, "cpuSeconds"),
    checkPeakMB: m(again, "peakMB"),
    checkColdSeconds: m(cold, "seconds"),
    checkColdCpuSeconds: m(cold, "cpuSeconds"),
    checkColdPeakMB: m(cold, "peakMB"),
  };
}

/** With `check: false` (`npm run bench -- --scale`), the builds only: the check figures are NaN. */
export function buildsAtScale(repo: string, policies: number, repetitions: number, check = true): ScaleFigures {
  const corpus = makeCorpus(repo, policies);
  try {
    const run = runner(repo, corpus);
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
      ...(check ? checks(corpus.root, run, repetitions) : NO_CHECKS),
    };
  } finally {
    corpus.dispose();
  }
}
