// The parser's diagnostics in both languages: the same file read by a Chinese and an English reader. The English
// is what regc printed before the catalogue; the Chinese keeps the keywords and the author's words as written.
import { describe, expect, it } from "vitest";
import { inLang } from "../../dsl/diagnostic.js";
import { parse } from "../../dsl/parser.js";
import { HEADER } from "../dsl/helpers.js";

function both(text: string) {
  const { diagnostics } = parse("t.policy", text);
  expect(diagnostics).toHaveLength(1);
  const d = diagnostics[0]!;
  const zh = inLang(d, "zh");
  const en = inLang(d, "en");
  return { code: d.code, en: `${en.message} — ${en.help}`, zh: `${zh.message}——${zh.help}`, zhNotes: zh.related?.map((r) => r.message) };
}

describe("the parser's diagnostics in Chinese and English", () => {
  it("E0102: what was expected after what, what was found, and the help", () => {
    const d = both(`${HEADER}param 起付线: money @ 第八条 = }\n`);
    expect(d.code).toBe("E0102");
    expect(d.en).toBe(
      'expected a value after "=" (an amount like 500元, a name, or an expression), found "}" — write an amount like 500元, a name like 起付标准, or an expression like 起付标准 * 70%',
    );
    expect(d.zh).toBe(
      "在“=”之后应写一个值（如 500元 这样的金额、名称或表达式），这里却是“}”——请写金额（如 500元）、名称（如 起付标准）或表达式（如 起付标准 * 70%）",
    );
    const titel = both('document "x" {\n  titel "t"\n}');
    expect(titel.zh.endsWith("——是否想写“title”？")).toBe(true);
  });

  it("E0102 at the end of the file: 文件结尾", () => {
    const d = both(`${HEADER}value 合计 @ 第四条 = 1元 +`);
    expect(d.en).toMatch(/^expected a value after "\+" .*, found the end of the file — /);
    expect(d.zh).toMatch(/^在“\+”之后应写一个值（如 500元 这样的金额、名称或表达式），这里却是文件结尾——/);
  });

  it("E0103: the missing bracket, where it opened, and where to close it", () => {
    const d = both(`${HEADER}claim {\n  a: money\n\nvalue b: money @ 第一条 = 1元\n`);
    expect(d.code).toBe("E0103");
    expect(d.en).toBe('missing "}": the "{" at 4:7 is not closed before the keyword "value" — add "}" after the last field');
    expect(d.zh).toBe("缺少“}”：4:7 处的“{”在关键字“value”之前没有闭合——请在最后一个字段之后补上“}”");
    expect(d.zhNotes).toEqual(["“{”从这里开始"]);
  });

  it("E0106, E0109, E0110, E0111", () => {
    expect(both(`${HEADER}parm 比例: rate @ 第二条 = 70%`).zh).toBe("此处应是声明的关键字，这里却是“parm”——是否想写“param”？");
    expect(both(`${HEADER}title "t"`).zh).toBe('此处应是声明的关键字，这里却是关键字“title”——“title”应写在文件块中：`document "文号" { title … }`');
    expect(both("value a = 1").zh).toBe(
      '规则文件要以文件头（document 或 part）开头，这里却是关键字“value”——规则文件以 `document "文号" { … }` 或 `part 名称 of "文号"` 开头',
    );
    const extra = both(`${HEADER}value a = 1\n${HEADER}`);
    expect(extra.code).toBe("E0110");
    expect(extra.zh).toBe("一个规则文件只有一个文件头；这个“document”在第一个文件头之后——每个文件只保留一个文件头；另一个文件的规则请放在单独的规则文件中");
    expect(extra.zhNotes).toEqual(["文件头在这里"]);
    expect(both(`${HEADER}value date = 1`).zh).toBe("“date”是关键字，不能用作名称——请另起名称；规则语言的关键字列在 docs/language.md 中");
  });

  it("E0122–E0125: the usual slips, each its own code", () => {
    expect(both(`${HEADER}param 补助: money @ 第一条 = 0.1万\n`)).toMatchObject({
      code: "E0122",
      zh: "“0.1万”不是金额：“万”不是单位——以万元计的金额要写全两个字：0.1万元",
    });
    expect(both(`${HEADER}value 可救助: bool @ 第一条 = claim.a 或者 claim.b\n`)).toMatchObject({
      code: "E0123",
      zh: "条件之间要用“or”连接，不能用“或者”——是否想写“or”？规则文件中“并且”“或者”“不是”分别写作 and、or、not",
    });
    expect(both(`${HEADER}exception 艾滋病 on 起付标准 when claim.aids = 0元 @ 第二十七条\nvalue a = 1\n`)).toMatchObject({
      code: "E0124",
      zh: "例外的值要写在“then”之后：“when”之后的“=”表示比较，所以“0元”被当成了条件的一部分——是否想写“then”？请写：when claim.aids then 0元",
    });
    expect(both(`${HEADER}value 金额: money @ 第八条 = 500元 )\n`)).toMatchObject({
      code: "E0125",
      en: 'unexpected ")": nothing is open here for it to close — remove it, or add the opening bracket it was meant to close',
      zh: "多余的“)”：这里没有需要它闭合的括号——请删去它，或补上与它对应的左括号",
    });
  });
});
