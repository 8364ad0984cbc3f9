// Cold start: a new process for `regc --version` and for `regc run` of the 南川 example, against `node -e 0` on
// the same machine at the same moment. The three are run in turn, repetition after repetition (as hyperfine
// would run them, with warm-up runs first), each ratio taken within one repetition, the median kept. regc runs
// as a user runs it: `bin/regc.js`, compiled (dist/), which must be current — the bench times nothing else.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { distCurrent } from "../bin/dist-current.js";
import { median, pairedRatio } from "./measure.js";

export interface ColdStart {
  nodeColdMs: number;
  versionColdMs: number;
  runColdMs: number;
  versionColdVsNode: number;
  runColdVsNode: number;
  coldRepetitions: number;
}

export function coldStart(root: string, repetitions: number): ColdStart {
  if (!distCurrent(pathToFileURL(`${root}/`))) throw new Error("dist/ is missing or older than the sources: run npm run build first");
  const bin = join(root, "bin/regc.js");
  const commands: Record<"node" | "version" | "run", string[]> = {
    node: ["-e", "0"],
    version: [bin, "--version"],
    run: [bin, "run", "南川府办发〔2023〕8号", "--case", join(root, "policies/medical-assistance/examples/nanchuan.json")],
  };
  const once = (args: string[]): number => {
    const start = performance.now();
    const p = spawnSync(process.execPath, args, { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
    const ms = performance.now() - start;
    if (p.status !== 0) throw new Error(`node ${args.join(" ")} exited ${p.status}: ${p.stderr}`);
    return ms;
  };
  for (let i = 0; i < 3; i++) for (const args of Object.values(commands)) once(args);
  const times = { node: [] as number[], version: [] as number[], run: [] as number[] };
  for (let r = 0; r < repetitions; r++) for (const k of ["node", "version", "run"] as const) times[k].push(once(commands[k]));
  // pairedRatio takes rates; a time ratio is the inverse rates' ratio: time(regc) / time(node) = rate(node) / rate(regc).
  const rate = (xs: number[]) => xs.map((ms) => 1000 / ms);
  return {
    nodeColdMs: median(times.node),
    versionColdMs: median(times.version),
    runColdMs: median(times.run),
    versionColdVsNode: pairedRatio(rate(times.node), rate(times.version)),
    runColdVsNode: pairedRatio(rate(times.node), rate(times.run)),
    coldRepetitions: repetitions,
  };
}
