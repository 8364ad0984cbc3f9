// `regc build`: generated modules pass `tsc --strict`, the same rule files always give the same bytes, and
// the committed generated/ is what a fresh build produces (so a stale generated/ fails the suite).
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildProgram, outdatedFiles, type BuildOutput } from "../../compiler/build/build.js";
import { compileProgram } from "../../compiler/program.js";
import { typecheckGenerated } from "../../compiler/build/typecheck.js";
import { ROOT, tempDir } from "../e2e/regc.js";

describe("regc build", () => {
  let first: BuildOutput;

  beforeAll(async () => {
    const program = compileProgram(ROOT);
    const errors = program.diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => `${d.span.file}:${d.span.start.line}:${d.span.start.column} ${d.code} ${d.message}`)).toEqual([]);
    first = await buildProgram(program);
  });

  it("emits a module and a case schema per policy, and an index", () => {
    const paths = [...first.files.keys()].sort();
    for (const m of ["critical-illness", "critical-illness-funding", "employee-contributions", "employee-medical"]) {
      expect(paths).toContain(`generated/mianyang/${m}.ts`);
      expect(paths).toContain(`generated/mianyang/${m}.schema.json`);
    }
    expect(paths).toContain("generated/index.ts");
  });

  it("produces modules that type-check under --strict", () => {
    expect(first.typeErrors).toEqual([]);
  });

  it("gives identical bytes when built twice", async () => {
    const again = await buildProgram(compileProgram(ROOT), { typecheck: false });
    expect([...again.files.keys()]).toEqual([...first.files.keys()]);
    for (const [path, content] of first.files) expect(again.files.get(path), path).toBe(content);
  });

  it("matches the committed generated/ (run `regc build` when this fails)", () => {
    expect(outdatedFiles(ROOT, first)).toEqual([]);
  });

  it("the type check is not vacuous: a module with a type error is reported", async () => {
    const broken = new Map([["generated/broken.ts", 'import * as rt from "../runtime/index.js";\nexport const cents: number = rt.formatScaled(1, 2);\n']]);
    const errors = await typecheckGenerated(ROOT, broken);
    expect(errors.join("\n")).toContain("TS2322");
  });
});

describe("the committed generated/ modules under the real tsc", () => {
  it("pass tsc --strict --noEmit together with the runtime", () => {
    const dir = tempDir();
    const config = join(dir, "tsconfig.json");
    writeFileSync(
      config,
      JSON.stringify({
        // Node's types only: a module reads its provenance and schema files beside it with node:fs.
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: "ES2022",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          skipLibCheck: true,
          types: ["node"],
          typeRoots: [join(ROOT, "node_modules/@types")],
        },
        include: [join(ROOT, "generated/**/*.ts"), join(ROOT, "runtime/**/*.ts")],
      }),
    );
    const tsc = spawnSync(join(ROOT, "node_modules/.bin/tsc"), ["-p", config, "--listFiles"], { encoding: "utf8" });
    expect(tsc.stdout).not.toContain("error TS");
    expect(tsc.status).toBe(0);
    // --listFiles shows the check really covered the generated modules
    expect(tsc.stdout).toContain(join(ROOT, "generated/mianyang/employee-medical.ts"));
    expect(tsc.stdout).toContain(join(ROOT, "generated/index.ts"));
  });
});
