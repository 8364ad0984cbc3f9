// A command run as a user runs it: a fresh Node process, timed by the clock from spawn to exit, with its CPU
// time (user + system, every thread) and peak resident memory printed at exit by a module loaded before it
// with --import. On a machine shared with other work the CPU time moves far less than the clock.
import { spawnSync } from "node:child_process";

export interface ChildRun {
  status: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  cpuSeconds: number;
  peakMB: number;
}

const REPORT = `data:text/javascript,${encodeURIComponent(
  'process.on("exit", () => { const u = process.cpuUsage(); process.stderr.write(`\\nregc-bench cpu-us ${u.user + u.system} peak-kb ${process.resourceUsage().maxRSS}\\n`); });',
)}`;
// A run that never ends must not hold the bench forever.
const TIMEOUT_MS = 20 * 60_000;

/** `node [--import …] <args>` in `cwd`. */
export function runChild(args: readonly string[], cwd: string): ChildRun {
  const start = performance.now();
  const r = spawnSync(process.execPath, ["--import", REPORT, ...args], { cwd, encoding: "utf8", timeout: TIMEOUT_MS, maxBuffer: 1 << 28 });
  const seconds = (performance.now() - start) / 1000;
  const said = /\nregc-bench cpu-us (\d+) peak-kb (\d+)\n/.exec(r.stderr);
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: said ? r.stderr.replace(said[0], "\n") : r.stderr,
    seconds,
    cpuSeconds: said ? Number(said[1]) / 1e6 : NaN,
    peakMB: said ? Number(said[2]) / 1024 : NaN,
  };
}
