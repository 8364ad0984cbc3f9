// `regc serve` under load, as a deployment runs it (`node bin/regc.js serve` in a process of its own) and
// driven by autocannon on localhost: requests per second and p99 latency of POST /run with the 南川 example
// case, trace off and on; then a long run (1,000,000 requests, or until a time bound) after which the server's
// resident memory is compared with its memory after warm-up. Every response must be a 200.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import autocannon from "autocannon";

export interface ServeFigures {
  requestsPerSecond: number;
  p99Ms: number;
  tracedRequestsPerSecond: number;
  tracedP99Ms: number;
  /** Requests of the long run, and the server's RSS after warm-up and after it. */
  longRunRequests: number;
  rssAfterWarmUpMB: number;
  rssAfterLongRunMB: number;
  rssGrowthMB: number;
}

export interface ServeLoadSizes {
  /** Seconds of each measured run (trace off, trace on). */
  seconds: number;
  /** Requests of the long run, and the most seconds it may take. */
  longRequests: number;
  longSeconds: number;
}

const POLICY = "南川府办发〔2023〕8号";
const CONNECTIONS = 16;

export async function serveLoad(root: string, sizes: ServeLoadSizes): Promise<ServeFigures> {
  const body = readFileSync(join(root, "policies/medical-assistance/examples/nanchuan.json"), "utf8");
  const { child, base } = await startServer(root);
  try {
    const run = (trace: boolean, options: { duration?: number; amount?: number }) =>
      load(`${base}/run/${encodeURIComponent(POLICY)}?trace=${trace}`, body, options);
    await run(false, { duration: Math.min(5, sizes.seconds) });
    await run(true, { duration: Math.min(3, sizes.seconds) });
    const plain = await run(false, { duration: sizes.seconds });
    const traced = await run(true, { duration: sizes.seconds });
    const before = rssMB(child.pid!);
    const long = await run(false, { amount: sizes.longRequests, duration: sizes.longSeconds });
    const after = rssMB(child.pid!);
    return {
      requestsPerSecond: plain.requests.average,
      p99Ms: plain.latency.p99,
      tracedRequestsPerSecond: traced.requests.average,
      tracedP99Ms: traced.latency.p99,
      longRunRequests: long["2xx"],
      rssAfterWarmUpMB: before,
      rssAfterLongRunMB: after,
      rssGrowthMB: after - before,
    };
  } finally {
    child.kill("SIGTERM");
  }
}

/** One autocannon run; `amount` ends it after that many requests, `duration` (seconds) in any case. */
async function load(url: string, body: string, options: { duration?: number; amount?: number }): Promise<autocannon.Result> {
  const instance = autocannon({
    url,
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    connections: CONNECTIONS,
    ...(options.amount ? { amount: options.amount } : { duration: options.duration ?? 10 }),
  });
  // autocannon's `amount` takes precedence over `duration`: the time bound is kept here.
  const bound = options.amount && options.duration ? setTimeout(() => (instance as unknown as { stop(): void }).stop(), options.duration * 1000) : undefined;
  const result = await instance;
  if (bound) clearTimeout(bound);
  if (result.non2xx || result.errors)
    throw new Error(`regc serve answered ${result.non2xx} requests with an error status and ${result.errors} failed (${url})`);
  return result;
}

async function startServer(root: string): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, [join(root, "bin/regc.js"), "serve", "--port", "0"], { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
  let err = "";
  const base = await new Promise<string>((resolve, reject) => {
    child.stderr!.on("data", (d: Buffer) => {
      err += d.toString();
      // The start line is in the command line's language: `listening on http://…` or `监听 http://…（…`.
      const found = /(http:\/\/[^\s（(]+)/.exec(err);
      if (found) resolve(found[1]!);
    });
    child.once("exit", (code) => reject(new Error(`regc serve exited (${code}):\n${err}`)));
  });
  return { child, base };
}

/** The resident memory of a process, in MB (ps reports KiB). */
function rssMB(pid: number): number {
  const kib = Number(spawnSync("ps", ["-o", "rss=", "-p", String(pid)], { encoding: "utf8" }).stdout.trim());
  return Math.round(kib / 1024);
}
