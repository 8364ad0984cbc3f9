// How long `regc check` and `regc build` take on every policy: in-process (the compiler functions, warm) and as
// a user runs them (a fresh `node bin/regc.js …`, which also pays for Node and tsx starting and compiling the
// TypeScript sources on the fly). `regc --help` measures that start-up alone.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { buildProgram } from "../compiler/build/build.js";
import { compileProgram } from "../compiler/program.js";
import { median, timed } from "./measure.js";
import { pathToFileURL } from "node:url";
import { distCurrent } from "../bin/dist-current.js";

export interface CompilerTimes {
  checkSeconds: number;
  buildSeconds: number;
  checkCliSeconds: number;
  buildCliSeconds: number;
  cliStartupSeconds: number;
  policies: number;
  diagnostics: number;
}

export async function compilerTimes(root: string, repetitions: number): Promise<CompilerTimes> {
  let policies = 0;
  let diagnostics = 0;
  const check = await repeat(repetitions, () => {
    const program = compileProgram(root);
    policies = program.units.length;
    diagnostics = program.diagnostics.filter((d) => d.severity === "error").length;
  });
  const build = await repeat(Math.max(1, repetitions - 2), () => buildProgram(compileProgram(root)));
  const cli = (args: string[]) =>
    repeat(Math.max(1, repetitions - 2), () => spawnSync(process.execPath, [join(root, "bin/regc.js"), ...args], { cwd: root, stdio: "ignore" }));
  return {
    checkSeconds: check,
    buildSeconds: build,
    checkCliSeconds: await cli(["check"]),
    // --check does all of build's work (emit, format, type-check) and compares instead of writing.
    buildCliSeconds: await cli(["build", "--check"]),
    cliStartupSeconds: await cli(["--help"]),
    policies,
    diagnostics,
  };
}

/** Median seconds of `n` runs after one warm-up run. */
async function repeat(n: number, fn: () => unknown): Promise<number> {
  await timed(fn);
  const times: number[] = [];
  for (let i = 0; i < n; i++) times.push(await timed(fn));
  return median(times) / 1000;
}

/** A large policy using most of the grammar, declarations repeated under fresh names. */
export function syntheticPolicy(lines: number): string {
  const out = [
    'document "合成〔2024〕1号" {',
    '  title "合成"',
    "  effective 2024-01-01 @ 第一条",
    "}",
    "enum 级别 { 一级, 二级, 三级 }",
    "claim {",
    "  费用: money",
    "  级: 级别",
    "}",
  ];
  for (let i = 1; out.length < lines; i++) {
    out.push(
      `// 第${i}组`,
      `param 起付${i}: money by 级别 @ 第${i}条 {`,
      "  一级: 500元",
      "  二级, 三级: 600元 ruling M2",
      "}",
      `bands 分段${i} @ 第${i}条 { 0元 < x <= 3万元: 53%; 3万元 < x: 63% }`,
      `ledger 限额${i}: cap per year @ 第${i}条 ruling R2 = 2万元`,
      `value 支付${i}: money @ 第${i}条（二） ruling R3 = round(70% * max(0元, claim.费用 - 起付${i}[claim.级])) within 限额${i}`,
      `exception 免${i} on 支付${i} when claim.级 in {一级, 二级} and claim.费用 > 100元 then 0元 @ 第${i}条`,
      `output out${i}: money "输出" @ 第${i}条 = if 支付${i} > 1万元 then 1万元 else 支付${i}`,
    );
  }
  return out.join("\n");
}

// Rule files are held to a size limit (dsl/limits.ts), so the lines are parsed as files of 2,000 lines each
// (about a third of the limit, and still sixteen times the largest real rule file).
const LINES_PER_FILE = 2_000;

/**
 * Lines per second parsed (lexer + parser + AST) over `lines` lines in files of 2,000, median of
 * `repetitions` after a warm-up; also per CPU-second.
 */
export async function parseThroughput(
  root: string,
  lines: number,
  repetitions: number,
): Promise<{ lines: number; linesPerSecond: number; linesPerCpuSecond: number }> {
  // The parser as shipped: compiled into dist/ by npm run build, without esbuild's keepNames, which tsx (the
  // bench's own loader) forces on every closure of the grammar.
  if (!distCurrent(pathToFileURL(`${root}/`))) throw new Error("dist/ is missing or older than the sources: run npm run build first");
  const { parse } = (await import(pathToFileURL(join(root, "dist/dsl/parser.js")).href)) as typeof import("../dsl/parser.js");
  const text = syntheticPolicy(Math.min(lines, LINES_PER_FILE));
  const perFile = text.split("\n").length;
  const files = Math.max(1, Math.round(lines / perFile));
  const first = parse("synthetic.policy", text);
  if (first.diagnostics.length) throw new Error(`the synthetic policy does not parse: ${first.diagnostics[0]!.message}`);
  const cpu: number[] = [];
  const seconds = await repeat(repetitions, () => {
    const before = process.cpuUsage();
    for (let i = 0; i < files; i++) parse(`synthetic-${i}.policy`, text);
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1e6);
  });
  const count = files * perFile;
  // The first CPU time is the warm-up's.
  return { lines: count, linesPerSecond: count / seconds, linesPerCpuSecond: count / median(cpu.slice(1)) };
}
