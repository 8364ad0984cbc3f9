// The package as an integrator gets it: regc built (`scripts/build-dist.ts`) into a copy of the package's
// files, `npm pack`, the tarball installed offline into a new project, a TypeScript consumer compiled by tsc
// against the package's types and run by node. The 南川 example gives what `regc run` prints; a case that fails
// validation throws CaseError naming every JSON path; the plan's entry routes the same case; runColumns gives the
// same example in typed columns.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { policy } from "../../generated/medical-assistance/nanchuan.js";
import { CaseError } from "../../runtime/errors.js";
import { runCase, type AnyModule } from "../../runtime/evaluate.js";
import { regc, ROOT, tempDir } from "../e2e/regc.js";

const NANCHUAN = "南川府办发〔2023〕8号";
const PLAN = "南川区健全重特大疾病医疗保险和救助制度实施方案";
const EXAMPLE = join(ROOT, "policies/medical-assistance/examples/nanchuan.json");
// A misspelt category, an impossible date, money with three decimals, a missing field.
const BAD = {
  person: { categories: ["低保对像"] },
  claims: [
    {
      id: "c1",
      date: "2023-02-30",
      setting: "住院",
      disease: "特殊疾病",
      hospitalLevel: "三级",
      inScopeCost: "12.345",
      basicInsurancePaid: 0,
      criticalIllnessPaid: 0,
      referral: true,
    },
  ],
};

const CONSUMER = `import { readFileSync } from "node:fs";
import { CaseError, run, runColumns, STATUS_CODES, type Outputs, type PolicyColumns } from "regc/policies/${NANCHUAN}";
import { run as runByAlias } from "regc/modules/medical-assistance/nanchuan";
import { run as runPlan } from "regc/plans/${PLAN}";
import * as planEntry from "regc/plans/${PLAN}";
import type { Day } from "regc/runtime";

const input: unknown = JSON.parse(readFileSync(process.argv[2]!, "utf8"));
const result = run(input);
// Typed: the outputs are the policy's, by name.
const names: (keyof Outputs)[] = ["basic", "tilted", "total"];
const total: string | number | boolean | null = result.claims[0]!.outputs.total;
const day: Day = 0;
let issues: { path: string; message: string }[] = [];
try {
  run(JSON.parse(process.argv[3]!));
} catch (e) {
  if (e instanceof CaseError) issues = e.issues;
}
const plan = runPlan(input);
// Columns are per policy: a plan's entry has none.
// @ts-expect-error
void planEntry.runColumns;
// Many cases into typed columns: status codes, outputs in 分.
const cols: PolicyColumns = runColumns([input, input]);
const at = cols.columns.findIndex((c) => c.name === "total");
const columns = { rows: cols.rows, status: STATUS_CODES[cols.status[3]!], total: cols.outputs[3 * cols.width + at], ids: cols.ids, person: [...cols.person] };
console.log(JSON.stringify({ result, alias: runByAlias(input), plan: plan.claims.map((c) => [c.outputs.total, c.document]), issues, names, total, day, columns }));
`;

/** The repository's lock, without what only development needs, as the consumer's: npm ci installs from the cache. */
function consumerLock(tarball: string): string {
  const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, { dev?: boolean }> };
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as Record<string, unknown>;
  const packages: Record<string, unknown> = { "": { name: "consumer", dependencies: { regc: `file:${tarball}` } } };
  for (const [path, entry] of Object.entries(lock.packages)) if (path !== "" && !entry.dev) packages[path] = entry;
  packages["node_modules/regc"] = { version: pkg.version, resolved: `file:${tarball}`, dependencies: pkg.dependencies, bin: pkg.bin, engines: pkg.engines };
  return JSON.stringify({ name: "consumer", lockfileVersion: 3, requires: true, packages }, null, 2);
}

const run = (cmd: string, args: string[], cwd: string) => execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

describe("the package", () => {
  it("installs from its tarball and evaluates the 南川 example as regc run does, with types", async () => {
    const pkg = tempDir();
    for (const f of ["package.json", "README.md", "bin", "docs"]) cpSync(join(ROOT, f), join(pkg, f), { recursive: true });
    run(process.execPath, ["--import", "tsx", join(ROOT, "scripts/build-dist.ts"), "--out", pkg], ROOT);
    const tarball = join(pkg, run("npm", ["pack", "--ignore-scripts", "--silent"], pkg).trim());

    const consumer = join(tempDir(), "consumer");
    mkdirSync(consumer);
    writeFileSync(
      join(consumer, "package.json"),
      JSON.stringify({ name: "consumer", private: true, type: "module", dependencies: { regc: `file:${tarball}` } }),
    );
    writeFileSync(join(consumer, "package-lock.json"), consumerLock(tarball));
    run("npm", ["ci", "--offline", "--ignore-scripts", "--no-audit", "--no-fund"], consumer);
    writeFileSync(join(consumer, "main.ts"), CONSUMER);
    const tsconfig = {
      compilerOptions: {
        module: "NodeNext",
        moduleResolution: "NodeNext",
        target: "ES2022",
        strict: true,
        outDir: "out",
        typeRoots: [join(ROOT, "node_modules/@types")],
        types: ["node"],
      },
      files: ["main.ts"],
    };
    writeFileSync(join(consumer, "tsconfig.json"), JSON.stringify(tsconfig));
    run(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", consumer], consumer);
    const got = JSON.parse(run(process.execPath, ["out/main.js", EXAMPLE, JSON.stringify(BAD)], consumer)) as {
      result: { claims: { outputs: unknown }[] };
      alias: unknown;
      plan: unknown;
      issues: { path: string; message: string }[];
      columns: unknown;
    };

    const cli = await regc(["run", NANCHUAN, "--case", EXAMPLE]);
    expect(cli.code).toBe(0);
    expect(got.result).toEqual(JSON.parse(cli.out));
    expect(got.alias).toEqual(got.result);
    // c1, a 低保对象 (and 低保边缘户: the higher result counts, R7), 特殊疾病 inpatient at a 三级 hospital:
    // 个人负担 50000 − 30000 − 5000 = 15000; 70% × 15000 = 10500.00 (二（三）2);
    // 倾斜 60% × (15000 − 10500 − 3000) = 900.00 (二（三）3); total 11400.00.
    expect(got.result.claims[0]!.outputs).toEqual({ basic: "10500.00", tilted: "900.00", total: "11400.00" });
    // The example twice in columns: row 3 is the second case's c1, its total 11400.00 as 1140000 分.
    expect(got.columns).toEqual({ rows: 6, status: "ok", total: 1140000, ids: ["c1", "c2", "c3", "c1", "c2", "c3"], person: [0, 0, 0, 1, 1, 1] });
    // The plan has one version: every claim is that document's.
    const plan = JSON.parse((await regc(["run", PLAN, "--case", EXAMPLE, "--no-trace"])).out) as { claims: { outputs: { total: string }; document: string }[] };
    expect(got.plan).toEqual(plan.claims.map((c) => [c.outputs.total, NANCHUAN]));
    expect(got.issues.map((i) => i.path).sort()).toEqual([
      "$.claims[0].date",
      "$.claims[0].inMunicipality",
      "$.claims[0].inScopeCost",
      "$.person.categories[0]",
    ]);
    // The package's validator was compiled ahead (npm run build); its messages are those of the one compiled at run time.
    let here: unknown;
    try {
      runCase(policy as unknown as AnyModule, BAD);
    } catch (e) {
      here = e instanceof CaseError ? e.issues : e;
    }
    expect(got.issues).toEqual(here);
  }, 240_000);
});
