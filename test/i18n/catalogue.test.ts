// The catalogue of diagnostics: each code once, one situation per code (no site raises a catalogued code with a
// free-standing string), every entry used, and every template rendering in both languages.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGUE, CATALOGUE_FILES } from "../../compiler/messages/catalogue.js";
import { diagnose } from "../../dsl/diagnostic.js";
import { ROOT } from "../e2e/regc.js";

const entries = CATALOGUE.flatMap((f) => f.entries);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith(".ts") ? [p] : [];
  });
}

const code = ["dsl", "compiler", "cli", "lsp", "server"].flatMap((d) => sources(join(ROOT, d))).filter((f) => !f.includes("/messages/"));
const texts = code.map((f) => readFileSync(f, "utf8"));

const HAN = /\p{Script=Han}/u;

describe("the catalogue of diagnostics", () => {
  it("gives each code one entry", () => {
    const codes = entries.map((e) => e.code);
    expect(codes.filter((c, i) => codes.indexOf(c) !== i)).toEqual([]);
    expect(codes.length).toBeGreaterThan(10);
  });

  it("has no entry the sources do not raise", () => {
    for (const [file, module] of Object.entries(CATALOGUE_FILES)) {
      for (const [name, value] of Object.entries(module)) {
        if (!entries.includes(value as never)) continue;
        const used = texts.some((t) => new RegExp(`\\b[A-Z]\\w*\\.${name}\\b`).test(t));
        expect(used, `${file}: ${name} is never raised`).toBe(true);
      }
    }
  });

  it("names one situation per code: no site raises a catalogued code with words of its own", () => {
    // a raise with its own words: error("E0201", …), warning(…), report(…) — reading a code (d.code === "E0101") is fine
    const raises = (code: string) => new RegExp(`\\b(?:error|warning|report)\\(\\s*"${code}"`);
    const free = entries.filter((e) => texts.some((t) => raises(e.code).test(t))).map((e) => e.code);
    expect(free).toEqual([]);
  });

  it("catalogues every code docs/diagnostics.md lists: each in Chinese and English", () => {
    const docs = readFileSync(join(ROOT, "docs/diagnostics.md"), "utf8");
    const listed = new Set([...docs.matchAll(/^\| ([EW]\d{4}) \|/gm)].map((m) => m[1]!));
    const catalogued = new Set(entries.map((e) => e.code));
    expect([...listed].filter((c) => !catalogued.has(c))).toEqual([]);
    expect([...catalogued].filter((c) => !listed.has(c))).toEqual([]);
    expect(listed.size).toBeGreaterThan(140);
  });

  it("leaves no code to be raised or printed with free words anywhere: every diagnostic comes from its entry", () => {
    // error("E0119", …), warning("W0802", …), report(n, "E0320", …), or a string printing `error[E0910]: …` itself
    const raise = /\b(?:error|warning|report)\([^()]*?"[EW]\d{4}"|["'`][^"'`\n]*error\[[EW]\d{4}\]/;
    const free = code.filter((_, i) => raise.test(texts[i]!)).map((f) => f.slice(ROOT.length));
    expect(free).toEqual([]);
  });

  it("renders every message and help in both languages from the entry's parameters", () => {
    for (const e of entries) {
      for (const lang of ["en", "zh"] as const) {
        expect(e.title[lang], `${e.code} title ${lang}`).not.toBe("");
        expect(e.message[lang](e.example), `${e.code} message ${lang}`).not.toBe("");
        expect(e.help[lang](e.example), `${e.code} help ${lang}`).not.toBe("");
      }
      // Chinese text is Chinese (the names in it may be either), and differs from the English
      expect(HAN.test(e.title.zh.replace(/“[^”]*”/g, "")), e.code).toBe(true);
      expect(e.message.zh(e.example)).not.toBe(e.message.en(e.example));
      expect(e.help.zh(e.example)).not.toBe(e.help.en(e.example));
    }
  });

  it("puts the parameters into the words: names, 文号 and suggestions the same in both languages", () => {
    const span = { file: "a.policy", start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 3, offset: 2 } };
    const unknown = entries.find((e) => e.code === "E0201")!;
    const d = diagnose(unknown, span, { name: "本次起付标淮", meant: ["本次起付标准"] } as never);
    expect(d.message).toBe('unknown name "本次起付标淮"');
    expect(d.help).toBe('did you mean "本次起付标准"?');
    expect(d.zh).toEqual({ message: "未知名称“本次起付标淮”", help: "是否想写“本次起付标准”？" });
    expect(d.suggestions).toEqual(["本次起付标准"]);
    // without a suggestion, the help says what to do instead
    const bare = diagnose(unknown, span, { name: "甲" } as never);
    expect(bare.help).toBe("declare it as a param or value first");
    expect(bare.zh!.help).toBe("请先用 param（参数）或 value（计算值）声明它");
    expect(bare.suggestions).toBeUndefined();
  });
});
