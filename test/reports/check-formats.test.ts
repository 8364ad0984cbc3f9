// `regc check --format json|sarif|github`: the same diagnostics as the text report, as CI tools read them. The
// SARIF log is validated against the SARIF 2.1.0 schema (test/fixtures/sarif/README.md says where it is from).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import formatsPlugin from "ajv-formats";
import { describe, expect, it } from "vitest";
import { emptyProject, regc, ROOT } from "../e2e/regc.js";

// One error on line 7, the misspelt 起付标淮, whose help suggests the right name, in a document without a gazette
// text. "value 超出: money @ 第三条 = claim.totalCost - " is 42 characters, each one UTF-16 unit, so the name's 4
// characters are columns 43–46 and the exclusive end column is 47.
const RULES = `document "测试〔2024〕1号" {
  title "测试办法"
  effective 2024-01-01 @ 第十条
}
claim { totalCost: money "住院总费用" }
param 起付标准: money @ 第二条 = 500元
value 超出: money @ 第三条 = claim.totalCost - 起付标淮
output pays: money @ 第三条 = 超出
`;

function project(): string {
  return emptyProject({ "policies/测试/rules.policy": RULES });
}

const FILE = "policies/测试/rules.policy";

/** The parts of a SARIF result the test reads. */
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  locations: { physicalLocation: unknown }[];
  message: { text: string };
}

describe("regc check --format", () => {
  it("json: every diagnostic with its code, place, message and help on stdout; exit 1", async () => {
    const r = await regc(["check", "--format", "json"], project());
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as { errors: number; diagnostics: Record<string, unknown>[] };
    const error = report.diagnostics.find((d) => d.code === "E0201")!;
    expect(error).toMatchObject({ severity: "error", file: FILE, line: 7, column: 43, endLine: 7, endColumn: 47, help: 'did you mean "起付标准"?' });
    expect(report.errors).toBe(report.diagnostics.filter((d) => d.severity === "error").length);
    // The text report lists the same diagnostics.
    const text = await regc(["check"], project());
    for (const d of report.diagnostics) expect(text.err).toContain(`${d.file}:${d.line}:${d.column}: ${d.severity}[${d.code}]: ${d.message}`);
  });

  it("sarif: a log that validates against the SARIF 2.1.0 schema, each result at its region", async () => {
    const r = await regc(["check", "--format", "sarif"], project());
    expect(r.code).toBe(1);
    const log = JSON.parse(r.out) as { runs: { tool: { driver: { name: string; rules: { id: string }[] } }; results: SarifResult[] }[] };
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    formatsPlugin.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, "test/fixtures/sarif/sarif-schema-2.1.0.json"), "utf8")) as object);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // The schema does judge: a result with a level SARIF does not know fails it.
    expect(validate({ ...log, runs: [{ ...log.runs[0], results: [{ ...log.runs[0]!.results[0], level: "fatal" }] }] })).toBe(false);
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe("regc");
    const result = run.results.find((x) => x.ruleId === "E0201")!;
    expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe("E0201");
    expect(result.level).toBe("error");
    expect(result.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: encodeURI(FILE), uriBaseId: "%SRCROOT%" },
      region: { startLine: 7, startColumn: 43, endLine: 7, endColumn: 47 },
    });
    expect(result.message.text).toBe('unknown name "起付标淮"\nhelp: did you mean "起付标准"?');
  });

  it("sarif with no findings is a valid, empty log; exit 0", async () => {
    const r = await regc(["check", "--format", "sarif", "policies/mianyang/employee-medical.policy"]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { runs: { results: unknown[] }[] }).runs[0]!.results).toEqual([]);
  });

  it("github: one workflow command per diagnostic, with newlines and separators escaped", async () => {
    const r = await regc(["check", "--format", "github"], project());
    expect(r.code).toBe(1);
    expect(r.out.split("\n")).toContain(
      `::error file=${FILE},line=7,col=43,endLine=7,endColumn=47,title=regc E0201::unknown name "起付标淮"%0Ahelp: did you mean "起付标准"?`,
    );
  });

  it("an unknown format is a usage error", async () => {
    expect((await regc(["check", "--format", "xml"], project())).code).toBe(2);
  });
});
