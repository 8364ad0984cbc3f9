// A case's JSON becomes exact values: money from a JSON number or a decimal string (never more than two
// decimals), rates at scale 4, enum aliases to their member, defaults for absent fields, sets without
// duplicates; every problem is reported with its JSON path.
import { describe, expect, it } from "vitest";
import { convertFields, jsonPath, validateCase } from "../../runtime/case-input.js";
import { parseDay } from "../../runtime/date.js";
import { CaseError } from "../../runtime/errors.js";
import type { FieldSpec } from "../../runtime/module.js";
import { policy as medical } from "../../generated/mianyang/employee-medical.js";
import { policy as credit } from "../../generated/jinzhou/outpatient-account-credit.js";
import { policy as penalty } from "../../generated/jinzhou-admin/major-penalty.js";

const LEVELS = { 一级: "一级", 二级: "二级", 乡镇卫生院: "乡镇卫生院", 乡镇医院: "乡镇卫生院" } as const;
const CATEGORIES = { 特困人员: "特困人员", 低保边缘家庭成员: "低保边缘家庭成员", 低保边缘户: "低保边缘家庭成员" } as const;

const SPECS: FieldSpec[] = [
  { name: "totalCost", type: { kind: "money" }, required: true },
  { name: "classBDrugCost", type: { kind: "money" }, required: false, default: "0" },
  { name: "ratio", type: { kind: "rate", scale: 4 }, required: false },
  { name: "years", type: { kind: "int" }, required: false },
  { name: "retired", type: { kind: "bool" }, required: false, default: false },
  { name: "birthDate", type: { kind: "date" }, required: false },
  { name: "level", type: { kind: "enum", name: "医院级别", members: LEVELS }, required: false },
  { name: "categories", type: { kind: "set", name: "人员类别", members: CATEGORIES }, required: false },
  { name: "referredFrom", type: { kind: "claimref" }, required: false },
];

function issuesOf(json: Record<string, unknown>): { path: string; message: string }[] {
  try {
    convertFields(SPECS, json, "$.claims[0]");
  } catch (e) {
    if (e instanceof CaseError) return e.issues;
    throw e;
  }
  return [];
}

describe("convertFields", () => {
  it("reads money from a JSON number or a decimal string, exactly, in 分", () => {
    expect(convertFields(SPECS, { totalCost: 1200.5 }, "$").totalCost).toBe(120_050);
    expect(convertFields(SPECS, { totalCost: "1200.50" }, "$").totalCost).toBe(120_050);
    expect(convertFields(SPECS, { totalCost: "0.1" }, "$").totalCost).toBe(10);
    expect(convertFields(SPECS, { totalCost: 45000 }, "$").totalCost).toBe(4_500_000);
  });

  it("refuses a negative amount or count unless the field is signed", () => {
    expect(issuesOf({ totalCost: -7 })).toEqual([{ path: "$.claims[0].totalCost", message: "must not be negative, got -7（不得为负数）" }]);
    expect(issuesOf({ totalCost: 1, years: -1 })).toEqual([{ path: "$.claims[0].years", message: "must not be negative, got -1（不得为负数）" }]);
    const signed: FieldSpec[] = [{ name: "balance", type: { kind: "money" }, required: true, signed: true }];
    expect(convertFields(signed, { balance: "-7.50" }, "$").balance).toBe(-750);
  });

  it("refuses money with more than two decimals, also when a float sum produced them", () => {
    expect(issuesOf({ totalCost: "100.123" })).toEqual([{ path: "$.claims[0].totalCost", message: expect.stringContaining("at most two decimals") }]);
    // 0.1 + 0.2 as a double is 0.30000000000000004: not an amount of money
    expect(issuesOf({ totalCost: 0.1 + 0.2 })).toEqual([{ path: "$.claims[0].totalCost", message: expect.stringContaining("got 0.30000000000000004") }]);
    expect(issuesOf({ totalCost: "abc" })).toHaveLength(1);
    expect(issuesOf({ totalCost: true })).toHaveLength(1);
  });

  it("reads a rate as a decimal fraction at scale 4", () => {
    expect(convertFields(SPECS, { totalCost: 0, ratio: "0.93" }, "$").ratio).toBe(9_300);
    expect(convertFields(SPECS, { totalCost: 0, ratio: 0.045 }, "$").ratio).toBe(450);
    expect(issuesOf({ totalCost: 0, ratio: "0.12345" })).toEqual([{ path: "$.claims[0].ratio", message: expect.stringContaining("at most 4 decimals") }]);
  });

  it("fills in defaults and leaves optional fields undefined", () => {
    const v = convertFields(SPECS, { totalCost: 1 }, "$");
    expect(v.classBDrugCost).toBe(0);
    expect(v.retired).toBe(false);
    expect(v.level).toBeUndefined();
    expect(v.referredFrom).toBeUndefined();
    expect(convertFields(SPECS, { totalCost: 1, retired: null }, "$").retired).toBe(false);
  });

  it("maps an enum alias to its member and refuses strangers", () => {
    expect(convertFields(SPECS, { totalCost: 1, level: "乡镇医院" }, "$").level).toBe("乡镇卫生院");
    expect(convertFields(SPECS, { totalCost: 1, level: "二级" }, "$").level).toBe("二级");
    expect(issuesOf({ totalCost: 1, level: "四级" })).toEqual([{ path: "$.claims[0].level", message: 'expected one of 一级, 二级, 乡镇卫生院, got "四级"' }]);
  });

  it("reads a set of members, folding aliases and repeats", () => {
    const v = convertFields(SPECS, { totalCost: 1, categories: ["低保边缘户", "低保边缘家庭成员", "特困人员"] }, "$");
    expect(v.categories).toEqual(new Set(["低保边缘家庭成员", "特困人员"]));
    expect(convertFields(SPECS, { totalCost: 1, categories: [] }, "$").categories).toEqual(new Set());
    expect(issuesOf({ totalCost: 1, categories: ["特困人员", "贫困户"] })).toHaveLength(1);
    expect(issuesOf({ totalCost: 1, categories: "特困人员" })).toHaveLength(1);
  });

  it("reads whole numbers, booleans, dates and claim references strictly", () => {
    const v = convertFields(SPECS, { totalCost: 1, years: 15, retired: true, birthDate: "1965-04-20", referredFrom: "c1" }, "$");
    expect(v).toMatchObject({ years: 15, retired: true, birthDate: parseDay("1965-04-20"), referredFrom: "c1" });
    expect(issuesOf({ totalCost: 1, years: 15.5 })).toHaveLength(1);
    expect(issuesOf({ totalCost: 1, retired: "yes" })).toHaveLength(1);
    expect(issuesOf({ totalCost: 1, birthDate: "1965-02-30" })).toHaveLength(1);
    expect(issuesOf({ totalCost: 1, referredFrom: "" })).toHaveLength(1);
  });

  it("reports every problem of an object at once, each with its path", () => {
    expect(issuesOf({ years: "x", level: "五级" }).map((i) => i.path)).toEqual(["$.claims[0].totalCost", "$.claims[0].years", "$.claims[0].level"]);
    expect(issuesOf({ years: "x" })[0]!.message).toBe("is required but missing");
  });
});

describe("validateCase against a generated schema", () => {
  const person = { retired: false, birthDate: "1965-04-20", previousYearAverageWage: 60000 };

  it("accepts money as a number or a string, and unknown extra fields", () => {
    expect(() =>
      validateCase(medical, {
        person,
        claims: [{ id: "a", date: "2019-05-10", hospitalLevel: "一级", aids: false, outOfCityReferral: false, totalCost: "10000.00", note: "ignored" }],
      }),
    ).not.toThrow();
    expect(() =>
      validateCase(medical, {
        person,
        claims: [{ id: "a", date: "2019-05-10", hospitalLevel: "乡镇医院", aids: false, outOfCityReferral: false, totalCost: 10000 }],
      }),
    ).not.toThrow();
  });

  it("names each invalid field by its JSON path", () => {
    try {
      validateCase(medical, {
        person: { birthDate: "1965-04-20" },
        claims: [{ id: "a", date: "2019-05-10", hospitalLevel: "四级", aids: false, outOfCityReferral: false, totalCost: "abc" }],
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CaseError);
      expect((e as CaseError).issues.map((i) => i.path).sort()).toEqual([
        "$.claims[0].hospitalLevel",
        "$.claims[0].totalCost",
        "$.person.previousYearAverageWage",
        "$.person.retired",
      ]);
    }
  });
});

/** The issues a whole case is refused with, or [] when it is valid. */
function caseIssues(mod: Parameters<typeof validateCase>[0], json: unknown): { path: string; message: string }[] {
  try {
    validateCase(mod, json);
    return [];
  } catch (e) {
    if (e instanceof CaseError) return e.issues;
    throw e;
  }
}

describe("fields required only in some cases (required when), from the generated schema's if/then", () => {
  it("demands a base only of the members it is the base for, naming the condition", () => {
    // 三（四）1: an employee's credit is 2% of the own base; a retiree's is 60元 and needs no base
    expect(caseIssues(credit, { date: "2023-01-15", facts: { memberType: "在职职工" } })).toEqual([
      { path: "$.facts.contributionBase", message: "is required when facts.memberType = 在职职工 but missing（facts.memberType = 在职职工 时必须填写）" },
    ]);
    expect(caseIssues(credit, { date: "2023-01-15", facts: { memberType: "退休人员" } })).toEqual([]);
    expect(caseIssues(credit, { date: "2023-01-15", facts: { memberType: "在职职工", contributionBase: 6000 } })).toEqual([]);
  });

  it("reads enum aliases and list members in the condition", () => {
    // 灵活就业人员单建统筹 is an alias of 灵活就业单建统筹, one of the members the wage is required for
    expect(caseIssues(credit, { date: "2023-01-15", facts: { memberType: "灵活就业人员单建统筹" } }).map((i) => i.path)).toEqual([
      "$.facts.averageMonthlyWage",
    ]);
    const base = { decidedBy: "市直部门", party: "公民", reconsiderationOrSuit: false };
    expect(caseIssues(penalty, { date: "2023-03-01", facts: { ...base, penalties: ["警告", "罚款"] } }).map((i) => i.path)).toEqual(["$.facts.fine"]);
    expect(caseIssues(penalty, { date: "2023-03-01", facts: { ...base, penalties: ["警告"] } })).toEqual([]);
  });
});

describe("amounts and counts are not negative unless signed", () => {
  const claim = { id: "a", date: "2019-05-10", hospitalLevel: "一级", aids: false, outOfCityReferral: false };
  const person = { retired: false, birthDate: "1965-04-20", previousYearAverageWage: 60000 };

  it("refuses a negative amount as a JSON number and as a string, naming the path", () => {
    expect(caseIssues(medical, { person, claims: [{ ...claim, totalCost: -20000 }] })).toEqual([
      { path: "$.claims[0].totalCost", message: "must not be negative, got -20000（不得为负数）" },
    ]);
    expect(caseIssues(medical, { person, claims: [{ ...claim, totalCost: "-0.01" }] })).toEqual([
      { path: "$.claims[0].totalCost", message: 'must not be negative, got "-0.01"（不得为负数）' },
    ]);
    expect(caseIssues(medical, { person, claims: [{ ...claim, totalCost: 0 }] })).toEqual([]);
  });
});

describe("jsonPath", () => {
  it("turns a JSON pointer into the path people read", () => {
    expect(jsonPath("")).toBe("$");
    expect(jsonPath("/claims/0/totalCost")).toBe("$.claims[0].totalCost");
    expect(jsonPath("/person/人员类别")).toBe("$.person.人员类别");
    expect(jsonPath("/facts/a b")).toBe('$.facts["a b"]');
  });
});
