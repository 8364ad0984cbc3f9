// Everything the site takes from rule files, gazette texts, coverage notes and test cases is text, never
// markup: hostile strings in each come out escaped.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { documentPage } from "../../cli/doc/paths.js";
import { regc, tempDir } from "../e2e/regc.js";
import { edit, policiesCopy } from "../citations/project.js";

const HOSTILE = "<img src=x onerror=alert(1)>";

describe("regc doc escapes what it quotes", () => {
  it("leaves no markup from a title, a note, a ruling or a test case", async () => {
    const dir = policiesCopy();
    edit(
      dir,
      "policies/medical-assistance/nanchuan.policy",
      'title "南川区健全重特大疾病医疗保险和救助制度实施方案"',
      `title "南川区健全重特大疾病医疗保险和救助制度实施方案${HOSTILE}"`,
    );
    edit(dir, "policies/medical-assistance/nanchuan.policy", 'ruling Q1 "', `ruling Q1 "${HOSTILE}`);
    edit(dir, "policies/medical-assistance/nanchuan.policy", 'en "The recipients whom', 'en "<i onmouseover=alert(2)>The recipients whom');
    edit(
      dir,
      "policies/medical-assistance/coverage/南川府办发〔2023〕8号.yaml",
      "note: 总体要求：指导思想、原则与目标，无可计算的金额、期限或条件",
      'note: "</pre><script>window.pwned = 1</script>"',
    );
    edit(
      dir,
      "policies/medical-assistance/tests/nanchuan.yaml",
      "  - name: 特困人员特殊疾病住院",
      `  - name: "特困人员特殊疾病住院</h3><script>window.pwned = 1</script>"`,
    );
    const out = tempDir();
    const r = await regc(["doc", "--out", out, "--on", "2024-01-01"], dir);
    expect(r.code, r.err).toBe(0);
    const page = readFileSync(join(out, documentPage("南川府办发〔2023〕8号")), "utf8");
    expect(page).toContain("&#60;img src=x onerror=alert(1)&#62;");
    // the ruling's English, under its Chinese
    expect(page).toContain('<p class="en">&#60;i onmouseover=alert(2)&#62;The recipients whom');
    expect(page).toContain("&#60;/pre&#62;&#60;script&#62;window.pwned = 1&#60;/script&#62;");
    expect(page).toContain("特困人员特殊疾病住院&#60;/h3&#62;&#60;script&#62;");
    for (const f of ["index.html", ...readdirSync(join(out, "doc")).map((n) => `doc/${n}`)]) {
      const html = readFileSync(join(out, f), "utf8");
      expect(html, f).not.toContain("<img");
      expect(html, f).not.toContain("<i onmouseover");
      expect(html, f).not.toMatch(/<script>/);
    }
  });
});
