// An invalid case is reported in the reader's language (`--lang en|zh`): a missing field and a mistyped one,
// located by their JSON paths; the English is what regc has always printed.
// The policy: 绵府办发〔2018〕4号, whose claims need selfPayCompliant, money that is not negative.
import { describe, expect, it } from "vitest";
import { main } from "../../cli/main.js";
import { ROOT, tempDir, writeCase } from "./regc.js";

async function invalid(lang: "en" | "zh"): Promise<{ code: number; out: string; err: string }> {
  const file = writeCase(tempDir(), "case.json", {
    person: { categories: ["低保对象"] },
    claims: [
      { id: "c1", date: "2019-03-01" },
      { id: "c2", date: "2019-09-01", selfPayCompliant: "abc" },
    ],
  });
  let out = "";
  let err = "";
  const code = await main(["run", "绵府办发〔2018〕4号", "--case", file, "--lang", lang], {
    cwd: ROOT,
    env: {},
    out: (t) => (out += t),
    err: (t) => (err += t),
  });
  return { code, out, err };
}

describe("regc run: an invalid case in both languages", () => {
  it("--lang en", async () => {
    const r = await invalid("en");
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toBe(
      [
        "invalid case:",
        "  $.claims[0].selfPayCompliant: is required but missing",
        '  $.claims[1].selfPayCompliant: expected money: a number or a decimal string, not negative, with at most two decimals, such as 1200.5 or "1200.50", got "abc"',
        "",
      ].join("\n"),
    );
  });

  it("--lang zh", async () => {
    const r = await invalid("zh");
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      [
        "案例无效：",
        "  $.claims[0].selfPayCompliant: 必须填写，但缺少",
        '  $.claims[1].selfPayCompliant: 应为金额：非负的数字或至多两位小数的十进制字符串，如 1200.5 或 "1200.50"，实际为 "abc"',
        "",
      ].join("\n"),
    );
  });
});
