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

// The command's own CPU time and peak, and those of the processes it starts (regc build runs tsc): their CPU
// time is what Linux adds up for the children a process has waited for (/proc/self/stat: cutime, cstime, in
// ticks of 1/100 s); their memory is sampled every 20 ms while they run, and the peak counts the command and
// its children at the same moment.
const REPORTER = `
import { readFileSync } from "node:fs";
const kb = (pid) => { try { return Number(/VmRSS:\\s+(\\d+)/.exec(readFileSync("/proc/" + pid + "/status", "utf8"))[1]); } catch { return 0; } };
const children = () => { try { return readFileSync("/proc/self/task/" + process.pid + "/children", "utf8").split(" ").filter(Boolean); } catch { return []; } };
let together = 0;
setInterval(() => { const kids = children(); if (kids.length) together = Math.max(together, kb("self") + kids.reduce((n, p) => n + kb(p), 0)); }, 20).unref();
process.on("exit", () => {
  const u = process.cpuUsage();
  let kidsUs = 0;
  try { const f = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" "); kidsUs = (Number(f[13]) + Number(f[14])) * 1e4; } catch {}
  process.stderr.write("\\nregc-bench cpu-us " + (u.user + u.system + kidsUs) + " peak-kb " + Math.max(process.resourceUsage().maxRSS, together) + "\\n");
});`;
const REPORT = `data:text/javascript,${encodeURIComponent(REPORTER)}`;
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
