// A document's own rulings (`ruling X1 "…" en "…"` in its document block) in an explanation: the English the rule
// file gives when explaining in English, the Chinese as before in Chinese, and — for a ruling whose rule file gives
// no English — the Chinese quoted and said to be so. The English is data: escaped in the page, never in a module.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectCopy, regc, ROOT } from "./regc.js";

const MIANYANG = "绵府发〔2018〕3号";
const EXAMPLE = "policies/mianyang/examples/employee-medical.json";
const POLICY = "policies/mianyang/employee-medical.policy";

// X1 as policies/mianyang/employee-medical.policy writes it, in each language (the text under test, typed out).
const X1_ZH = "退休人员起付标准降低100元（第二十七条（三））只适用于按医院级别确定的起付标准；市外转诊起付标准1000元不再降低（M2：按顺序先符合者适用）。";
const X1_EN =
  "The deductible reduction of 100 yuan for retirees (第二十七条（三）) applies only to the deductible set by hospital grade; the 1,000 yuan deductible for referral outside the city is not reduced further (M2: the first that applies, in order, is used).";

const rulingLines = (out: string): string[] => out.slice(out.indexOf("\nRulings relied on")).split("\n");

describe("a document's own rulings in an explanation", () => {
  it("in English: the English its rule file gives; in Chinese: the Chinese, as before", async () => {
    const en = await regc(["explain", MIANYANG, "--case", EXAMPLE, "--lang", "en"]);
    expect(en.code, en.err).toBe(0);
    expect(rulingLines(en.out)).toContain(`  X1  ${X1_EN}`);
    expect(en.out).not.toContain("written in the rule file in Chinese only");
    const zh = await regc(["explain", MIANYANG, "--case", EXAMPLE, "--lang", "zh"]);
    expect(zh.code, zh.err).toBe(0);
    // Chinese sets the id off with an ideographic space, as before.
    expect(zh.out).toContain(`  X1\u3000${X1_ZH}\n`);
    expect(zh.out).not.toContain(X1_EN);
  });

  it("a ruling without English: quoted in Chinese and said to be so; hostile English stays text in the page", async () => {
    const dir = projectCopy();
    const file = join(dir, POLICY);
    const text = readFileSync(file, "utf8");
    const hostile = String.raw`</p><script>alert(1)</script> \" ${"${process.exit(1)}"} \\`;
    const edited = text
      .replace(/(\n {2}ruling X1 "[^"\n]*")\n {4}en "[^"\n]*"/, "$1")
      .replace(/(\n {2}ruling X11 "[^"\n]*"\n {4}en ")[^"\n]*"/, `$1${hostile}"`);
    expect(edited.match(/\n {4}en "/g)?.length).toBe(text.match(/\n {4}en "/g)!.length - 1);
    writeFileSync(file, edited);
    const built = await regc(["build"], dir);
    expect(built.code, built.err).toBe(0);
    // The rulings' texts are not part of a generated module: nothing of the English reaches code.
    expect(readFileSync(join(dir, "generated/mianyang/employee-medical.ts"), "utf8")).not.toContain("alert(1)");

    const en = await regc(["explain", MIANYANG, "--case", join(ROOT, EXAMPLE), "--lang", "en"], dir);
    expect(en.code, en.err).toBe(0);
    expect(rulingLines(en.out)).toContain(`  X1  (this document's own ruling, written in the rule file in Chinese only) ${X1_ZH}`);
    expect(rulingLines(en.out)).toContain(`  X11  </p><script>alert(1)</script> " \${process.exit(1)} \\`);
    const page = await regc(["explain", MIANYANG, "--case", join(ROOT, EXAMPLE), "--lang", "en", "--format", "html"], dir);
    expect(page.code, page.err).toBe(0);
    expect(page.out).not.toContain("<script>alert(1)");
    expect(/X11<\/dt><dd>(.*?)<\/dd>/.exec(page.out)?.[1]).toBe("&#60;/p&#62;&#60;script&#62;alert(1)&#60;/script&#62; &#34; ${process.exit(1)} \\");
  });

  it("an empty English or one with no English word is an error at the English, in both languages", async () => {
    const dir = projectCopy();
    const file = join(dir, POLICY);
    const lines = readFileSync(file, "utf8").split("\n");
    const x2 = lines.findIndex((l) => l.startsWith("  ruling X2 "));
    const x4 = lines.findIndex((l) => l.startsWith("  ruling X4 "));
    expect(lines[x2 + 1]).toMatch(/^ {4}en "/);
    lines[x2 + 1] = '    en ""';
    lines[x4 + 1] = '    en "第十一条含当日"';
    writeFileSync(file, lines.join("\n"));
    const en = await regc(["check", "--lang", "en"], dir);
    expect(en.code).toBe(1);
    // lines are 1-based and `en "` takes the 4 spaces and 3 characters before the string: column 8
    expect(en.err).toContain(`${POLICY}:${x2 + 2}:8: error[E0504]: the English of ruling X2 is empty\n`);
    expect(en.err).toContain(`${POLICY}:${x4 + 2}:8: error[E0504]: the English of ruling X4 has no English word in it\n`);
    expect(en.err).toContain('help: write the ruling in English after en (en "…"), or leave out en "…"');
    const zh = await regc(["check", "--lang", "zh"], dir);
    expect(zh.code).toBe(1);
    expect(zh.err).toContain(`${POLICY}:${x2 + 2}:8: error[E0504]: 裁定 X2 的英文为空\n`);
    expect(zh.err).toContain(`${POLICY}:${x4 + 2}:8: error[E0504]: 裁定 X4 的英文中没有英文\n`);
  });
});
