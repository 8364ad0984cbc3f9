// The checker's side of "facts are required unless the law says otherwise" and of carve-outs and
// preconditions: a default needs a reason, `required when` becomes a condition any JSON Schema validator
// applies as `regc run` does, `signed` is for numbers only, and a carve-out or precondition limits a yes/no
// value in the words of a cited provision.
import { describe, expect, it } from "vitest";
import { compileProgram } from "../../compiler/program.js";
import { caseSchema } from "../../compiler/emit/schema.js";
import { validateCase } from "../../runtime/case-input.js";
import { CaseError } from "../../runtime/errors.js";
import { emptyProject } from "../e2e/regc.js";

const TEXT = `测试办法
第一条 为了测试，制定本办法。
第二条 在职职工按缴费基数2%计入。退休人员每月60元。
第三条 参保对象为低保对象以及优抚对象（不含伤残人民警察）。
第四条 在基本达到认定条件的前提下，可以认定。
第五条 本办法自2024年1月1日起施行。
`;

const HEAD = `document "测试〔2024〕1号" {
  title "测试办法"
  effective 2024-01-01 @ 第五条
  source "sources/测试〔2024〕1号.txt"
}
`;

function compile(body: string) {
  const root = emptyProject({ "policies/t.policy": `${HEAD}\n${body}`, "policies/sources/测试〔2024〕1号.txt": TEXT });
  const program = compileProgram(root);
  return { program, errors: program.diagnostics.filter((d) => d.severity === "error").map((d) => [d.code, d.span.start.line, d.message]) };
}

const FACTS = `enum 类型 { 在职职工, 退休人员 alias 退休 }
enum 类别 { 低保对象, 优抚对象, 伤残人民警察 }
facts {
  kind: 类型 "参保类型"
  base: money required when facts.kind = 在职职工 "缴费基数"
  categories: set of 类别 "类别"
  note: money required when 优抚 "优抚金额"
  change: signed decimal "变动"
}
param 比例: rate @ 第二条 = 2%
value 优抚: bool @ 第三条 = has(facts.categories, 优抚对象)
carveout 不含伤残 "不含伤残人民警察" on 优抚 when has(facts.categories, 伤残人民警察) @ 第三条
output credit: money @ 第二条 = if facts.kind = 在职职工 then round(比例 * facts.base) else 0元
output extra: money @ 第三条 = if 优抚 then facts.note else 0元
output change: decimal @ 第二条 = facts.change
`;

function issues(schema: object, facts: Record<string, unknown>): string[] {
  try {
    validateCase({ schema }, { date: "2024-06-01", facts });
    return [];
  } catch (e) {
    if (e instanceof CaseError) return e.issues.map((i) => `${i.path}: ${i.message}`);
    throw e;
  }
}

describe("required when", () => {
  const { program, errors } = compile(
    FACTS.replace("output change: decimal", "value 变动: decimal").replace("= facts.change", "= facts.change\noutput c2: bool @ 第二条 = 变动 > 0"),
  );
  const unit = program.units[0]!;
  const schema = caseSchema(unit);

  it("compiles a condition on members (aliases included) and on a yes/no value with its carve-out", () => {
    expect(errors).toEqual([]);
    const spec = (name: string) => unit.facts.find((f) => f.name === name)!;
    expect(spec("base")).toMatchObject({
      required: false,
      requiredWhen: { text: "facts.kind = 在职职工", condition: { op: "is", field: "kind", values: ["在职职工"] } },
    });
    // 优抚 = has(优抚对象) and not has(伤残人民警察): the value is read through to the inputs, carve-out included
    expect(spec("note").requiredWhen!.condition).toEqual({
      op: "and",
      args: [
        { op: "has", field: "categories", values: ["优抚对象"] },
        { op: "not", arg: { op: "has", field: "categories", values: ["伤残人民警察"] } },
      ],
    });
    expect(spec("change").signed).toBe(true);
  });

  it("is applied by the case schema exactly where the rules need the field", () => {
    expect(issues(schema, { kind: "在职职工", categories: [], change: 1 })).toEqual([
      "$.facts.base: is required when facts.kind = 在职职工 but missing（facts.kind = 在职职工 时必须填写）",
    ]);
    expect(issues(schema, { kind: "退休", categories: [], change: 1 })).toEqual([]);
    expect(issues(schema, { kind: "退休", categories: ["优抚对象"], change: 1 })).toEqual([
      "$.facts.note: is required when 优抚 but missing（优抚 时必须填写）",
    ]);
    // carved out: no 优抚 amount is read, so none is required
    expect(issues(schema, { kind: "退休", categories: ["优抚对象", "伤残人民警察"], change: 1 })).toEqual([]);
  });

  it("lets a signed number be negative and no other", () => {
    expect(issues(schema, { kind: "在职职工", base: 5000, categories: [], change: "-1.5" })).toEqual([]);
    expect(issues(schema, { kind: "在职职工", base: -5000, categories: [], change: 0 })).toEqual([
      "$.facts.base: must not be negative, got -5000（不得为负数）",
    ]);
  });
});

describe("diagnostics of defaults, conditions, signs and limits", () => {
  it("E0503: a default without a reason, at the default", () => {
    const { errors } = compile(`facts {\n  a: money default 0元 "甲"\n  b: money default 0元 @ 第二条 "乙"\n}\noutput o: money @ 第二条 = facts.a + facts.b\n`);
    expect(errors).toEqual([["E0503", 8, expect.stringContaining("the default of facts.a has no reason")]]);
  });

  it("E0212 and E0311: a condition that clashes with a default, or that a schema cannot state", () => {
    const { errors } = compile(`facts {
  n: money "金额"
  a: money default 0元 @ 第二条 required when facts.n = 0元 "甲"
  b: money required when facts.n > 100元 "乙"
  c: optional money required when present(facts.b) "丙"
}
output o: money @ 第二条 = facts.a + facts.b + facts.c
`);
    expect(errors.map((e) => e[0])).toEqual(["E0212", "E0311", "E0212"]);
  });

  it("E0308 and E0407: signed on a yes/no field, a carve-out of an amount", () => {
    const { errors } = compile(
      `facts {\n  f: signed bool "是否"\n  n: money "金额"\n}\nvalue 额: money @ 第二条 = facts.n\ncarveout 不含 "不含伤残人民警察" on 额 when facts.f @ 第三条\noutput o: money @ 第二条 = 额\n`,
    );
    expect(errors.map((e) => e[0])).toEqual(["E0308", "E0407"]);
  });

  it("E0808: a carve-out or precondition whose words are not in the provision it cites", () => {
    const { errors } = compile(
      `facts {\n  f: bool "是否"\n}\nvalue 对象: bool @ 第三条 = true\ncarveout 不含 "不含伤残国家机关工作人员" on 对象 when facts.f @ 第三条\nprecondition 前提 "在基本达到认定条件的前提下" on 对象 when facts.f @ 第三条\noutput o: bool @ 第三条 = 对象\n`,
    );
    // the precondition's words stand in 第四条, not in the 第三条 it cites
    expect(errors.map((e) => [e[0], e[1]])).toEqual([
      ["E0808", 11],
      ["E0808", 12],
    ]);
  });
});

describe("inputs of the other kind of policy", () => {
  // HEAD and the blank line after it are lines 1–6: the body starts on line 7.
  it("E0209: facts.… read in a policy that evaluates claims", () => {
    const { errors } = compile(`claim {\n  cost: money "费用"\n}\noutput o: money @ 第二条 = facts.cost\n`);
    expect(errors).toEqual([["E0209", 10, "this policy evaluates claims: use person.… or claim.…, not facts.…"]]);
  });

  it("E0236: claim.… read in a policy that evaluates facts", () => {
    const { errors } = compile(`facts {\n  n: money "金额"\n}\noutput o: money @ 第二条 = claim.cost\n`);
    expect(errors).toEqual([["E0236", 10, "this policy evaluates facts: use facts.…, not claim.…"]]);
  });

  it("E0237: both facts { … } and person { … } declared, at the facts block", () => {
    const { errors } = compile(`facts {\n  n: money "金额"\n}\nperson {\n  age: int "年龄"\n}\noutput o: money @ 第二条 = facts.n\n`);
    expect(errors).toEqual([["E0237", 7, "a policy evaluates either claims (person + claim) or facts, not both"]]);
  });
});
