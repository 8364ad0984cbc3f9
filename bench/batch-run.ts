// `regc batch` on a million synthetic claims, as a user runs it (a fresh `node bin/regc.js batch …` on all
// cores): wall time, and the peak memory the command reports for its process (main thread and workers); the
// same claims read from JSON Lines and from Parquet (and written to each).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeSyntheticFile } from "./generate.js";

export interface BatchFigures {
  claims: number;
  seconds: number;
  evaluationSeconds: number;
  peakRssMB: number;
  status: string;
}

/** The same claims as JSON Lines in and out, then as Parquet in and out. */
export async function batchRuns(root: string, claims: number, seed: number): Promise<{ jsonLines: BatchFigures; parquet: BatchFigures }> {
  const dir = mkdtempSync(join(tmpdir(), "regc-bench-"));
  try {
    await writeSyntheticFile(join(dir, "claims.jsonl"), { claims, seed });
    await writeSyntheticFile(join(dir, "claims.parquet"), { claims, seed });
    return { jsonLines: batchRun(root, join(dir, "claims.jsonl"), join(dir, "results.jsonl")), parquet: batchRun(root, join(dir, "claims.parquet"), join(dir, "results.parquet")) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function batchRun(root: string, cases: string, out: string): BatchFigures {
  const start = performance.now();
  const run = spawnSync(process.execPath, [join(root, "bin/regc.js"), "batch", "锦政办发〔2022〕16号", "--cases", cases, "--out", out], { cwd: root, encoding: "utf8" });
  const seconds = (performance.now() - start) / 1000;
  const peak = /peak memory: (\d+) MB/.exec(run.stdout);
  const inner = /claims: (\d+) in ([\d.]+) s/.exec(run.stdout);
  if (!peak || !inner) throw new Error(`regc batch did not finish (exit ${run.status}):\n${run.stderr.slice(0, 2000)}`);
  // Exit 1 only says some synthetic cases were invalid; the summary counts them.
  const invalid = /invalid cases: (\d+)/.exec(run.stdout);
  return { claims: Number(inner[1]), seconds, evaluationSeconds: Number(inner[2]), peakRssMB: Number(peak[1]), status: invalid ? `${invalid[1]} invalid cases (exit ${run.status})` : "" };
}
