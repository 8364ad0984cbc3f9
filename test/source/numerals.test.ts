import { describe, expect, it } from "vitest";
import { chineseToDecimalString, chineseToInt, foldDigits, intToChinese, parseNumeral } from "../../compiler/law/source/numerals.js";

describe("chineseToInt", () => {
  it.each([
    ["一", 1],
    ["十", 10],
    ["十一", 11],
    ["二十", 20],
    ["二十七", 27],
    ["四十六", 46],
    ["一百", 100],
    ["一百零五", 105],
    ["一百一十", 110],
    ["两", 2],
    ["两万", 20000],
    ["十万", 100000],
    ["一万五千", 15000],
    ["一千零一十", 1010],
    ["二〇一八", 2018],
    ["零", 0],
  ])("%s → %i", (numeral, value) => {
    expect(chineseToInt(numeral)).toBe(value);
  });

  it("rejects what is not a numeral", () => {
    expect(chineseToInt("")).toBeUndefined();
    expect(chineseToInt("十条")).toBeUndefined();
    expect(chineseToInt("二三十")).toBeUndefined();
  });
});

describe("intToChinese", () => {
  it.each([
    [10, "十"],
    [11, "十一"],
    [20, "二十"],
    [27, "二十七"],
    [46, "四十六"],
    [100, "一百"],
    [105, "一百零五"],
    [110, "一百一十"],
    [10010, "一万零一十"],
  ])("%i → %s", (value, numeral) => {
    expect(intToChinese(value)).toBe(numeral);
  });

  it("round-trips with chineseToInt", () => {
    for (let n = 1; n <= 300; n++) expect(chineseToInt(intToChinese(n))).toBe(n);
  });
});

describe("digit folding", () => {
  it("folds full-width digits and a full-width point between digits, keeping length", () => {
    expect(foldDigits("４．５％ 第３３次。")).toBe("4.5％ 第33次。");
    expect(foldDigits("１０万元").length).toBe("１０万元".length);
  });

  it("parses ordinals written either way", () => {
    expect(parseNumeral("２７")).toBe(27);
    expect(parseNumeral("27")).toBe(27);
    expect(parseNumeral("二十七")).toBe(27);
  });

  it("reads Chinese decimals digit by digit after 点", () => {
    expect(chineseToDecimalString("四点五")).toBe("4.5");
    expect(chineseToDecimalString("七十")).toBe("70");
  });
});
