// After some rule files changed, `regc build` emits and type-checks only the policies whose modules change
// (cli/build-cache.ts), and writes exactly what a clean build writes. The project is the Chongqing, Hechuan and
// medical-assistance rule files: 20 + 0 (a document the others repeal) + 17 = 37 policies. The figures below are counted from the files each
// policy's rules are read from (compiler/build/version.ts), listed with each step.
import { appendFileSync, cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildProgram, writeOutput } from "../../compiler/build/build.js";
import { listGenerated } from "../../compiler/build/generated-dir.js";
import { compileProgram } from "../../compiler/program.js";
import { buildCache } from "../../cli/build-cache.js";
import { byCodePoint } from "../../dsl/text-order.js";
import { linkRuntime, ONE_POLICY, regc, ROOT, tempDir } from "./regc.js";

/** What the build says last (a full build first repeats the rule files' warnings). */
const said = async (dir: string): Promise<string> => (await regc(["build"], dir)).err.trimEnd().split("\n").pop()!;

/** A project of the two folders' rule files (no generated/), the runtime copied when `runtime` is "copied". */
function project(runtime: "linked" | "copied" = "linked"): string {
  const dir = tempDir();
  cpSync(join(ROOT, "policies/rulings.yaml"), join(dir, "policies/rulings.yaml"));
  cpSync(join(ROOT, "policies/calendar"), join(dir, "policies/calendar"), { recursive: true });
  for (const folder of ["chongqing", "hechuan", "medical-assistance"])
    cpSync(join(ROOT, "policies", folder), join(dir, "policies", folder), { recursive: true });
  if (runtime === "linked") return linkRuntime(dir);
  cpSync(join(ROOT, "runtime"), join(dir, "runtime"), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module", private: true }) + "\n");
  return dir;
}

/** Every file of generated/, by path. */
const generated = (dir: string): Map<string, string> =>
  new Map(
    listGenerated(dir)
      .sort(byCodePoint)
      .map((p) => [p, readFileSync(join(dir, p), "utf8")]),
  );

const edit = (dir: string, file: string, from: string, to: string) => {
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
};

describe("a build after some rule files changed", () => {
  it("emits only the policies they change, never hides a change, and writes what a clean build writes", async () => {
    const dir = project();
    expect(await said(dir)).toMatch(/^built 37 policies \(37 emitted, 0 unchanged; 39 modules type-checked\): \d+ files written$/);

    // A cited number changed with the gazette text it is checked against (二第二段: 每人每月10元 → 12元). The
    // text is read by the four parts of 渝民〔2020〕238号 (benefits, insurer, loss ratio, premium): each
    // module carries its version, so four are emitted and type-checked, and the four modules are written.
    edit(dir, "policies/chongqing/sources/渝民〔2020〕238号.txt", "每人每月10元", "每人每月12元");
    edit(dir, "policies/chongqing/civil-affairs-insurance-premium.policy", "= 10元", "= 12元");
    expect(await said(dir)).toMatch(/^built 37 policies \(4 emitted, 33 unchanged; 4 modules type-checked\): 5 files written$/);
    expect(readFileSync(join(dir, "generated/chongqing/civil-affairs-insurance-premium.ts"), "utf8")).toContain("12");

    // A comment in one part file: that part alone.
    appendFileSync(join(dir, "policies/chongqing/civil-affairs-insurance-insurer.policy"), "// 注释\n");
    expect(await said(dir)).toMatch(/^built 37 policies \(1 emitted, 36 unchanged; 1 module type-checked\): 2 files written$/);

    // A template (重庆医疗救助 premium subsidy) is built on by the Hechuan and Nanchuan premium subsidies.
    appendFileSync(join(dir, "policies/medical-assistance/chongqing-premium-subsidy.policy"), "// 注释\n");
    expect(await said(dir)).toMatch(/^built 37 policies \(2 emitted, 35 unchanged; 2 modules type-checked\): 3 files written$/);

    // The calendar's data: the eight policies that count working days (excess-grain-shipment, the internal
    // audit's comments, cycle and rectification, low-risk-project-approval; the Hechuan and Nanchuan list
    // deadlines and the Jinzhou report deadline).
    appendFileSync(join(dir, "policies/calendar/2026.yaml"), "# 注释\n");
    expect(await said(dir)).toMatch(/^built 37 policies \(8 emitted, 29 unchanged; 8 modules type-checked\): 9 files written$/);

    // A policy added: index.ts lists it, and as index.ts imports every module, all 38 are type-checked with it
    // and plans.ts (40); the new policy's module, provenance and schema, index.ts and the manifest are written.
    mkdirSync(join(dir, "policies/t"));
    writeFileSync(join(dir, "policies/t/a.policy"), ONE_POLICY);
    expect(await said(dir)).toMatch(/^built 38 policies \(1 emitted, 37 unchanged; 40 modules type-checked\): 5 files written$/);

    // generated/ edited or emptied by hand: that policy is emitted again and its file written back.
    writeFileSync(join(dir, "generated/chongqing/safety-training.ts"), "// edited\n");
    rmSync(join(dir, "generated/medical-assistance/jinzhou.schema.json"));
    expect(await said(dir)).toMatch(/^built 38 policies \(2 emitted, 36 unchanged; 2 modules type-checked\): 2 files written$/);

    // The same rule files built from nothing in another folder give every file of generated/ byte for byte.
    const clean = linkRuntime(tempDir());
    cpSync(join(dir, "policies"), join(clean, "policies"), { recursive: true });
    expect(await said(clean)).toMatch(/^built 38 policies \(38 emitted, 0 unchanged; 40 modules type-checked\)/);
    expect(generated(dir)).toEqual(generated(clean));
  });

  it("emits every policy for another version of regc", async () => {
    const dir = project();
    expect(await said(dir)).toMatch(/^built 37 policies \(37 emitted/);
    const program = compileProgram(dir);
    const same = await buildProgram(program, { reuse: buildCache(program).reuse, typecheck: false });
    expect([same.emitted, same.reused]).toEqual([0, 37]);
    const other = await buildProgram(program, { reuse: buildCache(program, "another version of regc").reuse, typecheck: false });
    expect([other.emitted, other.reused]).toEqual([37, 0]);
    expect(writeOutput(dir, other)).toEqual([]);
  });

  it("type-checks every module against a changed runtime, and writes nothing when they do not type-check", async () => {
    const dir = project("copied");
    expect(await said(dir)).toMatch(/^built 37 policies \(37 emitted/);
    const before = generated(dir);
    const index = join(dir, "runtime/index.ts");
    const runtime = readFileSync(index, "utf8");
    appendFileSync(index, 'export const broken: number = "not a number";\n');
    appendFileSync(join(dir, "policies/chongqing/safety-training.policy"), "// 注释\n");
    const ran = await regc(["build"], dir);
    expect(ran.code).toBe(1);
    expect(ran.err).toContain("generated code does not type-check");
    expect(ran.err).toContain("TS2322");
    expect(generated(dir)).toEqual(before);

    // The runtime as it was: what the first build recorded is reused again, and the one changed policy emitted.
    writeFileSync(index, runtime);
    expect(await said(dir)).toMatch(/^built 37 policies \(1 emitted, 36 unchanged; 1 module type-checked\): 2 files written$/);
  });
});
