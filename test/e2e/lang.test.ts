// regc speaks the reader's language: `--lang zh|en`, else the locale (LC_ALL, LC_MESSAGES, LANG); English when
// neither names a language. Codes, places and names are the same in both.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emptyProject, ROOT } from "./regc.js";
import { main } from "../../cli/main.js";

const BIN = join(ROOT, "bin/regc.js");
const header = 'document "测试〔2024〕1号" {\n  title "测试"\n  effective 2024-01-01 @ 第一条\n}\n';
// line 6: 起付钱 is a slip for 起付线
const files = { "policies/t.policy": `${header}param 起付线: money @ 第二条 = 500元\nvalue 余额: money @ 第二条 = 起付钱 - 1元\n` };

/** `regc` in process, with the environment a shell would give it. */
async function regcWith(argv: string[], cwd: string, env: Record<string, string>) {
  let out = "";
  let err = "";
  const code = await main(argv, { cwd, env, out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe("the language of what regc prints", () => {
  const dir = emptyProject(files);

  it("regc check with LANG=zh_CN.UTF-8 prints the message and its help in Chinese (the installed command)", () => {
    const env = { ...process.env, LANG: "zh_CN.UTF-8", LC_ALL: "", LC_MESSAGES: "" };
    const p = spawnSync(process.execPath, [BIN, "check"], { cwd: dir, encoding: "utf8", env });
    expect(p.status).toBe(1);
    expect(p.stderr).toMatch(/^policies\/t\.policy:6:25: error\[E0201\]: 未知名称“起付钱”$/m);
    expect(p.stderr).toMatch(/^帮助：是否想写“起付线”？$/m);
    // the warning that the document has no gazette text to check against, in Chinese too
    expect(p.stderr).toMatch(/^policies\/t\.policy:1:10: warning\[W0801\]: 测试〔2024〕1号 没有公报原文，其引用的条款无法核对$/m);
    expect(p.stderr).toMatch(/^1 个错误，1 个警告$/m);
    expect(p.stderr).not.toContain("did you mean");
  });

  it("is English when the locale names no language or another one", async () => {
    for (const env of [{} as Record<string, string>, { LANG: "C.UTF-8" }, { LANG: "en_US.UTF-8" }, { LANG: "fr_FR.UTF-8" }]) {
      const r = await regcWith(["check"], dir, env);
      expect(r.err, JSON.stringify(env)).toContain('error[E0201]: unknown name "起付钱"');
      expect(r.err).toContain('help: did you mean "起付线"?');
    }
  });

  it("takes LC_ALL over LC_MESSAGES over LANG, and --lang over all of them", async () => {
    expect((await regcWith(["check"], dir, { LC_ALL: "zh_CN.UTF-8", LANG: "en_US.UTF-8" })).err).toContain("未知名称“起付钱”");
    expect((await regcWith(["check"], dir, { LC_ALL: "en_US.UTF-8", LANG: "zh_CN.UTF-8" })).err).toContain('unknown name "起付钱"');
    expect((await regcWith(["check"], dir, { LC_MESSAGES: "zh_TW.UTF-8", LANG: "en_US.UTF-8" })).err).toContain("未知名称“起付钱”");
    expect((await regcWith(["check", "--lang", "en"], dir, { LANG: "zh_CN.UTF-8" })).err).toContain('unknown name "起付钱"');
    expect((await regcWith(["--lang=zh", "check"], dir, {})).err).toContain("未知名称“起付钱”");
  });

  it("keeps codes and JSON fields in either language; only the words change", async () => {
    const en = JSON.parse((await regcWith(["check", "--format", "json"], dir, {})).out);
    const zh = JSON.parse((await regcWith(["check", "--format", "json", "--lang", "zh"], dir, {})).out);
    expect(Object.keys(zh)).toEqual(Object.keys(en));
    expect(Object.keys(zh.diagnostics[0])).toEqual(Object.keys(en.diagnostics[0]));
    const unknown = (r: { diagnostics: { code: string }[] }) => r.diagnostics.find((d) => d.code === "E0201");
    expect(unknown(zh)).toMatchObject({ code: "E0201", line: 6, column: 25, message: "未知名称“起付钱”", help: "是否想写“起付线”？" });
    expect(unknown(en)).toMatchObject({ code: "E0201", line: 6, column: 25, message: 'unknown name "起付钱"', help: 'did you mean "起付线"?' });
  });

  it("regc status gives its reason in the reader's language; the fields are the same", async () => {
    // 绵府发〔2018〕3号 第四十六条: 自2018年2月1日起施行 (R6), 有效期3年 (R5: to 2021-02-01 inclusive, M1)
    const zh = JSON.parse((await regcWith(["status", "绵府发〔2018〕3号", "--on", "2022-01-01"], ROOT, { LANG: "zh_CN.UTF-8" })).out);
    const en = JSON.parse((await regcWith(["status", "绵府发〔2018〕3号", "--on", "2022-01-01"], ROOT, {})).out);
    expect(Object.keys(zh)).toEqual(Object.keys(en));
    expect(zh.inForce).toBe(false);
    expect(zh.reason).toBe("2021-02-01后已失效：有效期3年，自2018-02-01起至2021-02-01止（含当日）（第四十六条，R5，M1）");
    expect(en.reason).toBe("no longer in force after 2021-02-01: 有效期3年 from 2018-02-01 ends 2021-02-01 inclusive (第四十六条, R5, M1)");
  });

  it("refuses a language it does not speak (exit 2)", async () => {
    const r = await regcWith(["check", "--lang", "fr"], dir, {});
    expect(r.code).toBe(2);
    expect(r.err).toContain("--lang");
  });

  it("--help of every command in the chosen language", async () => {
    const commands = [
      "check",
      "build",
      "run",
      "explain",
      "test",
      "fmt",
      "diff",
      "history",
      "batch",
      "impact",
      "coverage",
      "rulings",
      "doc",
      "deadline",
      "status",
      "lsp",
      "serve",
    ];
    const top = await regcWith(["--help", "--lang", "zh"], dir, {});
    expect(top.out).toContain("用法：");
    expect(top.out).toContain("规则编译器");
    for (const c of commands) {
      const zh = await regcWith([c, "--help"], dir, { LANG: "zh_CN.UTF-8" });
      const en = await regcWith([c, "--help"], dir, {});
      expect(zh.code, c).toBe(0);
      // the description (the line after the usage) is Chinese, and every option's description too
      const zhLines = zh.out.split("\n");
      expect(zhLines[0], c).toMatch(/^用法：/);
      expect(/\p{Script=Han}/u.test(zhLines[2]!), `${c}: ${zhLines[2]}`).toBe(true);
      const options = zhLines.filter((l) => /^ {2}-/.test(l) && !/^ {2}-\S+(, -\S+)?\s*$/.test(l));
      for (const line of options) expect(/\p{Script=Han}/u.test(line), `${c}: ${line}`).toBe(true);
      expect(en.out.split("\n")[0], c).toMatch(/^Usage:/);
    }
  });
});
