// `npm run bench`: how fast regc is, as ratios measured side by side in one run (see bench/README.md).
// Prints a table and writes bench/results.json. `npm run bench -- --quick` is a smaller smoke run;
// `npm run bench -- --site` measures only `regc doc` and updates its figures in results.json; `-- --lsp` the same
// for the language server, `-- --cold` for the cold start of `regc --version` and `regc run`; `-- --throughput` and
// `-- --batch` measure the evaluation figures alone (see evaluationRun), `-- --scale` the builds of the synthetic
// 1,000 policies (not their check), `-- --check` their check (cold and again), `-- --parse` the parser's throughput.
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { policies } from "../generated/index.js";
import { outcomeColumns, type AnyModule } from "../runtime/evaluate.js";
import { agreement, type Agreement } from "./agreement.js";
import { batchVsPipeline, requireCurrentDist } from "./batch-run.js";
import { buildsAtScale, checksAtScale, type CheckFigures } from "./build-scale.js";
import { serveLoad } from "./serve-load.js";
import { compilerTimes, parseThroughput } from "./compiler-timing.js";
import { coldStart, type ColdStart } from "./cold-start.js";
import { columns } from "./fastest/columns.js";
import { jinzhouFastest } from "./fastest/jinzhou.js";
import { nanchuanFastest } from "./fastest/nanchuan.js";
import { jinzhou } from "./handwritten/jinzhou.js";
import { nanchuan } from "./handwritten/nanchuan.js";
import { jinzhouEngine, jinzhouRules } from "./json-rules/jinzhou.js";
import { nanchuanEngine, nanchuanRules } from "./json-rules/nanchuan.js";
import { interleaved, median, pairedRatio } from "./measure.js";
import { lspEditResponse, type LspTimes } from "./lsp-edit.js";
import { siteTimes, type SiteTimes } from "./site-timing.js";
import { runCompiled, throughput, type PolicyUnderTest, type Throughput } from "./throughput.js";
import { Mismatch } from "./verify.js";
import { asPlain, convertFor, makeCases, runFastest, SEED, workloadStats, type WorkloadStats } from "./workload.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

const { values: args } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    site: { type: "boolean", default: false },
    lsp: { type: "boolean", default: false },
    cold: { type: "boolean", default: false },
    scale: { type: "boolean", default: false },
    throughput: { type: "boolean", default: false },
    batch: { type: "boolean", default: false },
    parse: { type: "boolean", default: false },
    check: { type: "boolean", default: false },
  },
});
const quick = args.quick === true;
const size = {
  claims: quick ? 20_000 : 200_000,
  jre: quick ? 1_000 : 10_000,
  runCase: quick ? 5_000 : 50_000,
  repetitions: quick ? 3 : 15,
  agreement: quick ? 100_000 : 1_000_000,
  parseLines: quick ? 20_000 : 100_000,
  batchClaims: quick ? 50_000 : 1_000_000,
  batchRepetitions: quick ? 1 : 3,
  policies: quick ? 100 : 1_000,
  buildRepetitions: quick ? 1 : 2,
  lspEdits: quick ? 10 : 40,
  serveSeconds: quick ? 3 : 10,
  serveLongRequests: quick ? 50_000 : 1_000_000,
  serveLongSeconds: quick ? 30 : 420,
  coldRepetitions: quick ? 5 : 20,
};

async function load(id: keyof typeof policies): Promise<AnyModule> {
  return ((await policies[id]()) as unknown as { policy: AnyModule }).policy;
}

function log(text: string): void {
  process.stderr.write(`${text}\n`);
}

/** The typical (non-binding) workload, for comparison: compiled against both hand-written evaluators. */
interface Typical {
  compiled: number;
  fastest: number;
  vsFastestHandWritten: number;
  vsIdiomaticHandWritten: number;
  cpuVsFastestHandWritten: number;
  cpuVsIdiomaticHandWritten: number;
}

async function subjectsUnderTest(): Promise<PolicyUnderTest[]> {
  return [
    {
      key: "南川府办发〔2023〕8号",
      module: await load("南川府办发〔2023〕8号"),
      fastest: nanchuanFastest,
      handWritten: nanchuan,
      engine: nanchuanEngine,
      rules: nanchuanRules,
    },
    {
      key: "锦政办发〔2022〕16号",
      module: await load("锦政办发〔2022〕16号"),
      fastest: jinzhouFastest,
      handWritten: jinzhou,
      engine: jinzhouEngine,
      rules: jinzhouRules,
    },
  ];
}

/** The agreement on a million binding claims, then each policy's single-core figures on the binding workload. */
async function bindingThroughput(
  subjects: PolicyUnderTest[],
): Promise<{ agreed: Map<string, Agreement>; byPolicy: Record<string, Throughput>; stats: Record<string, WorkloadStats> }> {
  log(`agreement of the compiled module and both hand-written evaluators on ${size.agreement} binding claims (seed ${SEED})`);
  const agreed = agreement(subjects, size.agreement, SEED);
  log(`generating ${size.claims} synthetic claims of the binding workload`);
  const cases = makeCases(size.claims, SEED, "binding");
  const byPolicy: Record<string, Throughput> = {};
  const stats: Record<string, WorkloadStats> = {};
  for (const s of subjects) {
    log(`${s.key}: verifying every variant on the same claims, then ${size.repetitions} interleaved repetitions`);
    const w = convertFor(s.module, cases);
    byPolicy[s.key] = await throughput(s, w, { jre: size.jre, runCase: size.runCase }, size.repetitions);
    stats[s.key] = workloadStats(w, s.fastest);
  }
  return { agreed, byPolicy, stats };
}

async function main(): Promise<void> {
  // The batch and the cold start run regc compiled: said now rather than after the parts before them.
  requireCurrentDist(ROOT);
  const loadAtStart = loadavg()[0]!;
  const subjects = await subjectsUnderTest();
  const { agreed, byPolicy, stats } = await bindingThroughput(subjects);
  log(`the typical workload (${size.claims} claims), compiled against the hand-written evaluators`);
  const typicalCases = makeCases(size.claims, SEED, "typical");
  const typical: Record<string, Typical> = {};
  for (const s of subjects) typical[s.key] = await typicalThroughput(s, typicalCases, Math.max(3, size.repetitions - 4));
  log("regc check / regc build on every policy");
  const compiler = await compilerTimes(ROOT, quick ? 3 : 5);
  log(`parse throughput on ${size.parseLines} lines of synthetic policy`);
  const parsed = await parseThroughput(ROOT, size.parseLines, quick ? 3 : 5);
  log(`regc build and check on ${size.policies} synthetic policies (${size.buildRepetitions}× full build + no-change rebuild)`);
  const scale = buildsAtScale(ROOT, size.policies, size.buildRepetitions);
  log(`regc batch against the plain JSON pipeline on ${size.batchClaims} binding claims, ${size.batchRepetitions}× each`);
  const batch = await batchVsPipeline(ROOT, size.batchClaims, SEED, size.batchRepetitions);
  log(`regc serve: /run with trace off and on for ${size.serveSeconds} s each, then ${size.serveLongRequests} requests (at most ${size.serveLongSeconds} s)`);
  const serve = await serveLoad(ROOT, { seconds: size.serveSeconds, longRequests: size.serveLongRequests, longSeconds: size.serveLongSeconds });
  log("regc doc on every policy");
  const site = roundSite(await siteTimes(ROOT, quick ? 3 : 5));
  log("regc lsp: keystrokes in the largest rule file");
  const lsp = lspFigures(await lspEditResponse(ROOT, size.lspEdits));
  log(`cold start: node -e 0, regc --version, regc run, ${size.coldRepetitions} repetitions`);
  const cold = coldFigures(coldStart(ROOT, size.coldRepetitions));

  const all = Object.values(byPolicy);
  const worst = (f: (t: Throughput) => number, lowest = true) => (lowest ? Math.min(...all.map(f)) : Math.max(...all.map(f)));
  const results = {
    claimsPerSecond: Math.round(worst((t) => t.compiled)),
    vsFastestHandWritten: round(worst((t) => t.vsFastestHandWritten)),
    vsIdiomaticHandWritten: round(worst((t) => t.vsIdiomaticHandWritten)),
    vsJsonRulesEngine: Math.round(worst((t) => t.vsJsonRulesEngine)),
    traceOverhead: round(worst((t) => t.traceOverhead, false)),
    capsBindShare: round(Math.min(...Object.values(stats).map((s) => s.capsBindShare)), 3),
    multiCategoryPeopleShare: round(Object.values(stats)[0]!.multiCategoryPeopleShare, 3),
    batchVsJsonPipeline: round(batch.vsJsonPipeline),
    batchVsJsonPipelineCpu: round(batch.cpuVsJsonPipeline),
    fullBuild1000Seconds: round(scale.fullBuildSeconds),
    fullBuild1000PeakMB: Math.round(scale.fullBuildPeakMB),
    fullBuild1000CpuSeconds: round(scale.fullBuildCpuSeconds),
    noChangeRebuildSeconds: round(scale.noChangeRebuildSeconds),
    oneChangeRebuildSeconds: round(scale.oneChangeRebuildSeconds),
    ...checkKeys(scale),
    ...parseKeys(parsed),
    verifiedClaims: Math.min(...[...agreed.values()].map((a) => a.claims)),
    checkSeconds: round(compiler.checkSeconds, 3),
    buildSeconds: round(compiler.buildSeconds, 3),
    checkCliSeconds: round(compiler.checkCliSeconds),
    buildCliSeconds: round(compiler.buildCliSeconds),
    cliStartupSeconds: round(compiler.cliStartupSeconds),
    batchClaims: batch.claims,
    batchSeconds: round(batch.seconds),
    batchEvaluationSeconds: round(batch.evaluationSeconds),
    jsonPipelineSeconds: round(batch.pipelineSeconds),
    batchPeakRssMB: Math.round(batch.peakRssMB),
    jsonPipelinePeakRssMB: Math.round(batch.pipelinePeakRssMB),
    batchCpuSeconds: round(batch.cpuSeconds),
    jsonPipelineCpuSeconds: round(batch.pipelineCpuSeconds),
    batchParquetSeconds: round(batch.parquet!.seconds),
    batchParquetEvaluationSeconds: round(batch.parquet!.evaluationSeconds),
    batchParquetPeakRssMB: Math.round(batch.parquet!.peakRssMB),
    parquetVsJsonLines: round(batch.evaluationSeconds / batch.parquet!.evaluationSeconds),
    serveRequestsPerSecond: Math.round(serve.requestsPerSecond),
    serveP99Ms: serve.p99Ms,
    serveTracedRequestsPerSecond: Math.round(serve.tracedRequestsPerSecond),
    serveTracedP99Ms: serve.tracedP99Ms,
    serveLongRunRequests: serve.longRunRequests,
    serveRssAfterWarmUpMB: serve.rssAfterWarmUpMB,
    serveRssGrowthMB: serve.rssGrowthMB,
    ...site,
    ...lsp,
    ...cold,
    workload: {
      profile: "binding",
      seed: SEED,
      claims: size.claims,
      people: Object.values(stats)[0]!.people,
      byPolicy: Object.fromEntries(Object.entries(stats).map(([k, s]) => [k, roundAll({ ...s })])),
    },
    byPolicy: Object.fromEntries(Object.entries(byPolicy).map(([k, t]) => [k, { ...roundAll({ ...t }), resultsDigest: agreed.get(k)!.digest }])),
    typicalWorkload: Object.fromEntries(Object.entries(typical).map(([k, t]) => [k, roundAll({ ...t })])),
    scale: { ...roundAll({ ...scale }), buildRepetitions: size.buildRepetitions },
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? "unknown",
      memoryGB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      loadAverage: { start: round(loadAtStart), end: round(loadavg()[0]!) },
      quick,
    },
    measuredAt: new Date().toISOString(),
  };
  printTable(results as unknown as Results, byPolicy, typical, stats, scale, compiler.policies, batch.status);
  if (compiler.diagnostics) process.stdout.write(`note: the policies have ${compiler.diagnostics} error diagnostics\n`);
  writeFileSync(new URL("results.json", import.meta.url), JSON.stringify(results, null, 2) + "\n");
  log("wrote bench/results.json");
}

/**
 * `--throughput` and/or `--batch`: the evaluation figures alone, in one run — the agreement on a million claims
 * and the single-core ratios, and/or regc batch against the plain JSON pipeline — written into the results of
 * the last full run with their own stamps (`throughputMeasuredAt`, `batchMeasuredAt`).
 */
async function evaluationRun(parts: { throughput: boolean; batch: boolean }): Promise<void> {
  const load = { start: round(loadavg()[0]!), end: 0 };
  const figures: Record<string, unknown> = {};
  const stamp = () => new Date().toISOString();
  if (parts.throughput) {
    const { agreed, byPolicy, stats } = await bindingThroughput(await subjectsUnderTest());
    const all = Object.values(byPolicy);
    Object.assign(figures, {
      claimsPerSecond: Math.round(Math.min(...all.map((t) => t.compiled))),
      vsFastestHandWritten: round(Math.min(...all.map((t) => t.vsFastestHandWritten))),
      vsIdiomaticHandWritten: round(Math.min(...all.map((t) => t.vsIdiomaticHandWritten))),
      traceOverhead: round(Math.max(...all.map((t) => t.traceOverhead))),
      capsBindShare: round(Math.min(...Object.values(stats).map((x) => x.capsBindShare)), 3),
      verifiedClaims: Math.min(...[...agreed.values()].map((a) => a.claims)),
      byPolicy: Object.fromEntries(Object.entries(byPolicy).map(([k, t]) => [k, { ...roundAll({ ...t }), resultsDigest: agreed.get(k)!.digest }])),
      throughputMeasuredAt: stamp(),
    });
  }
  if (parts.batch) {
    log(`regc batch against the plain JSON pipeline on ${size.batchClaims} binding claims, ${size.batchRepetitions}× each`);
    const batch = await batchVsPipeline(ROOT, size.batchClaims, SEED, size.batchRepetitions, false);
    Object.assign(figures, {
      batchVsJsonPipeline: round(batch.vsJsonPipeline),
      batchVsJsonPipelineCpu: round(batch.cpuVsJsonPipeline),
      batchSeconds: round(batch.seconds),
      batchEvaluationSeconds: round(batch.evaluationSeconds),
      jsonPipelineSeconds: round(batch.pipelineSeconds),
      batchCpuSeconds: round(batch.cpuSeconds),
      jsonPipelineCpuSeconds: round(batch.pipelineCpuSeconds),
      batchPeakRssMB: Math.round(batch.peakRssMB),
      batchMeasuredAt: stamp(),
    });
  }
  load.end = round(loadavg()[0]!);
  const key = parts.throughput ? "throughputLoadAverage" : "batchLoadAverage";
  figures[key] = load;
  if (parts.throughput && parts.batch) figures.batchLoadAverage = load;
  const file = new URL("results.json", import.meta.url);
  const results = { ...(JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>), ...figures };
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
  writeFileSync(file, JSON.stringify(results, null, 2) + "\n");
  log("updated the evaluation figures in bench/results.json");
}

/** `--site`, `--lsp`, `--cold`, `--scale`, `--parse`, `--check`: only those figures, written into the results of the last full run. */
async function partialRun(what: "site" | "lsp" | "cold" | "scale" | "parse" | "check"): Promise<void> {
  let figures: Record<string, unknown>;
  let rows: [string, string, string][];
  const file = new URL("results.json", import.meta.url);
  const last = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  if (what === "parse") {
    log(`parse throughput on ${size.parseLines} lines of synthetic policy`);
    const parsed = parseKeys(await parseThroughput(ROOT, size.parseLines, 5));
    [figures, rows] = [{ ...parsed }, parseRows(parsed)];
  } else if (what === "check") {
    // A check as a user runs it, compiled: a stale dist/ would measure the sources under tsx.
    requireCurrentDist(ROOT);
    log(`regc check on ${size.policies} synthetic policies, cold and again`);
    const scale = checksAtScale(ROOT, size.policies, size.buildRepetitions);
    const keys = checkKeys(scale);
    [figures, rows] = [{ ...keys }, checkRows(keys, scale.policies)];
  } else if (what === "scale") {
    log(`regc build on ${size.policies} synthetic policies (full, nothing changed, one rule file changed)`);
    const scale = roundAll({ ...buildsAtScale(ROOT, size.policies, size.buildRepetitions, false) });
    const builds = Object.fromEntries(Object.entries(scale).filter(([k]) => !k.startsWith("check")));
    figures = {
      fullBuild1000Seconds: scale.fullBuildSeconds,
      fullBuild1000PeakMB: Math.round(scale.fullBuildPeakMB!),
      fullBuild1000CpuSeconds: scale.fullBuildCpuSeconds,
      noChangeRebuildSeconds: scale.noChangeRebuildSeconds,
      oneChangeRebuildSeconds: scale.oneChangeRebuildSeconds,
      scale: { ...(last.scale as object), ...builds, buildRepetitions: size.buildRepetitions },
    };
    rows = [
      [`regc build, ${scale.policies} synthetic policies, full (s; CPU ${scale.fullBuildCpuSeconds} s)`, String(scale.fullBuildSeconds), "< 10 s"],
      [`regc build, ${scale.policies} synthetic policies, peak (MB)`, String(Math.round(scale.fullBuildPeakMB!)), "< 800"],
      [`nothing changed (s; CPU ${scale.noChangeRebuildCpuSeconds} s)`, String(scale.noChangeRebuildSeconds), "< 1 s"],
      [`one rule file changed (s; CPU ${scale.oneChangeRebuildCpuSeconds} s)`, String(scale.oneChangeRebuildSeconds), ""],
    ];
  } else if (what === "cold") {
    log(`cold start: node -e 0, regc --version, regc run, ${size.coldRepetitions} repetitions`);
    const cold = coldFigures(coldStart(ROOT, size.coldRepetitions));
    [figures, rows] = [{ ...cold }, coldRows(cold)];
  } else if (what === "site") {
    log("regc doc on every policy");
    const site = roundSite(await siteTimes(ROOT, 5));
    [figures, rows] = [{ ...site }, siteRows(site)];
  } else {
    log("regc lsp: keystrokes in the largest rule file");
    const lsp = lspFigures(await lspEditResponse(ROOT, size.lspEdits));
    [figures, rows] = [{ ...lsp }, lspRows(lsp)];
  }
  const results = { ...last, ...figures, [`${what}MeasuredAt`]: new Date().toISOString() };
  process.stdout.write(rows.map(([a, b, t]) => `${a}  ${b}  ${t}`).join("\n") + "\n");
  writeFileSync(file, JSON.stringify(results, null, 2) + "\n");
  log(`updated the ${what} figures in bench/results.json`);
}

function parseKeys(p: Awaited<ReturnType<typeof parseThroughput>>): { parseLinesPerSecond: number; parseLinesPerCpuSecond: number; parseLines: number } {
  return { parseLinesPerSecond: Math.round(p.linesPerSecond), parseLinesPerCpuSecond: Math.round(p.linesPerCpuSecond), parseLines: p.lines };
}

function parseRows(p: ReturnType<typeof parseKeys>): [string, string, string][] {
  return [[`parse (lines/s, ${p.parseLines} lines; per CPU-second ${k(p.parseLinesPerCpuSecond)})`, k(p.parseLinesPerSecond), "≥ 60k"]];
}

function checkKeys(c: CheckFigures) {
  return {
    check1000Seconds: round(c.checkSeconds),
    check1000CpuSeconds: round(c.checkCpuSeconds),
    check1000ColdSeconds: round(c.checkColdSeconds),
    check1000ColdCpuSeconds: round(c.checkColdCpuSeconds),
  };
}

function checkRows(c: ReturnType<typeof checkKeys>, policies: number): [string, string, string][] {
  return [
    [`regc check, ${policies} policies, nothing changed (s; CPU ${c.check1000CpuSeconds.toFixed(2)} s)`, c.check1000Seconds.toFixed(2), "< 1 s"],
    [`regc check, ${policies} policies, cold (s; CPU ${c.check1000ColdCpuSeconds.toFixed(2)} s)`, c.check1000ColdSeconds.toFixed(2), ""],
  ];
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

function coldFigures(c: ColdStart): ColdStart {
  return {
    ...c,
    nodeColdMs: Math.round(c.nodeColdMs),
    versionColdMs: Math.round(c.versionColdMs),
    runColdMs: Math.round(c.runColdMs),
    versionColdVsNode: round(c.versionColdVsNode),
    runColdVsNode: round(c.runColdVsNode),
  };
}

function coldRows(c: ColdStart): [string, string, string][] {
  return [
    [`regc --version ÷ node -e 0, cold (${c.versionColdMs} ms / ${c.nodeColdMs} ms)`, `${c.versionColdVsNode.toFixed(2)}×`, "≤ 3×"],
    [`regc run, 南川 example, ÷ node -e 0, cold (${c.runColdMs} ms)`, `${c.runColdVsNode.toFixed(2)}×`, "≤ 5×"],
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

async function typicalThroughput(s: PolicyUnderTest, cases: ReturnType<typeof makeCases>, repetitions: number): Promise<Typical> {
  const w = convertFor(s.module, cases);
  const out = columns(w.claims);
  const compiledOut = outcomeColumns(s.module, w.claims);
  const rates = await interleaved(
    [
      { name: "compiled", items: w.claims, run: () => runCompiled(s.module, w, false, compiledOut) },
      { name: "fastest", items: w.claims, run: () => runFastest(s.fastest, w, out) },
      { name: "handWritten", items: w.claims, run: () => w.converted.forEach((c) => s.handWritten(asPlain(c).person, asPlain(c).claims)) },
    ],
    repetitions,
  );
  const r = (name: string) => rates.wall.get(name)!;
  const c = (name: string) => rates.cpu.get(name)!;
  return {
    compiled: median(r("compiled")),
    fastest: median(r("fastest")),
    vsFastestHandWritten: pairedRatio(r("compiled"), r("fastest")),
    vsIdiomaticHandWritten: pairedRatio(r("compiled"), r("handWritten")),
    cpuVsFastestHandWritten: pairedRatio(c("compiled"), c("fastest")),
    cpuVsIdiomaticHandWritten: pairedRatio(c("compiled"), c("handWritten")),
  };
}

/** 4170000 → 4.17M, 41000 → 41.0k. */
function k(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(2)}M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)}k` : n.toFixed(0);
}

function round(x: number, digits = 2): number {
  return Number(x.toFixed(digits));
}

function roundAll(t: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v >= 1000 ? Math.round(v) : v < 1 ? round(v, 3) : round(v)]));
}

type Results = Record<string, number> & { byPolicy: unknown };

function printTable(
  r: Results,
  byPolicy: Record<string, Throughput>,
  typical: Record<string, Typical>,
  stats: Record<string, WorkloadStats>,
  scale: ReturnType<typeof buildsAtScale>,
  realPolicies: number,
  batchStatus: string,
): void {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const rows: [string, string, string][] = [];
  for (const [key, t] of Object.entries(byPolicy)) {
    const s = stats[key]!;
    rows.push([`${key} binding workload: claims a cap cuts / ranked (R7)`, `${pct(s.capsBindShare)} / ${pct(s.rankedClaimsShare)}`, "≥ 5% capped"]);
    rows.push([`${key} compiled, trace off (claims/s, 1 core)`, k(t.compiled), "≥ 1M"]);
    rows.push([`${key} fastest hand-written (claims/s)`, k(t.fastest), ""]);
    rows.push([`${key} compiled ÷ fastest hand-written`, t.vsFastestHandWritten.toFixed(2), "≥ 0.67"]);
    rows.push([`${key} compiled ÷ idiomatic hand-written (${k(t.handWritten)}/s)`, t.vsIdiomaticHandWritten.toFixed(2), "≥ 1.0"]);
    rows.push([`${key}   the same two by CPU time`, `${t.cpuVsFastestHandWritten.toFixed(2)} / ${t.cpuVsIdiomaticHandWritten.toFixed(2)}`, ""]);
    rows.push([`${key} compiled / json-rules-engine (${k(t.jsonRulesEngine)}/s)`, t.vsJsonRulesEngine.toFixed(0) + "×", "≥ 100×"]);
    rows.push([`${key} trace on: cost (${k(t.traced)}/s)`, t.traceOverhead.toFixed(2) + "×", "≤ 3×"]);
    rows.push([`${key} runCase from JSON (claims/s)`, k(t.runCase), ""]);
  }
  for (const [key, t] of Object.entries(typical))
    rows.push([
      `${key} typical workload: compiled ÷ fastest / ÷ idiomatic`,
      `${t.vsFastestHandWritten.toFixed(2)} / ${t.vsIdiomaticHandWritten.toFixed(2)}`,
      "",
    ]);
  rows.push(["people holding two or more categories", pct(r.multiCategoryPeopleShare), "≥ 10%"]);
  rows.push(["claims on which all three evaluators agree (each policy)", k(r.verifiedClaims), ""]);
  rows.push([`regc check, ${realPolicies} policies, in-process (s)`, r.checkSeconds.toFixed(3), ""]);
  rows.push([`regc check, CLI wall time (s; start-up ${r.cliStartupSeconds.toFixed(2)} s)`, r.checkCliSeconds.toFixed(2), ""]);
  rows.push(["regc build (emit + layout + tsc), in-process (s)", r.buildSeconds.toFixed(2), ""]);
  rows.push(["regc build --check, CLI wall time (s)", r.buildCliSeconds.toFixed(2), ""]);
  rows.push([
    `regc build, ${scale.policies} synthetic policies, full (s; CPU ${r.fullBuild1000CpuSeconds.toFixed(1)} s)`,
    r.fullBuild1000Seconds.toFixed(1),
    "< 10 s",
  ]);
  rows.push([`regc build, ${scale.policies} synthetic policies, peak (MB)`, String(r.fullBuild1000PeakMB), "< 800"]);
  rows.push([
    `regc build, ${scale.policies} policies, nothing changed (s; CPU ${scale.noChangeRebuildCpuSeconds.toFixed(1)} s)`,
    r.noChangeRebuildSeconds.toFixed(1),
    "< 1 s",
  ]);
  rows.push([
    `regc build, ${scale.policies} policies, one rule file changed (s; CPU ${scale.oneChangeRebuildCpuSeconds.toFixed(1)} s)`,
    r.oneChangeRebuildSeconds.toFixed(1),
    "",
  ]);
  rows.push(...checkRows(r as unknown as ReturnType<typeof checkKeys>, scale.policies));
  rows.push(...parseRows(r as unknown as ReturnType<typeof parseKeys>));
  rows.push([`regc batch ${k(r.batchClaims)} binding claims, all cores, wall (s)`, r.batchSeconds.toFixed(2), "< 10 s"]);
  rows.push([`  reading, evaluating, writing (s; plain JSON pipeline ${r.jsonPipelineSeconds.toFixed(2)} s)`, r.batchEvaluationSeconds.toFixed(2), ""]);
  rows.push(["regc batch ÷ plain JSON pipeline (throughput)", r.batchVsJsonPipeline.toFixed(2), "≥ 0.7"]);
  rows.push(["  the same by CPU time (every thread, start-up included)", r.batchVsJsonPipelineCpu.toFixed(2), ""]);
  rows.push(["regc batch peak RSS (MB)", String(r.batchPeakRssMB), "< 500"]);
  rows.push(["regc batch from and to Parquet, wall (s)", r.batchParquetSeconds.toFixed(2), ""]);
  rows.push(["  Parquet ÷ JSON Lines throughput (reading, evaluating, writing)", `${r.parquetVsJsonLines.toFixed(2)}×`, ""]);
  rows.push(["  peak RSS (MB)", String(r.batchParquetPeakRssMB), ""]);
  rows.push([`regc serve POST /run, trace off (requests/s; p99 ${r.serveP99Ms} ms)`, k(r.serveRequestsPerSecond), ""]);
  rows.push([`regc serve POST /run, trace on (requests/s; p99 ${r.serveTracedP99Ms} ms)`, k(r.serveTracedRequestsPerSecond), ""]);
  rows.push([`regc serve RSS growth over ${k(r.serveLongRunRequests)} requests (MB, from ${r.serveRssAfterWarmUpMB})`, String(r.serveRssGrowthMB), "≈ 0"]);
  rows.push(...siteRows(r as unknown as SiteTimes));
  rows.push(...lspRows(r as unknown as ReturnType<typeof lspFigures>));
  rows.push(...coldRows(r as unknown as ColdStart));
  const w = Math.max(...rows.map((x) => x[0].length));
  process.stdout.write(rows.map(([a, b, t]) => `${a.padEnd(w)}  ${b.padStart(13)}  ${t}`).join("\n") + "\n");
  if (batchStatus) process.stdout.write(`batch: ${batchStatus}\n`);
}

try {
  const part = (["site", "lsp", "cold", "scale", "parse", "check"] as const).find((p) => args[p] === true);
  if (args.throughput || args.batch) await evaluationRun({ throughput: args.throughput === true, batch: args.batch === true });
  else await (part ? partialRun(part) : main());
} catch (e) {
  if (e instanceof Mismatch) {
    process.stderr.write(`bench: the variants disagree, nothing was timed:\n${e.message}\n`);
    process.exitCode = 1;
  } else throw e;
}
