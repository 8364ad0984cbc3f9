// `regc run` on the compiled modules, in a copy of the whole project: it writes nothing, a rule file changed
// since `regc build` stops it with "run regc build" (exit 1, nothing on stdout), and --rebuild rebuilds.
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { linkRuntime, regc, ROOT, tempDir } from "./regc.js";

const NANCHUAN = "南川府办发〔2023〕8号";
const RULES = "policies/medical-assistance/nanchuan.policy";
const MODULE = "generated/medical-assistance/nanchuan.ts";

function fullCopy(): string {
  const dir = tempDir();
  cpSync(join(ROOT, "policies"), join(dir, "policies"), { recursive: true });
  cpSync(join(ROOT, "generated"), join(dir, "generated"), { recursive: true });
  return linkRuntime(dir);
}

/** Every file of generated/ with its modification time: what a read-only deployment must keep. */
function snapshot(dir: string): string {
  const out: string[] = [];
  const visit = (rel: string) => {
    for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
      if (e.isDirectory()) visit(`${rel}/${e.name}`);
      else out.push(`${rel}/${e.name} ${statSync(join(dir, rel, e.name)).mtimeMs}`);
    }
  };
  visit("generated");
  return out.sort().join("\n");
}

describe("regc run on compiled modules", () => {
  it("runs without writing, stops on a stale module, and rebuilds it only with --rebuild", async () => {
    const dir = fullCopy();
    const example = join(ROOT, "policies/medical-assistance/examples/nanchuan.json");
    const before = snapshot(dir);
    const ok = await regc(["run", NANCHUAN, "--case", example, "--no-trace"], dir);
    expect([ok.code, ok.err]).toEqual([0, ""]);
    // c1: 个人负担 50000 − 30000 − 5000 = 15000; 70% × 15000 = 10500.00; 倾斜 60% × (15000 − 10500 − 3000) = 900.00.
    expect((JSON.parse(ok.out) as { claims: { outputs: unknown }[] }).claims[0]!.outputs).toEqual({ basic: "10500.00", tilted: "900.00", total: "11400.00" });
    // The plan's name, and the rule file's path, find the same module.
    for (const name of ["南川区健全重特大疾病医疗保险和救助制度实施方案", RULES])
      expect((await regc(["run", name, "--case", example, "--no-trace"], dir)).code).toBe(0);
    expect(snapshot(dir)).toBe(before);

    writeFileSync(join(dir, RULES), `// a note\n${readFileSync(join(dir, RULES), "utf8")}`);
    const stale = await regc(["run", NANCHUAN, "--case", example], dir);
    expect(stale.code).toBe(1);
    expect(stale.out).toBe("");
    // the module's inputs are listed, the rule file among them
    expect(stale.err).toMatch(
      new RegExp(`^regc: ${MODULE} is out of date with its rule files \\(.*${RULES}.* changed since the build\\): run regc build, or add --rebuild\n$`),
    );
    const staleZh = await regc(["run", NANCHUAN, "--case", example, "--lang", "zh"], dir);
    expect(staleZh.err).toMatch(
      new RegExp(`^regc: ${MODULE} 与规则文件不一致（.*${RULES}.* 在上次构建后有改动）：请运行 regc build，或给本命令加 --rebuild\n$`),
    );
    expect(snapshot(dir)).toBe(before);

    const rebuilt = await regc(["run", NANCHUAN, "--case", example, "--no-trace", "--rebuild"], dir);
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.err).toBe(`regc: rebuilt ${MODULE} from ${RULES}\n`);
    expect(JSON.parse(rebuilt.out)).toEqual(JSON.parse(ok.out));
  });
});
