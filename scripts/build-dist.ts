// `npm run build` (and `prepare`, so `npm ci` on a fresh clone builds it): regc compiled to JavaScript in dist/,
// which is what `bin/regc.js` runs and what the package ships.
// - Every source of runtime/, dsl/, compiler/, cli/, server/, lsp/ and generated/ is compiled file by file with
//   esbuild (no bundling; the folders keep their layout under dist/, so the layering stays what it is), without
//   esbuild's keepNames: nothing in regc reads a function's or a class's name at run time.
// - chevrotain bundled into one file, dist/vendor/chevrotain.js, which the compiled files import instead of the
//   package: as published it is some 700 modules (lodash-es file by file), whose loading took 0.3 s of every
//   command that parses a rule file.
// - Declarations (tsc) for what the package exports: runtime/ and the generated modules.
// - Each generated module's case validator compiled ahead (ajv standalone code, `<module>.validate.js`) and
//   registered by the compiled module, so neither a command nor an integrator's import compiles a schema.
// - One entry per policy (`regc/policies/<文号>` and the ASCII alias `regc/modules/<module>`) and per plan
//   (`regc/plans/<plan>`): `run(case)` with the official calendar of the build (runtime/package.ts); a claims
//   policy's entry also `runColumns(cases)`, many cases into typed columns (runtime/package-columns.ts).
// The same sources give the same bytes: files are listed in code-point order and nothing records a time.
import { execFileSync } from "node:child_process";
import { appendFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { _ } from "ajv";
import standalone from "ajv/dist/standalone/index.js";
import { build } from "esbuild";
import type { Manifest } from "../cli/compiled-load.js";
import { filesUnder } from "../compiler/load/files.js";
import { byCodePoint } from "../dsl/text-order.js";
import { caseAjv } from "../runtime/case-input.js";
import type { AnyModule } from "../runtime/evaluate.js";
import type { PlanSpec } from "../runtime/plan.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
// `--out <folder>`: build into <folder>/dist instead (the package test packs a copy, never the checkout's dist/).
const out = process.argv.indexOf("--out");
const DIST = join(out > 0 ? process.argv[out + 1]! : ROOT, "dist");
const SOURCES = ["runtime", "dsl", "compiler", "cli", "server", "lsp", "generated"];
/** Written last: bin/regc.js runs dist/ only while no source is newer than this file. */
const STAMP = ".built";

const ts = (f: string) => f.endsWith(".ts") && !f.endsWith(".d.ts");

/** Where the bundled chevrotain is written, relative to dist/. */
const CHEVROTAIN = "vendor/chevrotain.js";

async function main(): Promise<void> {
  rmSync(DIST, { recursive: true, force: true });
  const sources = SOURCES.flatMap((d) => filesUnder(join(ROOT, d))).sort(byCodePoint);
  await build({
    entryPoints: sources.filter(ts),
    outdir: DIST,
    outbase: ROOT,
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "warning",
  });
  await bundleChevrotain(sources.filter(ts));
  // Data the compiled code reads beside itself: the official calendar, the case schemas.
  for (const f of sources.filter((f) => f.startsWith(join(ROOT, "generated")) && f.endsWith(".json"))) cpSync(f, join(DIST, relative(ROOT, f)));
  execFileSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", join(ROOT, "tsconfig.dist.json"), "--outDir", DIST], {
    stdio: "inherit",
  });
  await writeEntries();
  writeFileSync(join(DIST, STAMP), "");
}

/** chevrotain as one file, and the compiled files that import it pointed there. */
async function bundleChevrotain(sources: readonly string[]): Promise<void> {
  await build({
    entryPoints: [join(ROOT, "node_modules/chevrotain/lib/src/api.js")],
    outfile: join(DIST, CHEVROTAIN),
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "warning",
  });
  for (const source of sources) {
    const file = join(DIST, relative(ROOT, source)).replace(/\.ts$/, ".js");
    const text = readFileSync(file, "utf8");
    if (!text.includes('from "chevrotain";')) continue;
    const path = relative(dirname(file), join(DIST, CHEVROTAIN)).split(sep).join("/");
    writeFileSync(file, text.replaceAll('from "chevrotain";', `from "${path.startsWith(".") ? path : `./${path}`}";`));
  }
}

/** A file of dist/ with its text; the folders on the way are made. */
function write(rel: string, text: string): void {
  mkdirSync(dirname(join(DIST, rel)), { recursive: true });
  writeFileSync(join(DIST, rel), text);
}

async function writeEntries(): Promise<void> {
  const manifest = JSON.parse(readFileSync(join(ROOT, "generated/manifest.json"), "utf8")) as Manifest;
  const { plans } = (await import(pathToFileURL(join(ROOT, "generated/plans.ts")).href)) as { plans: Record<string, PlanSpec> };
  const modes = new Map<string, string>();
  for (const [id, p] of Object.entries(manifest.policies)) {
    const module = ((await import(pathToFileURL(join(ROOT, "generated", `${p.module}.ts`)).href)) as { policy: AnyModule }).policy;
    modes.set(id, module.meta.mode);
    validatorAhead(p.module, module.schema);
  }
  for (const [id, p] of Object.entries(manifest.policies)) {
    for (const entry of [`policies/${id}`, `modules/${p.module}`]) policyEntry(entry, id, p.module, modes.get(id)!);
  }
  for (const spec of Object.values(plans).sort((a, b) => byCodePoint(a.name, b.name))) planEntry(spec, manifest, modes);
}

/**
 * `generated/<module>.validate.js`: the module's case validator as ajv standalone code, with the configuration
 * `regc run` compiles it with (runtime/case-input.ts); the compiled module registers it. ajv's runtime helpers
 * are imported rather than required, so that a batch worker's bundle takes them in.
 */
function validatorAhead(module: string, schema: object): void {
  const ajv = caseAjv({ code: { source: true, esm: true, formats: _`formats.fullFormats` } });
  const helpers: string[] = [];
  const code = standalone.default(ajv, ajv.compile(schema)).replace(/require\("([^"]+)"\)/g, (_m: string, path: string) => `helper${helpers.push(path) - 1}`);
  const to = up(`generated/${module}`);
  write(
    `generated/${module}.validate.js`,
    `// The case validator of generated/${module}.ts, compiled ahead by npm run build.\n` +
      `import formats from "ajv-formats/dist/formats.js";\nimport { decimalsOk } from "${to}runtime/field-values.js";\n` +
      helpers.map((path, i) => `import helper${i} from "${path}.js";\n`).join("") +
      `${code}\n`,
  );
  const name = module.split("/").pop()!;
  appendFileSync(
    join(DIST, "generated", `${module}.js`),
    `import { validate as caseValidator } from "./${name}.validate.js";\nimport { useValidator } from "${to}runtime/case-input.js";\nuseValidator(policy.schema, caseValidator);\n`,
  );
}

const up = (entry: string) => "../".repeat(entry.split("/").length - 1);
const result = (mode: string) => (mode === "facts" ? "FactsResult" : "ClaimsResult");
const header = (entry: string, what: string) => `// regc/${entry}: ${what}. Written by npm run build.\n`;

function policyEntry(entry: string, id: string, module: string, mode: string): void {
  const to = up(entry);
  const mod = JSON.stringify(`${to}generated/${module}.js`);
  write(
    `${entry}.js`,
    header(entry, `the policy ${id}`) +
      `import { createRequire } from "node:module";\nimport { policyRun } from "${to}runtime/package.js";\n` +
      (mode === "claims" ? `import { policyColumns } from "${to}runtime/package-columns.js";\n` : "") +
      `import { policy } from ${mod};\n` +
      `export * from ${mod};\nexport { CaseError, RuleError } from "${to}runtime/errors.js";\n` +
      `const calendar = createRequire(import.meta.url)("${to}generated/calendar.json");\nexport const run = policyRun(policy, calendar);\n` +
      (mode === "claims" ? `export { STATUS_CODES } from "${to}runtime/claim-loop.js";\nexport const runColumns = policyColumns(policy, calendar);\n` : ""),
  );
  write(
    `${entry}.d.ts`,
    header(entry, `the policy ${id}`) +
      `import type { Outputs } from ${mod};\nimport type { ${result(mode)} } from "${to}runtime/evaluate.js";\nimport type { Named, PackageRunOptions } from "${to}runtime/package.js";\n` +
      `export * from ${mod};\nexport { CaseError, RuleError } from "${to}runtime/errors.js";\n` +
      `/** Evaluates a case (JSON as docs/contracts.md describes it); throws CaseError listing every JSON path of an invalid case. */\n` +
      `export declare const run: (input: unknown, options?: PackageRunOptions) => Named<${result(mode)}, Outputs>;\n` +
      (mode === "claims" ? columnsDeclaration(to) : ""),
  );
}

/** A claims policy's `runColumns` and the status codes its columns hold (runtime/package-columns.ts). */
function columnsDeclaration(to: string): string {
  return (
    `import type { ColumnsOptions, PolicyColumns } from "${to}runtime/package-columns.js";\n` +
    `export type { ColumnsOptions, OutputColumn, PolicyColumns } from "${to}runtime/package-columns.js";\nexport { STATUS_CODES } from "${to}runtime/claim-loop.js";\n` +
    `/**\n * Evaluates many cases into typed columns, one row per claim, without trace: each case validated and converted as \`run\` does (an\n` +
    ` * invalid one throws CaseError with paths \`$[<case>]…\` before any row is written), the same statuses and amounts as \`run\`.\n */\n` +
    `export declare const runColumns: (cases: readonly unknown[], options?: ColumnsOptions) => PolicyColumns;\n`
  );
}

function planEntry(spec: PlanSpec, manifest: Manifest, modes: Map<string, string>): void {
  const entry = `plans/${spec.name}`;
  const to = up(entry);
  const ids = spec.versions.flatMap((v) => (v.policy === undefined ? [] : [v.policy]));
  if (!ids.length) return;
  const path = (id: string) => JSON.stringify(`${to}generated/${manifest.policies[id]!.module}.js`);
  const latest = path(ids[ids.length - 1]!);
  const routed = modes.get(ids[ids.length - 1]!) === "facts" ? "RoutedFactsResult" : "RoutedClaimsResult";
  write(
    `${entry}.js`,
    header(entry, `the plan ${spec.name}, each claim routed to the version in force on its date`) +
      `import { createRequire } from "node:module";\nimport { planRun } from "${to}runtime/package.js";\nimport { plans } from "${to}generated/plans.js";\n` +
      ids.map((id, i) => `import { policy as v${i} } from ${path(id)};\n`).join("") +
      `export { CaseError, RuleError } from "${to}runtime/errors.js";\nexport const plan = plans[${JSON.stringify(spec.name)}];\n` +
      `export const run = planRun(plan, { ${ids.map((id, i) => `${JSON.stringify(id)}: v${i}`).join(", ")} }, createRequire(import.meta.url)("${to}generated/calendar.json"));\n`,
  );
  write(
    `${entry}.d.ts`,
    header(entry, `the plan ${spec.name}`) +
      `import type { Outputs } from ${latest};\nimport type { PlanSpec, ${routed} } from "${to}runtime/plan.js";\nimport type { Named, PackageRunOptions } from "${to}runtime/package.js";\n` +
      `/** The types of the latest version's rules. */\nexport type * from ${latest};\nexport { CaseError, RuleError } from "${to}runtime/errors.js";\nexport declare const plan: PlanSpec;\n` +
      `/**\n * Evaluates a case, each claim under the version in force on its date; throws CaseError listing every JSON path of an invalid case.\n` +
      ` * A plan has no runColumns: columns are per policy (its versions' outputs may differ); use a version's regc/policies entry.\n */\n` +
      `export declare const run: (input: unknown, options?: PackageRunOptions) => Named<${routed}, Outputs>;\n`,
  );
}

await main();
