// The JSON Schemas the extension gives the YAML and JSON language servers: every test file and example case
// of the repository is valid against them (with ajv, as the editors' validators would find), and the usual
// mistakes are not.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { ROOT } from "../e2e/regc.js";

const SCHEMAS = join(ROOT, "editors/vscode/schemas");
const ajv = new Ajv({ allErrors: true });
for (const name of ["regc-case.schema.json", "regc-tests.schema.json"]) ajv.addSchema(JSON.parse(readFileSync(join(SCHEMAS, name), "utf8")));
const validCase = ajv.getSchema("regc-case.schema.json")!;
const validTests = ajv.getSchema("regc-tests.schema.json")!;

/** Files under policies/ in a folder named `folder`, ending in `ext`. */
function filesIn(folder: string, ext: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(ext) && dir.endsWith(`/${folder}`)) out.push(p);
    }
  };
  walk(join(ROOT, "policies"));
  return out;
}

const problems = (validate: typeof validCase, data: unknown) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

describe("the JSON Schemas of editors/vscode", () => {
  it("are what the extension contributes", () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, "editors/vscode/package.json"), "utf8"));
    expect(manifest.contributes.yamlValidation).toEqual([{ fileMatch: "**/policies/**/tests/*.yaml", url: "./schemas/regc-tests.schema.json" }]);
    expect(manifest.contributes.jsonValidation).toEqual([{ fileMatch: "**/policies/**/examples/*.json", url: "./schemas/regc-case.schema.json" }]);
  });

  it("accept every YAML test file of the repository", () => {
    const files = filesIn("tests", ".yaml");
    expect(files.length).toBeGreaterThan(60);
    const invalid = files.flatMap((f) => problems(validTests, parseYaml(readFileSync(f, "utf8"))).map((p) => `${f.slice(ROOT.length)}: ${p}`));
    expect(invalid).toEqual([]);
  });

  it("accept every example case", () => {
    const files = filesIn("examples", ".json");
    expect(files.length).toBeGreaterThan(5);
    const invalid = files.flatMap((f) => problems(validCase, JSON.parse(readFileSync(f, "utf8"))).map((p) => `${f.slice(ROOT.length)}: ${p}`));
    expect(invalid).toEqual([]);
  });

  it("reject a misspelled key, a claim without its id, a date written otherwise, a case without expectations", () => {
    expect(validCase({ person: {}, cliams: [] })).toBe(false);
    expect(validCase({ person: {}, claims: [{ date: "2024-01-01" }] })).toBe(false);
    expect(validCase({ date: "2024年1月1日", facts: {} })).toBe(false);
    expect(validCase({ person: {}, claims: [{ id: "c1", date: "2024-01-01", totalCost: 100 }] })).toBe(true);
    const test = (c: object) => ({ policy: "绵府发〔2018〕3号", cases: [{ name: "x", case: { date: "2024-01-01" }, ...c }] });
    expect(validTests(test({ expect: { status: "ok" } }))).toBe(true);
    expect(validTests(test({}))).toBe(false);
    expect(validTests(test({ expect: { stauts: "ok" } }))).toBe(false);
    expect(validTests(test({ expect: { claims: [{ status: "ok" }] } }))).toBe(false);
  });
});
