// The JSON Schema of a policy's case (CONTRACTS.md): what integrators validate against and what `regc run`
// checks every case with before evaluating it. Fields the policy does not read are allowed and ignored.
// Numbers are at least 0 unless the field is declared signed; a field required only in some cases carries
// its condition as `if`/`then`, so any JSON Schema validator demands exactly what `regc run` demands.
import type { CaseCondition, FieldSpec, FieldType } from "../../runtime/module.js";
import type { UnitIr } from "../ir/ir.js";

/** Money: at most two decimals, as a number or a decimal string (CONTRACTS.md); a minus only when signed. */
const MONEY = "^[0-9]+(\\.[0-9]{1,2})?$";
const SIGNED_MONEY = "^-?[0-9]+(\\.[0-9]{1,2})?$";
const DECIMAL = "^[0-9]+(\\.[0-9]+)?$";
const SIGNED_DECIMAL = "^-?[0-9]+(\\.[0-9]+)?$";
const DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

export function caseSchema(u: UnitIr): object {
  const title = `${u.number}${u.part ? `/${u.part}` : ""} ${u.title}`;
  if (u.mode === "facts") {
    return {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      title,
      type: "object",
      required: ["date", "facts"],
      properties: { date: dateSchema("the date the facts are judged on"), facts: objectOf(u.facts), meta: META },
    };
  }
  const claim = objectOf(u.claim);
  claim.required = ["id", "date", ...(claim.required as string[])];
  (claim.properties as Record<string, object>) = {
    id: { type: "string", minLength: 1, "x-expected": "a claim id (a non-empty string)" },
    date: dateSchema("the settlement date"),
    ...(claim.properties as Record<string, object>),
  };
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title,
    type: "object",
    required: ["claims"],
    properties: {
      person: objectOf(u.person),
      claims: { type: "array", items: claim, "x-expected": "a list of claims" },
      meta: META,
      ledgers: ledgersSchema(u.ledgers.map((l) => l.name)),
    },
  };
}

/** One line of text for a notice: no control characters or line separators, of a sensible length. */
const TEXT = {
  type: "string",
  minLength: 1,
  maxLength: 200,
  pattern: "^[^\\u0000-\\u001f\\u007f\\u2028\\u2029]*$",
  "x-expected": "text on one line, at most 200 characters",
};

/**
 * `meta`: who and what the case is about, printed on a decision notice (`regc explain --notice`) and never
 * read by a rule. Unknown fields are rejected so that a misspelt one is not silently left off a notice.
 */
const META = {
  type: "object",
  description: "about the case, for the decision notice; never used in computation",
  additionalProperties: false,
  "x-expected": "caseNumber, applicant and decisionDate only",
  properties: {
    caseNumber: { ...TEXT, description: "案件编号" },
    applicant: {
      type: "object",
      additionalProperties: false,
      "x-expected": "name, idNumber and address only",
      properties: { name: { ...TEXT, description: "申请人" }, idNumber: { ...TEXT, description: "证件号码" }, address: { ...TEXT, description: "住址" } },
    },
    decisionDate: dateSchema("决定日期"),
  },
};
/**
 * Opening balances (runtime/opening.ts): for each ledger of the policy, what was already used in a year before
 * the case's claims, `{"特殊疾病限额": {"2024": "35000.00"}}`. A ledger the policy does not keep is an error.
 */
export function ledgersSchema(names: readonly string[]): object {
  const years = {
    type: "object",
    // propertyNames and additionalProperties rather than patternProperties: the OpenAPI description of the
    // service keeps them as they are.
    propertyNames: { pattern: "^[0-9]{4}$", "x-expected": "a year written YYYY" },
    additionalProperties: {
      type: ["number", "string"],
      pattern: MONEY,
      minimum: 0,
      "x-decimals": 2,
      "x-expected": 'an amount already used: a number or a decimal string with at most two decimals, such as 35000 or "35000.00"',
    },
    "x-expected": 'years written YYYY, each with the amount already used, such as {"2024": "35000.00"}',
  };

  return {
    type: "object",
    description: "期初已用：年度台账 → 年度 → 此前已用金额",
    properties: Object.fromEntries(names.map((n) => [n, years])),
    additionalProperties: false,
    "x-expected": names.length ? `the ledgers of this policy: ${names.join(", ")}` : "no ledgers: this policy keeps none",
  };
}

function dateSchema(description: string): object {
  return { type: "string", pattern: DATE, format: "date", description, "x-expected": 'a date "YYYY-MM-DD"' };
}

function objectOf(fields: readonly FieldSpec[]): Record<string, unknown> {
  const properties: Record<string, object> = {};
  for (const f of fields)
    properties[f.name] = {
      ...fieldSchema(f.type, f.signed === true),
      ...(f.label ? { description: f.label } : {}),
      ...(f.default !== undefined ? { default: f.default } : {}),
    };
  const conditional = fields
    .filter((f) => f.requiredWhen)
    .map((f) => ({
      if: conditionSchema(f.requiredWhen!.condition, fields),
      then: { required: [f.name], "x-when": f.requiredWhen!.text },
    }));
  return {
    type: "object",
    "x-expected": "an object",
    required: fields.filter((f) => f.required).map((f) => f.name),
    properties,
    ...(conditional.length ? { allOf: conditional } : {}),
  };
}

/** The `if` of a field's `required when`: what the fields it reads must hold, their defaults standing in for absence. */
function conditionSchema(c: CaseCondition, fields: readonly FieldSpec[]): object {
  switch (c.op) {
    case "is": {
      const byDefault = c.values.includes(fields.find((f) => f.name === c.field)?.default as string | boolean);
      return { properties: { [c.field]: { enum: c.values } }, ...(byDefault ? {} : { required: [c.field] }) };
    }
    case "has":
      return { properties: { [c.field]: { contains: { enum: c.values } } }, required: [c.field] };
    case "present":
      return { required: [c.field] };
    case "not":
      return { not: conditionSchema(c.arg, fields) };
    case "and":
      return { allOf: c.args.map((a) => conditionSchema(a, fields)) };
    case "or":
      return { anyOf: c.args.map((a) => conditionSchema(a, fields)) };
  }
}

function fieldSchema(t: FieldType, signed: boolean): object {
  const sign = signed ? {} : { minimum: 0 };
  switch (t.kind) {
    case "money":
      return signed
        ? {
            type: ["number", "string"],
            pattern: SIGNED_MONEY,
            "x-decimals": 2,
            "x-expected": 'money: a number or a decimal string with at most two decimals, such as -1200.5 or "1200.50"',
          }
        : {
            type: ["number", "string"],
            pattern: MONEY,
            minimum: 0,
            "x-decimals": 2,
            "x-expected": 'money: a number or a decimal string, not negative, with at most two decimals, such as 1200.5 or "1200.50"',
          };
    case "rate":
    case "decimal":
      return {
        type: ["number", "string"],
        pattern: signed ? SIGNED_DECIMAL : DECIMAL,
        ...sign,
        "x-expected": signed ? "a decimal number" : "a decimal number, not negative",
      };
    case "int":
    case "duration":
      return { type: "integer", ...sign, "x-expected": signed ? "a whole number" : "a whole number, not negative" };
    case "bool":
      return { type: "boolean", "x-expected": "true or false" };
    case "date":
      return dateSchema("a date");
    case "enum":
      return { enum: Object.keys(t.members), "x-expected": `one of ${[...new Set(Object.values(t.members))].join(", ")}` };
    case "set":
      return {
        type: "array",
        items: { enum: Object.keys(t.members), "x-expected": `one of ${[...new Set(Object.values(t.members))].join(", ")}` },
        "x-expected": "a list",
      };
    case "claimref":
      return { type: "string", minLength: 1, "x-expected": "the id of an earlier claim" };
  }
}
