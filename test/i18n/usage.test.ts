// A command called wrongly says so in the reader's language: regc's own usage errors (cli/messages/usage.ts) and
// commander's sentences (cli/messages/commander.ts), in English as before with --lang en (or no language named)
// and in Chinese with --lang zh or a zh_* locale; the exit code is 2 in both.
import { describe, expect, it } from "vitest";
import { main } from "../../cli/main.js";
import { ROOT } from "../e2e/regc.js";

async function regc(argv: string[], env: Record<string, string> = {}) {
  let out = "";
  let err = "";
  const code = await main(argv, { cwd: ROOT, env, out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** Latin words in a row, three or more: an English sentence (flags, codes and names are single words). */
const ENGLISH = /[A-Za-z][A-Za-z'’]*(?:[\s,;.!?]+[A-Za-z][A-Za-z'’]*){2,}/;

// Each of commander's situations, called so that commander raises it; the English is commander's own.
const COMMANDER: [string, string[], string, string][] = [
  ["unknownOption", ["check", "--bogus"], "error: unknown option '--bogus'\n", "错误：未知的选项“--bogus”\n"],
  [
    "unknownOption, with a suggestion",
    ["check", "--formt", "json"],
    "error: unknown option '--formt'\n(Did you mean --format?)\n",
    "错误：未知的选项“--formt”\n（是否想写 --format？）\n",
  ],
  ["unknownCommand", ["chek"], "error: unknown command 'chek'\n(Did you mean check?)\n", "错误：未知的命令“chek”\n（是否想写 check？）\n"],
  ["missingArgument", ["deadline", "2024-02-08"], "error: missing required argument 'count'\n", "错误：缺少必需的参数“count”\n"],
  ["optionMissingArgument", ["run", "x", "--case"], "error: option '--case <file>' argument missing\n", "错误：选项“--case <file>”缺少取值\n"],
  ["missingMandatoryOptionValue", ["run", "x"], "error: required option '--case <file>' not specified\n", "错误：未指定必需的选项“--case <file>”\n"],
  [
    "excessArguments",
    ["status", "a", "b", "--on", "2024-01-01"],
    "error: too many arguments for 'status'. Expected 1 argument but got 2.\n",
    "错误：命令“status”的参数过多：应有 1 个，收到 2 个\n",
  ],
  [
    "invalidArgument",
    ["check", "--lang", "fr"],
    "error: option '--lang <lang>' argument 'fr' is invalid. Allowed choices are zh, en.\n",
    "错误：选项“--lang <lang>”的取值“fr”无效，可选：zh、en\n",
  ],
];

describe("commander's errors", () => {
  it.each(COMMANDER)("%s: English as commander words it, Chinese with --lang zh, exit 2", async (_, argv, en, zh) => {
    const english = await regc([...argv, "--lang", "en"]);
    expect(english).toEqual({ code: 2, out: "", err: en });
    // no language named: English, as before
    expect((await regc(argv)).err).toBe(en);
    const chinese = await regc(argv, { LANG: "zh_CN.UTF-8" });
    expect(chinese).toEqual({ code: 2, out: "", err: zh });
    expect(chinese.err).not.toMatch(ENGLISH);
  });
});

describe("regc's usage errors", () => {
  const CASES: [string[], string, string][] = [
    [
      ["run", "没有这个政策", "--case", "policies/medical-assistance/examples/nanchuan.json"],
      'regc: unknown policy "没有这个政策"',
      "regc: 未知的政策“没有这个政策”",
    ],
    [["run", "x", "--case", "no-such-case.json"], "regc: case file not found: no-such-case.json\n", "regc: 找不到案例文件：no-such-case.json\n"],
    [["check", "no/such/file.policy"], "regc: no such file or folder: no/such/file.policy\n", "regc: 没有这个文件或文件夹：no/such/file.policy\n"],
    [
      ["status", "锦政办发〔2017〕61号", "--on", "2024-13-01"],
      'regc: --on expects a date YYYY-MM-DD, got "2024-13-01"\n',
      'regc: --on 需要 YYYY-MM-DD 格式的日期，收到 "2024-13-01"\n',
    ],
    [
      ["check", "--format", "yaml"],
      'regc: --format expects one of text, json, sarif, github, got "yaml"\n',
      "regc: --format 应为 text、json、sarif、github 之一，收到“yaml”\n",
    ],
    [
      ["coverage", "--json", "--format", "markdown"],
      "regc: --json cannot be used with --format markdown\n",
      "regc: --json 与 --format markdown 不能同时使用\n",
    ],
    [["lsp"], "regc: regc lsp speaks on stdin and stdout only: run regc lsp --stdio\n", "regc: regc lsp 只使用标准输入和输出：请运行 regc lsp --stdio\n"],
    [["coverage", "--min", "120"], 'regc: --min expects a percentage between 0 and 100, got "120"\n', "regc: --min 应为 0 到 100 之间的百分比，收到“120”\n"],
  ];

  it.each(CASES)("%j: in English and in Chinese, exit 2", async (argv, en, zh) => {
    const english = await regc([...argv, "--lang", "en"]);
    const chinese = await regc([...argv, "--lang", "zh"]);
    expect(english.code).toBe(2);
    expect(chinese.code).toBe(2);
    expect(english.err.startsWith(en)).toBe(true);
    expect(chinese.err.startsWith(zh)).toBe(true);
    // no language named: English, as regc has always said it
    expect((await regc(argv)).err).toBe(english.err);
    expect(chinese.err).not.toMatch(ENGLISH);
  });

  it("an unknown policy names the plans and documents it knows, and what was meant, in both", async () => {
    const argv = ["run", "南川府办发〔2023〕8", "--case", "policies/medical-assistance/examples/nanchuan.json"];
    const english = await regc([...argv, "--lang", "en"]);
    expect(english.err).toMatch(
      /^regc: unknown policy "南川府办发〔2023〕8" \(did you mean "南川府办发〔2023〕8号".*\?\); known plans: .*; known documents \(a part file as 文号\/part\): /,
    );
    const chinese = await regc([...argv, "--lang", "zh"]);
    expect(chinese.err).toMatch(
      /^regc: 未知的政策“南川府办发〔2023〕8”（是否想写“南川府办发〔2023〕8号”.*？）；已知的方案：.*；已知的文件（部分文件写作 文号\/部分）：/,
    );
    expect(chinese.err).not.toMatch(ENGLISH);
  });
});
