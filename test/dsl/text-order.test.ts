// Everything regc prints in order is in code-point order, the same in every locale: under zh_CN a collation
// sorts 文号 by their pinyin, so `regc coverage` and `regc rulings` would differ with the reader's settings.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { byCodePoint, byCodePointNumeric } from "../../dsl/text-order.js";
import { ROOT } from "../e2e/regc.js";

describe("code-point order", () => {
  it("orders by code point, not by pinyin or by UTF-16 unit", () => {
    // 锦 U+9526, 绵 U+7EF5, 南 U+5357, 渝 U+6E1D; by pinyin 绵 (mian) would come before 南 (nan) before 渝 (yu)
    // before 锦 (jin)... by code point 南 < 渝 < 绵 < 锦.
    expect(["锦政规〔2022〕5号", "绵府发〔2018〕3号", "南川府办发〔2023〕8号", "渝民〔2020〕238号"].sort(byCodePoint)).toEqual([
      "南川府办发〔2023〕8号",
      "渝民〔2020〕238号",
      "绵府发〔2018〕3号",
      "锦政规〔2022〕5号",
    ]);
    // U+1F600 sorts after U+FF5E by code point, although its first UTF-16 unit (U+D83D) sorts before.
    expect(["😀", "～"].sort(byCodePoint)).toEqual(["～", "😀"]);
    expect(["ab", "a", ""].sort(byCodePoint)).toEqual(["", "a", "ab"]);
  });

  it("compares runs of digits as numbers where asked", () => {
    expect(["R10", "R2", "M1", "R1", "X01"].sort(byCodePointNumeric)).toEqual(["M1", "R1", "R2", "R10", "X01"]);
  });

  it("is the only order in the sources: no collation anywhere", () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => {
        const p = join(dir, n);
        return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
      });
    const offenders = ["cli", "compiler", "dsl", "runtime", "lsp", "server"]
      .flatMap((d) => files(join(ROOT, d)))
      .filter((f) => /\.localeCompare\(|Intl\.Collator|toLocale(Upper|Lower)?(String|Case)\(/.test(readFileSync(f, "utf8").replace(/^\s*\/\/.*$/gm, "")))
      .map((f) => f.slice(ROOT.length));
    expect(offenders).toEqual([]);
  });
});
