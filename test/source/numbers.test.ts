import { describe, expect, it } from "vitest";
import { numbersIn } from "../../compiler/law/source/numbers.js";
import type { Quantity } from "../../compiler/law/source/types.js";

const one = (text: string): Quantity => {
  const found = numbersIn(text);
  expect(found).toHaveLength(1);
  return found[0];
};

describe("numbersIn", () => {
  it.each([
    ["５００元", "money", "500", "５００元"],
    ["10万元", "money", "100000", "10万元"],
    ["１０万元", "money", "100000", "１０万元"],
    ["2万元", "money", "20000", "2万元"],
    ["1.5 万元", "money", "15000", "1.5 万元"],
    ["0.5 万元", "money", "5000", "0.5 万元"],
    ["两万元", "money", "20000", "两万元"],
    ["70%", "rate", "0.7", "70%"],
    ["７０％", "rate", "0.7", "７０％"],
    ["百分之七十", "rate", "0.7", "百分之七十"],
    ["４．５％", "rate", "0.045", "４．５％"],
    ["百分之四点五", "rate", "0.045", "百分之四点五"],
    ["９０％及以上", "rate", "0.9", "９０％"],
    ["5个百分点", "points", "5", "5个百分点"],
    ["３个月", "months", "3", "３个月"],
    ["三个月", "months", "3", "三个月"],
    ["有效期３年", "years", "3", "３年"],
    ["3年", "years", "3", "3年"],
    ["满２０年", "years", "20", "２０年"],
    ["一年计算一次", "years", "1", "一年"],
    ["三年", "years", "3", "三年"],
    ["100周岁", "age", "100", "100周岁"],
    ["１００周岁以上", "age", "100", "１００周岁"],
    ["5个工作日", "workdays", "5", "5个工作日"],
    ["30日", "days", "30", "30日"],
    ["三十日", "days", "30", "三十日"],
    ["30天", "days", "30", "30天"],
    ["每月10日前", "days", "10", "10日"],
    ["6倍", "factor", "6", "6倍"],
    ["六倍", "factor", "6", "六倍"],
    ["2018年1月1日", "date", "2018-01-01", "2018年1月1日"],
    ["２０１８年１月１日起施行", "date", "2018-01-01", "２０１８年１月１日"],
    ["自 2023 年 1 月 1 日执行", "date", "2023-01-01", "2023 年 1 月 1 日"],
    ["2021年底前", "date", "2021", "2021年"],
    ["每年６月３０日前", "date", "--06-30", "６月３０日"],
    ["74项", "number", "74", "74"],
  ])("%s", (text, kind, value, written) => {
    expect(one(text)).toEqual({ kind, value, text: written });
  });

  it("finds every number of a sentence in order", () => {
    const found = numbersIn("一级医院 ５００元，二级医院 ６００元，三级医院７００元，乡镇卫生院２００元。市外转诊起付标准１０００元。");
    expect(found.map((x) => x.value)).toEqual(["500", "600", "700", "200", "1000"]);
    expect(found.every((x) => x.kind === "money")).toBe(true);
  });

  it("does not read ordinals, document numbers or unit-less Chinese numerals as amounts", () => {
    expect(numbersIn("扣除按本办法第三十条自付的费用，按第二十七条（五）执行")).toEqual([]);
    expect(numbersIn("市七届政府第３３次常务会议")).toEqual([]);
    expect(numbersIn("（国发〔２０１６〕７６号）")).toEqual([]);
    expect(numbersIn("一、二、三级定点医院，三重制度，一次性，一档")).toEqual([]);
    expect(numbersIn("上一年度全市城镇居民")).toEqual([]);
  });

  it("skips list markers at line starts but not numbers after them", () => {
    const found = numbersIn("1. 对特困人员给予救助。\n2. 年度救助限额10万元。\n3．其他");
    expect(found).toEqual([{ kind: "money", value: "100000", text: "10万元" }]);
  });

  it("keeps table cells as plain numbers", () => {
    const found = numbersIn("３００００－６００００（含６００００） ６３％");
    expect(found.map((x) => `${x.kind}:${x.value}`)).toEqual(["number:30000", "number:60000", "number:60000", "rate:0.63"]);
  });

  it("never uses floating point", () => {
    expect(numbersIn("０．１％ 0.3%")).toEqual([
      { kind: "rate", value: "0.001", text: "０．１％" },
      { kind: "rate", value: "0.003", text: "0.3%" },
    ]);
  });
});
