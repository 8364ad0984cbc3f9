// A YAML test file `regc test` cannot run is said in the command line's language (`--lang`, else the locale,
// else English), as the rest of its report: not a test file, not YAML (the YAML library's own words follow), a
// policy that does not exist. The failure counts are the same in both.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../cli/main.js";
import { ROOT, tempDir } from "./regc.js";

const tests = join(tempDir(), "tests");
mkdirSync(tests);
writeFileSync(join(tests, "a.yaml"), "cases: []\n");
writeFileSync(join(tests, "b.yaml"), "policy: [\n");
writeFileSync(join(tests, "c.yaml"), "policy: 没有这个政策\ncases:\n  - name: x\n    case: {}\n");

async function regcTest(argv: readonly string[], env: Record<string, string>): Promise<{ code: number; out: string; err: string[] }> {
  let out = "";
  let err = "";
  const code = await main(["test", tests, ...argv], { cwd: ROOT, env, out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err: err.trimEnd().split("\n") };
}

describe("a test file regc test cannot run", () => {
  // b.yaml's YAML error: the library's own words, the same in both languages.
  const yaml = "Flow sequence in block collection must be sufficiently indented and end with a ] at line 2, column 1:";
  const c = relative(ROOT, join(tests, "c.yaml"));

  it("is said in English with --lang en and when nothing names a language", async () => {
    for (const r of [await regcTest(["--lang", "en"], {}), await regcTest([], {})]) {
      expect(r.code).toBe(1);
      expect(r.out).toBe("0 passed, 3 failed\n");
      expect(r.err[0]).toBe(`${join(tests, "a.yaml")}:1:1: expected "policy:" and a list "cases:"`);
      expect(r.err[1]).toBe(`${join(tests, "b.yaml")}:2:1: ${yaml}`);
      expect(r.err[2]).toMatch(new RegExp(`^${c.replace(/[.]/g, "\\.")}: unknown policy "没有这个政策"; known plans: `));
    }
  });

  it("is said in Chinese with --lang zh and a Chinese locale", async () => {
    for (const r of [await regcTest(["--lang", "zh"], {}), await regcTest([], { LANG: "zh_CN.UTF-8" })]) {
      expect(r.code).toBe(1);
      expect(r.out).toBe("0 个通过，3 个失败\n");
      expect(r.err[0]).toBe(`${join(tests, "a.yaml")}:1:1：应有“policy:”和列表“cases:”`);
      expect(r.err[1]).toBe(`${join(tests, "b.yaml")}:2:1：${yaml}`);
      expect(r.err[2]).toMatch(new RegExp(`^${c.replace(/[.]/g, "\\.")}：未知的政策“没有这个政策”；已知的方案：`));
    }
  });
});
