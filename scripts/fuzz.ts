// `npm run fuzz [-- --count N] [--seed S] [--from I] [--workers W]`: the fuzz suite of test/fuzz/ at any size.
// Inputs are split among worker processes (each recycled after a few thousand inputs, since every emitted
// module it loads stays loaded); a worker silent for a minute is stopped and its input counted as a hang.
// Prints the figures (inputs, crashes, hangs over 2 s, unlocated diagnostics, time) and every finding with the
// command that replays it; exits 1 on any finding.
import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { createInterface } from "node:readline";
import type { Outcome } from "../test/fuzz/harness.js";

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ""), process.argv[i + 1] ?? "");
const count = Number(args.get("count") ?? 10_000);
const seed = Number(args.get("seed") ?? 1);
const from = Number(args.get("from") ?? 0);
const workers = Math.max(1, Number(args.get("workers") ?? Math.min(2, availableParallelism())));
if (![count, seed, from, workers].every(Number.isSafeInteger)) {
  process.stderr.write("usage: npm run fuzz -- [--count N] [--seed S] [--from I] [--workers W]\n");
  process.exit(2);
}

const PER_PROCESS = 5000;
const SILENCE_MS = 60_000;
const worker = fileURLToPath(new URL("../test/fuzz/worker.ts", import.meta.url));

const outcomes: Outcome[] = [];
const findings: Outcome[] = [];
const started = performance.now();
const end = from + count;
let next = from;

/** Runs [start, stop) in one process; an input that never ends is a finding, and the rest run in a new one. */
function run(start: number, stop: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", worker, String(seed), String(start), String(stop)], { stdio: ["ignore", "pipe", "inherit"] });
    let at = start;
    let timer: NodeJS.Timeout | undefined;
    const watch = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        findings.push({
          input: at,
          target: "rule file",
          from: "?",
          ms: SILENCE_MS,
          exit: -1,
          problem: { kind: "slow", detail: `no result after ${SILENCE_MS / 1000} s: stopped` },
        });
        outcomes.push(findings[findings.length - 1]!);
        child.kill("SIGKILL");
      }, SILENCE_MS);
    };
    watch();
    createInterface({ input: child.stdout! }).on("line", (line) => {
      watch();
      const o = JSON.parse(line) as Outcome | { ready: true };
      if ("ready" in o) return;
      outcomes.push(o);
      if (o.problem) findings.push(o);
      at = o.input + 1;
      if (outcomes.length % 1000 === 0)
        process.stderr.write(`${outcomes.length} inputs, ${findings.length} findings, ${Math.round((performance.now() - started) / 1000)} s\n`);
    });
    child.on("exit", () => {
      clearTimeout(timer);
      // a worker that stopped early (killed, or crashed outside an input) leaves the rest to a new one
      resolve(at < stop ? run(at === start && outcomes.every((o) => o.input !== at) ? at + 1 : at, stop) : undefined);
    });
  });
}

async function lane(): Promise<void> {
  while (next < end) {
    const start = next;
    next = Math.min(end, next + PER_PROCESS);
    await run(start, next);
  }
}

await Promise.all(Array.from({ length: workers }, lane));
const seconds = Math.round((performance.now() - started) / 1000);
const of = (kind: string) => findings.filter((o) => o.problem!.kind === kind).length;
const rules = outcomes.filter((o) => o.target === "rule file").length;
const slowest = outcomes.reduce((a, b) => (b.ms > a.ms ? b : a), outcomes[0]!);
process.stdout.write(
  [
    `regc fuzz: seed ${seed}, inputs ${from}..${end - 1}: ${outcomes.length} inputs (${rules} rule files, ${outcomes.length - rules} cases; ${outcomes.filter((o) => o.exit === 0).length} accepted, ${outcomes.filter((o) => o.ran).length} mutants emitted and evaluated) in ${seconds} s on ${workers} worker${workers === 1 ? "" : "s"}`,
    `  ${outcomes.filter((o) => o.ruleError).length} evaluations stopped with a run-time error; crashes ${of("crash")}, hangs over 2 s ${of("slow")}, unlocated diagnostics ${of("unlocated")}, run-time errors not naming claim and rule ${of("run-time error not located")}, injected statements ${of("injected statement")}, other exit codes ${of("exit code")}`,
    `  slowest input: ${Math.round(slowest?.ms ?? 0)} ms (#${slowest?.input}, ${slowest?.target} from ${slowest?.from})`,
    ...findings.map(
      (o) =>
        `  #${o.input} ${o.target} from ${o.from}: ${o.problem!.kind}: ${o.problem!.detail.split("\n").slice(0, 6).join(" | ")}\n    replay: npm run fuzz -- --seed ${seed} --from ${o.input} --count 1 --workers 1`,
    ),
  ].join("\n") + "\n",
);
process.exit(findings.length ? 1 : 0);
