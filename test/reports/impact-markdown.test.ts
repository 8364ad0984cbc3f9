// `regc impact --format markdown` for a pull-request comment, and `--base <dir>`: a policy edited in place
// compared with the version in another checkout, every amount worked out by hand.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { linkRuntime, regc, ROOT, tempDir } from "../e2e/regc.js";
import { people } from "../batch/three-people.js";

const NANCHUAN = "南川府办发〔2023〕8号";
let cases: string;

beforeAll(() => {
  cases = join(tempDir(), "cases.jsonl");
  writeFileSync(cases, people.map((p) => JSON.stringify(p)).join("\n") + "\n");
});

describe("regc impact --format markdown", () => {
  it("gives the totals, who is better or worse off and the largest changes with their provisions, in Chinese", async () => {
    const r = await regc(["impact", NANCHUAN, "合川府办发〔2024〕37号", "--cases", cases, "--format", "markdown", "--workers", "1"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`## 政策变化的影响：${NANCHUAN} → 合川府办发〔2024〕37号`);
    expect(r.out).toContain("比较输出 救助合计（`total`），共 3 人、3 笔。");
    expect(r.out).toContain("| 合计 | 23300.00 | 23800.00 | +500.00 |");
    expect(r.out).toContain("待遇提高 1 人，降低 1 人，不变 1 人。");
    expect(r.out).toMatch(/^\| A \| 1 \| 7700\.00 \| 9100\.00 \| \+1400\.00 \| a1 \| .*合川府办发〔2024〕37号 二（三）3第二段/m);
    expect(r.out).toMatch(/^\| C \| 3 \| 11400\.00 \| 10500\.00 \| -900\.00 \| c1 \| 倾斜救助（合川府办发〔2024〕37号 二（三）3第二段）：900\.00 → 0\.00 \|$/m);
    // --json is --format json; both at once, if they disagree, is a usage error.
    const json = await regc(["impact", NANCHUAN, "合川府办发〔2024〕37号", "--cases", cases, "--json", "--workers", "1"]);
    expect(JSON.parse(json.out)).toMatchObject({ oldTotal: "23300.00", newTotal: "23800.00" });
    expect((await regc(["impact", NANCHUAN, "合川府办发〔2024〕37号", "--cases", cases, "--json", "--format", "markdown"])).code).toBe(2);
  });
});

/**
 * A project holding 南川府办发〔2023〕8号 alone, as it is, or edited in place: 低保对象's 倾斜 threshold 3000元 →
 * 2500元, in the rule file and in the gazette text it is checked against.
 */
function nanchuanProject(edit: boolean): string {
  const dir = tempDir();
  const files = [
    "policies/rulings.yaml",
    ...["nanchuan", "chongqing", "family", "categories"].map((f) => `policies/medical-assistance/${f}.policy`),
    `policies/medical-assistance/sources/${NANCHUAN}.txt`,
  ];
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    cpSync(join(ROOT, f), join(dir, f));
  }
  const change = (file: string, from: string, to: string) => {
    const text = readFileSync(join(dir, file), "utf8");
    expect(text).toContain(from);
    writeFileSync(join(dir, file), text.replace(from, to));
  };
  if (edit) {
    change("policies/medical-assistance/chongqing.policy", "低保对象, 返贫致贫人口: 3000元", "低保对象, 返贫致贫人口: 2500元");
    change(`policies/medical-assistance/sources/${NANCHUAN}.txt`, "低保对象、返贫致贫人口自付费用3000元以上", "低保对象、返贫致贫人口自付费用2500元以上");
  }
  return linkRuntime(dir);
}

describe("regc impact --base", () => {
  it("compares a policy edited in place with the version in another checkout", async () => {
    // Only C changes: S = 4500, 60% × (4500 − 2500) = 1200 instead of 900 → 11700.00 (+300.00). B's S = 1800 is
    // still below the threshold; A is a 特困人员 (threshold 2000, unchanged).
    const r = await regc(["impact", NANCHUAN, NANCHUAN, "--base", nanchuanProject(false), "--cases", cases, "--json", "--workers", "1"], nanchuanProject(true));
    expect(r.code).toBe(0);
    const impact = JSON.parse(r.out) as Record<string, unknown> & {
      largest: { person: string; old: string; new: string; difference: string; cause: { name: string; citation: string } }[];
    };
    expect(impact).toMatchObject({ oldTotal: "23300.00", newTotal: "23600.00", difference: "300.00", betterOff: 1, worseOff: 0, unchanged: 2 });
    expect(impact.largest.map((c) => [c.person, c.old, c.new, c.difference])).toEqual([["C", "11400.00", "11700.00", "+300.00"]]);
    expect(impact.largest[0]!.cause).toMatchObject({ name: "倾斜起付", citation: `${NANCHUAN} 二（三）3第二段` });
  });

  it("says so when the other checkout has no policies/", async () => {
    const r = await regc(["impact", NANCHUAN, NANCHUAN, "--base", tempDir(), "--cases", cases]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("policies/");
  });
});
