// `npm run bench`: how fast regc is, as ratios measured side by side in one run (see bench/README.md).
// Prints a table and writes bench/results.json. `npm run bench -- --quick` is a smaller smoke run;
// `npm run bench -- --site` measures only `regc doc` and updates its figures in results.json; `-- --lsp` the same
// for the language server.
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { policies } from "../generated/index.js";
import type { AnyModule } from "../runtime/evaluate.js";
import { batchRuns } from "./batch-run.js";
import { serveLoad } from "./serve-load.js";
import { compilerTimes, parseThroughput } from "./compiler-timing.js";
import { siteTimes, type SiteTimes } from "./site-timing.js";
import { jinzhou } from "./handwritten/jinzhou.js";
import { lspEditResponse, type LspTimes } from "./lsp-edit.js";
import { nanchuan } from "./handwritten/nanchuan.js";
import { jinzhouEngine, jinzhouRules } from "./json-rules/jinzhou.js";
import { nanchuanEngine, nanchuanRules } from "./json-rules/nanchuan.js";
import { throughput, type PolicyUnderTest, type Throughput } from "./throughput.js";
import { makeCases } from "./workload.js";
import { Mismatch } from "./verify.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SEED = 20_230_607;

const { values: args } = parseArgs({ options: { quick: { type: "boolean", default: false }, site: { type: "boolean", default: false }, lsp: { type: "boolean", default: false } } });
const quick = args.quick === true;
const size = {
  claims: quick ? 20_000 : 200_000,
  jre: quick ? 1_000 : 10_000,
  runCase: quick ? 5_000 : 50_000,
  repetitions: quick ? 3 : 9,
  parseLines: quick ? 20_000 : 100_000,
  batchClaims: quick ? 50_000 : 1_000_000,
  lspEdits: quick ? 10 : 40,
  serveSeconds: quick ? 3 : 10,
  serveLongRequests: quick ? 50_000 : 1_000_000,
  serveLongSeconds: quick ? 30 : 420,
};

async function load(id: keyof typeof policies): Promise<AnyModule> {
  return ((await policies[id]()) as unknown as { policy: AnyModule }).policy;
}

function log(text: string): void {
  process.stderr.write(`${text}\n`);
}

async function main(): Promise<void> {
  const subjects: PolicyUnderTest[] = [
    { key: "南川府办发〔2023〕8号", module: await load("南川府办发〔2023〕8号"), handWritten: nanchuan, engine: nanchuanEngine, rules: nanchuanRules },
    { key: "锦政办发〔2022〕16号", module: await load("锦政办发〔2022〕16号"), handWritten: jinzhou, engine: jinzhouEngine, rules: jinzhouRules },
  ];
  log(`generating ${size.claims} synthetic claims (seed ${SEED})`);
  const cases = makeCases(size.claims, SEED);
  const byPolicy: Record<string, Throughput> = {};
  for (const s of subjects) {
    log(`${s.key}: verifying every variant on the same claims, then ${size.repetitions} interleaved repetitions`);
    byPolicy[s.key] = await throughput(s, cases, { jre: size.jre, runCase: size.runCase }, size.repetitions);
  }
  log("regc check / regc build on every policy");
  const compiler = await compilerTimes(ROOT, quick ? 3 : 5);
  log(`parse throughput on a ${size.parseLines}-line synthetic policy`);
  const parsed = await parseThroughput(size.parseLines, quick ? 3 : 5);
  log(`regc batch on ${size.batchClaims} claims, from JSON Lines and from Parquet`);
  const { jsonLines: batch, parquet } = await batchRuns(ROOT, size.batchClaims, SEED);
  log(`regc serve: /run with trace off and on for ${size.serveSeconds} s each, then ${size.serveLongRequests} requests (at most ${size.serveLongSeconds} s)`);
  const serve = await serveLoad(ROOT, { seconds: size.serveSeconds, longRequests: size.serveLongRequests, longSeconds: size.serveLongSeconds });
  log("regc doc on every policy");
  const site = roundSite(await siteTimes(ROOT, quick ? 3 : 5));
  log("regc lsp: keystrokes in the largest rule file");
  const lsp = lspFigures(await lspEditResponse(ROOT, size.lspEdits));

  const all = Object.values(byPolicy);
  const worst = (f: (t: Throughput) => number, lowest = true) => (lowest ? Math.min(...all.map(f)) : Math.max(...all.map(f)));
  const results = {
    claimsPerSecond: Math.round(worst((t) => t.compiled)),
    vsHandWritten: round(worst((t) => t.vsHandWritten)),
    vsJsonRulesEngine: Math.round(worst((t) => t.vsJsonRulesEngine)),
    traceOverhead: round(worst((t) => t.traceOverhead, false)),
    checkSeconds: round(compiler.checkSeconds, 3),
    buildSeconds: round(compiler.buildSeconds, 3),
    parseLinesPerSecond: Math.round(parsed.linesPerSecond),
    batchPeakRssMB: Math.round(batch.peakRssMB),
    batchSeconds: round(batch.seconds),
    batchEvaluationSeconds: round(batch.evaluationSeconds),
    batchClaims: batch.claims,
    batchParquetSeconds: round(parquet.seconds),
    batchParquetEvaluationSeconds: round(parquet.evaluationSeconds),
    batchParquetPeakRssMB: Math.round(parquet.peakRssMB),
    parquetVsJsonLines: round(batch.evaluationSeconds / parquet.evaluationSeconds),
    serveRequestsPerSecond: Math.round(serve.requestsPerSecond),
    serveP99Ms: serve.p99Ms,
    serveTracedRequestsPerSecond: Math.round(serve.tracedRequestsPerSecond),
    serveTracedP99Ms: serve.tracedP99Ms,
    serveLongRunRequests: serve.longRunRequests,
    serveRssAfterWarmUpMB: serve.rssAfterWarmUpMB,
    serveRssGrowthMB: serve.rssGrowthMB,
    checkCliSeconds: round(compiler.checkCliSeconds),
    buildCliSeconds: round(compiler.buildCliSeconds),
    cliStartupSeconds: round(compiler.cliStartupSeconds),
    parseLines: parsed.lines,
    ...site,
    ...lsp,
    byPolicy: Object.fromEntries(Object.entries(byPolicy).map(([k, t]) => [k, roundAll(t)])),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? "unknown", memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, quick },
    measuredAt: new Date().toISOString(),
  };
  printTable(results, byPolicy, compiler, batch.status);
  writeFileSync(new URL("results.json", import.meta.url), JSON.stringify(results, null, 2) + "\n");
  log("wrote bench/results.json");
}

/** `--site`, `--lsp`: only those figures, written into the results of the last full run. */
async function partialRun(what: "site" | "lsp"): Promise<void> {
  let figures: Record<string, unknown>;
  let rows: [string, string, string][];
  if (what === "site") {
    log("regc doc on every policy");
    const site = roundSite(await siteTimes(ROOT, 5));
    [figures, rows] = [{ ...site }, siteRows(site)];
  } else {
    log("regc lsp: keystrokes in the largest rule file");
    const lsp = lspFigures(await lspEditResponse(ROOT, size.lspEdits));
    [figures, rows] = [{ ...lsp }, lspRows(lsp)];
  }
  const file = new URL("results.json", import.meta.url);
  const results = { ...(JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>), ...figures, [`${what}MeasuredAt`]: new Date().toISOString() };
  process.stdout.write(rows.map(([a, b, t]) => `${a}  ${b}  ${t}`).join("\n") + "\n");
  writeFileSync(file, JSON.stringify(results, null, 2) + "\n");
  log(`updated the ${what} figures in bench/results.json`);
}

function lspFigures(t: LspTimes): { lspEditResponseMs: number; lspHoverAfterEditMs: number; lspFile: string } {
  return { lspEditResponseMs: Math.round(t.editToDiagnosticsMs), lspHoverAfterEditMs: Math.round(t.editToHoverMs), lspFile: t.file };
}

function lspRows(l: ReturnType<typeof lspFigures>): [string, string, string][] {
  return [
    [`regc lsp: keystroke → diagnostics, ${l.lspFile} (ms)`, String(l.lspEditResponseMs), "< 200"],
    ["regc lsp: keystroke + hover → answer (ms)", String(l.lspHoverAfterEditMs), ""],
  ];
}

function roundSite(s: SiteTimes): SiteTimes {
  return { ...s, siteSeconds: round(s.siteSeconds), siteCliSeconds: round(s.siteCliSeconds) };
}

function siteRows(s: SiteTimes): [string, string, string][] {
  return [
    [`regc doc, ${s.siteDocuments} documents, ${s.sitePages} pages, in-process (s)`, s.siteSeconds.toFixed(2), "< 10 s"],
    ["regc doc, CLI wall time (s)", s.siteCliSeconds.toFixed(2), ""],
  ];
}

function round(x: number, digits = 2): number {
  return Number(x.toFixed(digits));
}

function roundAll(t: Throughput): Record<string, number> {
  return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v >= 1000 ? Math.round(v) : round(v)]));
}

type Results = { [k: string]: unknown; claimsPerSecond: number; vsHandWritten: number; vsJsonRulesEngine: number; traceOverhead: number; checkSeconds: number; buildSeconds: number; parseLinesPerSecond: number; batchPeakRssMB: number; batchSeconds: number; batchClaims: number; checkCliSeconds: number; buildCliSeconds: number; cliStartupSeconds: number; lspEditResponseMs: number; lspHoverAfterEditMs: number; lspFile: string };

function printTable(r: Results, byPolicy: Record<string, Throughput>, c: Awaited<ReturnType<typeof compilerTimes>>, batchStatus: string): void {
  const k = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)}M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)}k` : n.toFixed(0));
  const rows: [string, string, string][] = [];
  for (const [key, t] of Object.entries(byPolicy)) {
    rows.push([`${key} compiled, trace off (claims/s, 1 core)`, k(t.compiled), "≥ 1M"]);
    rows.push([`${key} hand-written (claims/s)`, k(t.handWritten), ""]);
    rows.push([`${key} hand-written / compiled`, (1 / t.vsHandWritten).toFixed(2) + "×", "≤ 2×"]);
    rows.push([`${key} compiled / json-rules-engine (${k(t.jsonRulesEngine)}/s)`, t.vsJsonRulesEngine.toFixed(0) + "×", "≥ 100×"]);
    rows.push([`${key} trace on: cost (${k(t.traced)}/s)`, t.traceOverhead.toFixed(2) + "×", "≤ 3×"]);
    rows.push([`${key} runCase from JSON (claims/s)`, k(t.runCase), ""]);
  }
  rows.push([`regc check, ${c.policies} policies, in-process (s)`, r.checkSeconds.toFixed(3), "< 1 s"]);
  rows.push([`regc check, CLI wall time (s; start-up ${r.cliStartupSeconds.toFixed(2)} s)`, r.checkCliSeconds.toFixed(2), ""]);
  rows.push(["regc build (emit + prettier + tsc), in-process (s)", r.buildSeconds.toFixed(2), "< 10 s"]);
  rows.push(["regc build --check, CLI wall time (s)", r.buildCliSeconds.toFixed(2), ""]);
  rows.push([`parse (lines/s, ${r.parseLines as number} lines)`, k(r.parseLinesPerSecond), ""]);
  rows.push([`regc batch ${k(r.batchClaims)} claims, all cores, wall (s)`, r.batchSeconds.toFixed(2), "< 10 s"]);
  rows.push(["  of which reading, evaluating, writing (s)", (r.batchEvaluationSeconds as number).toFixed(2), ""]);
  rows.push(["regc batch peak RSS (MB)", String(r.batchPeakRssMB), "< 500"]);
  rows.push(["regc batch from and to Parquet, wall (s)", (r.batchParquetSeconds as number).toFixed(2), ""]);
  rows.push(["  Parquet ÷ JSON Lines throughput (reading, evaluating, writing)", `${(r.parquetVsJsonLines as number).toFixed(2)}×`, ""]);
  rows.push(["  peak RSS (MB)", String(r.batchParquetPeakRssMB), ""]);
  rows.push([`regc serve POST /run, trace off (requests/s; p99 ${r.serveP99Ms as number} ms)`, k(r.serveRequestsPerSecond as number), ""]);
  rows.push([`regc serve POST /run, trace on (requests/s; p99 ${r.serveTracedP99Ms as number} ms)`, k(r.serveTracedRequestsPerSecond as number), ""]);
  rows.push([`regc serve RSS growth over ${k(r.serveLongRunRequests as number)} requests (MB, from ${r.serveRssAfterWarmUpMB as number})`, String(r.serveRssGrowthMB), "≈ 0"]);
  rows.push(...siteRows(r as unknown as SiteTimes));
  rows.push(...lspRows(r));
  const w = Math.max(...rows.map((x) => x[0].length));
  process.stdout.write(rows.map(([a, b, t]) => `${a.padEnd(w)}  ${b.padStart(9)}  ${t}`).join("\n") + "\n");
  if (c.diagnostics) process.stdout.write(`note: the policies have ${c.diagnostics} error diagnostics\n`);
  if (batchStatus) process.stdout.write(`batch: ${batchStatus}\n`);
}

try {
  await (args.site ? partialRun("site") : args.lsp ? partialRun("lsp") : main());
} catch (e) {
  if (e instanceof Mismatch) {
    process.stderr.write(`bench: the variants disagree, nothing was timed:\n${e.message}\n`);
    process.exitCode = 1;
  } else throw e;
}
