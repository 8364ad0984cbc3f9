// End-to-end batch at the JSON limit: `regc batch` on a binding synthetic claim file, as a user runs it (a fresh
// `node bin/regc.js batch …` on all cores), against the plain JSON pipeline (json-pipeline.ts: the same file,
// the same reading, the same number of worker threads, JSON.parse and JSON.stringify and nothing else), in
// interleaved repetitions. Each side's time is its own count from opening the file to the last byte written;
// the CPU time of each process (every thread, start-up included) is kept too (child.ts). Then the same claims
// once from Parquet to Parquet.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { distCurrent } from "../bin/dist-current.js";
import { runChild } from "./child.js";
import { writeSyntheticFile } from "./generate.js";
import { median, pairedRatio } from "./measure.js";

export interface BatchFigures {
  claims: number;
  /** Wall time of the command (start-up, the policy's check or its cached verdict, the run). */
  seconds: number;
  /** Reading, evaluating and writing, as the command counts it. */
  evaluationSeconds: number;
  pipelineSeconds: number;
  /** regc batch throughput ÷ the plain pipeline's, paired per repetition. */
  vsJsonPipeline: number;
  /** CPU seconds of each process, and the pipeline's ÷ the batch's, paired. */
  cpuSeconds: number;
  pipelineCpuSeconds: number;
  cpuVsJsonPipeline: number;
  peakRssMB: number;
  pipelinePeakRssMB: number;
  status: string;
  /** `regc batch` from and to Parquet on the same claims (not measured by `npm run bench -- --batch`). */
  parquet?: { seconds: number; evaluationSeconds: number; peakRssMB: number };
}

const POLICY = "锦政办发〔2022〕16号";

/** regc must run compiled: with dist/ older than the sources bin/regc.js runs its main thread through tsx. */
export function requireCurrentDist(root: string): void {
  if (!distCurrent(pathToFileURL(`${root}/`))) throw new Error("dist/ is missing or older than the sources: run npm run build first");
}

export async function batchVsPipeline(root: string, claims: number, seed: number, repetitions: number, withParquet = true): Promise<BatchFigures> {
  requireCurrentDist(root);
  const dir = mkdtempSync(join(tmpdir(), "regc-bench-"));
  try {
    const cases = join(dir, "claims.jsonl");
    await writeSyntheticFile(cases, { claims, seed, profile: "binding" });
    // The first run checks the policy and bundles the workers (kept in node_modules/.cache/regc); not counted.
    const warm = join(dir, "warm.jsonl");
    await writeSyntheticFile(warm, { claims: 1000, seed, profile: "binding" });
    batch(root, warm, dir, "results.jsonl");
    const runs: { batch: ReturnType<typeof batch>; pipeline: ReturnType<typeof pipeline> }[] = [];
    for (let i = 0; i < repetitions; i++) runs.push({ batch: batch(root, cases, dir, "results.jsonl"), pipeline: pipeline(root, cases, dir) });
    const last = runs[runs.length - 1]!.batch;
    let parquet: ReturnType<typeof batch> | undefined;
    if (withParquet) {
      const parquetCases = join(dir, "claims.parquet");
      await writeSyntheticFile(parquetCases, { claims, seed, profile: "binding" });
      parquet = batch(root, parquetCases, dir, "results.parquet");
    }
    return {
      claims: last.claims,
      seconds: median(runs.map((r) => r.batch.seconds)),
      evaluationSeconds: median(runs.map((r) => r.batch.evaluationSeconds)),
      pipelineSeconds: median(runs.map((r) => r.pipeline.seconds)),
      vsJsonPipeline: pairedRatio(
        runs.map((r) => 1 / r.batch.evaluationSeconds),
        runs.map((r) => 1 / r.pipeline.seconds),
      ),
      cpuSeconds: median(runs.map((r) => r.batch.cpuSeconds)),
      pipelineCpuSeconds: median(runs.map((r) => r.pipeline.cpuSeconds)),
      cpuVsJsonPipeline: pairedRatio(
        runs.map((r) => 1 / r.batch.cpuSeconds),
        runs.map((r) => 1 / r.pipeline.cpuSeconds),
      ),
      peakRssMB: median(runs.map((r) => r.batch.peakRssMB)),
      pipelinePeakRssMB: median(runs.map((r) => r.pipeline.peakRssMB)),
      status: last.status,
      ...(parquet ? { parquet: { seconds: parquet.seconds, evaluationSeconds: parquet.evaluationSeconds, peakRssMB: parquet.peakRssMB } } : {}),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function batch(
  root: string,
  cases: string,
  dir: string,
  out: string,
): { claims: number; seconds: number; evaluationSeconds: number; cpuSeconds: number; peakRssMB: number; status: string } {
  const run = runChild([join(root, "bin/regc.js"), "batch", POLICY, "--cases", cases, "--out", join(dir, out)], root);
  const peak = /peak memory: (\d+) MB/.exec(run.stdout);
  // `claims: N in S s (R claims/s)`: the rate has more digits than the rounded seconds.
  const inner = /claims: (\d+) in [\d.]+ s \((\d+) claims\/s\)/.exec(run.stdout);
  if (!peak || !inner) throw new Error(`regc batch did not finish (exit ${run.status}):\n${run.stderr.slice(0, 2000)}`);
  // Exit 1 only says some synthetic cases were invalid; the summary counts them.
  const invalid = /invalid cases: (\d+)/.exec(run.stdout);
  const claims = Number(inner[1]);
  return {
    claims,
    seconds: run.seconds,
    evaluationSeconds: claims / Number(inner[2]),
    cpuSeconds: run.cpuSeconds,
    peakRssMB: Number(peak[1]),
    status: invalid ? `${invalid[1]} invalid cases (exit ${run.status})` : "",
  };
}

function pipeline(root: string, cases: string, dir: string): { seconds: number; cpuSeconds: number; peakRssMB: number } {
  const run = runChild(["--import", "tsx", join(root, "bench/json-pipeline.ts"), "--cases", cases, "--out", join(dir, "plain.jsonl")], root);
  const inner = /lines: \d+ in ([\d.]+) s/.exec(run.stdout);
  const peak = /peak memory: (\d+) MB/.exec(run.stdout);
  if (!inner || !peak) throw new Error(`the JSON pipeline did not finish (exit ${run.status}):\n${run.stderr.slice(0, 2000)}`);
  return { seconds: Number(inner[1]), cpuSeconds: run.cpuSeconds, peakRssMB: Number(peak[1]) };
}
