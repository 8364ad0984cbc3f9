// The limits a rule file is held to, and a rule file that cannot be read or named, in both languages: the same
// problem said to a Chinese and an English reader, the limits and code points the same in both.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inLang, type Diagnostic } from "../../dsl/diagnostic.js";
import { checkText, checkTokens } from "../../dsl/limits.js";
import { lex } from "../../dsl/lexer.js";
import { parse } from "../../dsl/parser.js";
import { readRuleFile } from "../../compiler/program.js";
import { HEADER } from "../dsl/helpers.js";
import { tempDir } from "../temp.js";

const said = (d: Diagnostic) => ({
  code: d.code,
  en: `${inLang(d, "en").message} — ${inLang(d, "en").help}`,
  zh: `${inLang(d, "zh").message}——${inLang(d, "zh").help}`,
});

describe("the limits in Chinese and English", () => {
  it("E0112: an invisible character, named by its code point in both", () => {
    expect(said(checkText("t.policy", 'title "办法\u2028"')[0]!)).toEqual({
      code: "E0112",
      en: "the invisible character U+2028 (line separator) is not allowed in a rule file — delete it (it is often pasted from a web page or a PDF); to break a line, start a new one",
      zh: "规则文件中不允许有不可见字符 U+2028（行分隔符）——请删去它（它常随网页或 PDF 中复制的文字带入）；要换行，请直接另起一行",
    });
    expect(said(checkText("t.policy", "a\u202Eb")[0]!).zh).toBe(
      "规则文件中不允许有不可见字符 U+202E（双向文字格式控制符）——请删去它（它常随网页或 PDF 中复制的文字带入）；多数编辑器中看不见它",
    );
  });

  it("E0113, E0114: a file and a line beyond their limits", () => {
    expect(said(checkText("t.policy", "x".repeat(262_145))[0]!).zh).toBe(
      '文件超过 262144 个字符——一个规则文件编写一个文件；其余条款请放在分部文件中：part 名称 of "文号"',
    );
    expect(said(checkText("t.policy", "x".repeat(4_001))[0]!)).toMatchObject({
      code: "E0114",
      zh: "这一行超过 4000 个字符——请把它分成几行：声明的各部分之间，空格和换行都不影响含义",
    });
  });

  it("E0115, E0116: a name and a citation beyond their limits", () => {
    const name = checkTokens("t.policy", lex("t.policy", `value ${"名".repeat(101)}`).tokens)[0]!;
    expect(said(name)).toMatchObject({
      code: "E0115",
      en: "this name is longer than 100 characters — choose a shorter name; the label string can hold the full wording",
    });
    expect(said(name).zh).toBe("这个名称超过 100 个字符——请改用较短的名称；完整的说法可以写在说明字符串中");
    const citation = checkTokens("t.policy", lex("t.policy", `@ 第${"一".repeat(2_001)}条`).tokens)[0]!;
    expect(said(citation).zh).toBe("这个条款引用超过 2000 个字符——只写条款的位置即可，例如 @ 第二十七条（三）");
  });

  it("E0117, E0118: an expression nested too deep, a list too long", () => {
    const deep = parse("t.policy", `${HEADER}value a @ 第一条 = ${"(".repeat(60)}1${")".repeat(60)}\n`).diagnostics;
    expect(deep.map(said).find((d) => d.code === "E0117")?.zh).toBe(
      "这个表达式嵌套超过 48 层——请把其中的部分各自算成计算值（value 名称 @ … = …），再把它们组合起来",
    );
    const members = Array.from({ length: 257 }, (_, i) => `m${i}`).join(", ");
    const long = parse("t.policy", `${HEADER}enum 长 { ${members} }\n`).diagnostics.map(said);
    expect(long).toContainEqual({
      code: "E0118",
      en: "enum 长 has more than 256 items — split it: a long list of cases is better a table (param NAME: TYPE by ENUM) or a sub-enum (enum NAME of ENUM { … })",
      zh: "枚举 长超过 256 项——请拆分：很长的情形列表最好写成参数表（param 名称: 类型 by 枚举）或子枚举（enum 名称 of 枚举 { … }）",
    });
  });

  it("E0119: a rule file that is a folder", () => {
    const dir = join(tempDir(), "x.policy");
    mkdirSync(dir);
    const read = readRuleFile("policies/x.policy", dir);
    expect("diagnostic" in read && said(read.diagnostic)).toEqual({
      code: "E0119",
      en: "the rule file cannot be read: it is not a regular file (a folder) — a rule file is a text file (UTF-8) under policies/",
      zh: "无法读取规则文件：它不是普通文件（而是文件夹）——规则文件是 policies/ 下的文本文件（UTF-8 编码）",
    });
  });
});
