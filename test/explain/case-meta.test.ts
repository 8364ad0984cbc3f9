// A case's optional `meta` block (docs/contracts.md): validated by the policy's case schema, printed on the
// decision notice, never read by a rule.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { regc, ROOT, tempDir, writeCase } from "../e2e/regc.js";
import { NANCHUAN_CASE } from "./nanchuan-case.js";

const META = { caseNumber: "南川医救〔2023〕第0001号", applicant: { name: "李某", idNumber: "500119000000000000" }, decisionDate: "2023-09-01" };

describe("the meta block of a case", () => {
  it("changes nothing in the result", async () => {
    const dir = tempDir();
    const without = await regc(["run", "南川府办发〔2023〕8号", "--case", writeCase(dir, "a.json", NANCHUAN_CASE)]);
    const withMeta = await regc(["run", "南川府办发〔2023〕8号", "--case", writeCase(dir, "b.json", { meta: META, ...NANCHUAN_CASE })]);
    expect(without.code, without.err).toBe(0);
    expect(withMeta.code, withMeta.err).toBe(0);
    expect(withMeta.out).toBe(without.out);
  });

  it("is validated: an unknown or mistyped field is named by its JSON path", async () => {
    const dir = tempDir();
    const bad = { meta: { casenumber: "x", applicant: { name: 7 }, decisionDate: "2023-02-30" }, ...NANCHUAN_CASE };
    const r = await regc(["run", "南川府办发〔2023〕8号", "--case", writeCase(dir, "bad.json", bad)]);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toContain("$.meta.casenumber: is not a known field (caseNumber, applicant and decisionDate only)");
    expect(r.err).toContain("$.meta.applicant.name: expected text on one line, at most 200 characters, got 7");
    expect(r.err).toContain('$.meta.decisionDate: expected a date "YYYY-MM-DD", got "2023-02-30"');
  });

  it("rejects a line break hidden in a field that a notice prints", async () => {
    const dir = tempDir();
    const r = await regc(["run", "南川府办发〔2023〕8号", "--case", writeCase(dir, "nl.json", { meta: { caseNumber: "a\u2028b" }, ...NANCHUAN_CASE })]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("$.meta.caseNumber: expected text on one line");
  });

  it("is printed on the notice, escaped", async () => {
    const dir = tempDir();
    const meta = { ...META, applicant: { name: "<img src=x onerror=alert(1)>" } };
    const r = await regc(["explain", "南川府办发〔2023〕8号", "--case", writeCase(dir, "n.json", { meta, ...NANCHUAN_CASE }), "--format", "html", "--notice"]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain("南川医救〔2023〕第0001号");
    expect(r.out).toContain("&#60;img src=x onerror=alert(1)&#62;");
    expect(r.out).not.toContain("<img");
  });

  it("--notice is a page: it needs --format html", async () => {
    const r = await regc(["explain", "南川府办发〔2023〕8号", "--case", join(ROOT, "policies/medical-assistance/examples/nanchuan.json"), "--notice"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--notice is a printable page: use it with --format html");
  });
});
