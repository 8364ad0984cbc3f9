// A batch line that cannot be read as a case — not JSON, nested too deep — is reported on stderr in the command
// line's language, as the other `invalid case` lines of `regc batch` and `regc impact` are (docs/contracts.md);
// the output file keeps its English `invalid` issues.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../cli/main.js";
import { ROOT, tempDir } from "./regc.js";

const dir = tempDir();
const CASES = join(dir, "cases.jsonl");
// Line 1 and 4: a 特困人员 claim of 锦政办发〔2022〕16号; line 2 not JSON; line 3 nested 40 deep (the limit is 32:
// the 33rd `[` at column 33 is one level too many).
const good = JSON.stringify({
  person: { categories: ["特困人员"] },
  claims: [{ id: "c1", date: "2023-03-15", inScopeCost: 30000, basicInsurancePaid: 15000, criticalIllnessPaid: 5000 }],
});
writeFileSync(CASES, [good, "{not json", "[".repeat(40) + "]".repeat(40), good].join("\n") + "\n");

/** What JSON.parse says of line 2, which the message quotes after its own words. */
const why = (() => {
  try {
    JSON.parse("{not json");
  } catch (e) {
    return (e as Error).message;
  }
  return "";
})();

async function stderr(argv: readonly string[], env: Record<string, string>): Promise<{ code: number; err: string }> {
  let err = "";
  const code = await main([...argv], { cwd: ROOT, env, out: () => {}, err: (t) => (err += t) });
  return { code, err };
}

const EN = [`line 2: $: not valid JSON: ${why}`, "line 3: $: nests deeper than 32 levels of arrays and objects (line 1, column 33)"];
const ZH = [`第 2 行：$: 该行不是有效的 JSON：${why}`, "第 3 行：$: 该行的数组与对象嵌套超过 32 层（第 1 行第 33 列）"];

describe("a batch line that is not a readable case", () => {
  const batch = ["batch", "锦政办发〔2022〕16号", "--cases", CASES, "--workers", "1"];

  it("regc batch says it in the command line's language; the output file keeps English", async () => {
    const out = join(dir, "out.jsonl");
    for (const [argv, env, lines] of [
      [["--lang", "en"], {}, EN],
      [[], {}, EN],
      [["--lang", "zh"], {}, ZH],
      [[], { LANG: "zh_CN.UTF-8" }, ZH],
    ] as const) {
      const r = await stderr([...batch, "--out", out, ...argv], env);
      expect(r.code).toBe(1);
      expect(r.err).toBe(lines.map((l) => `${l}\n`).join(""));
      const invalid = readFileSync(out, "utf8")
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l) as { invalid?: unknown })
        .filter((l) => l.invalid)
        .map((l) => l.invalid);
      expect(invalid).toEqual([
        [{ path: "$", message: `not valid JSON: ${why}` }],
        [{ path: "$", message: "nests deeper than 32 levels of arrays and objects (line 1, column 33)" }],
      ]);
    }
  });

  it("regc impact says it in the command line's language", async () => {
    const impact = ["impact", "锦政办发〔2022〕16号", "锦政办发〔2022〕16号", "--cases", CASES, "--workers", "1", "--json"];
    expect((await stderr([...impact, "--lang", "en"], {})).err).toBe(EN.map((l) => `${l}\n`).join(""));
    expect((await stderr(impact, { LANG: "zh_CN.UTF-8" })).err).toBe(ZH.map((l) => `${l}\n`).join(""));
  });
});
