// 南川府办发〔2023〕8号 in json-rules-engine: status rules, one rule per covered category, and the amounts as
// dynamic facts with the same exact integer arithmetic in 分 as the other versions.
import { Engine, type Almanac, type RuleProperties } from "json-rules-engine";
import { percentOf, type Claim, type Person, type Result } from "../handwritten/types.js";
import { runPerson, type Assistance } from "./runner.js";

const RATE: Record<string, number> = {
  特困人员: 70,
  低保对象: 70,
  返贫致贫人口: 70,
  纳入监测范围的农村易返贫致贫人口: 60,
  低保边缘家庭成员: 60,
  因病致贫重病患者: 60,
};
const TILT_DEDUCTIBLE: Record<string, number> = {
  特困人员: 200_000,
  低保对象: 300_000,
  返贫致贫人口: 300_000,
  纳入监测范围的农村易返贫致贫人口: 500_000,
  低保边缘家庭成员: 500_000,
  因病致贫重病患者: 500_000,
};
const TILT_RATE: Record<string, number> = {
  特困人员: 70,
  低保对象: 60,
  返贫致贫人口: 60,
  纳入监测范围的农村易返贫致贫人口: 50,
  低保边缘家庭成员: 50,
  因病致贫重病患者: 50,
};

const rules: RuleProperties[] = [
  {
    name: "not in force",
    priority: 100,
    conditions: { all: [{ fact: "date", operator: "lessThan", value: 19_515 }] },
    event: { type: "status", params: { status: "not_in_force" } },
  },
  {
    name: "二（六） not referred",
    priority: 90,
    conditions: {
      all: [
        { fact: "date", operator: "greaterThanInclusive", value: 19_515 },
        { fact: "referral", operator: "equal", value: false },
      ],
    },
    event: { type: "status", params: { status: "excluded" } },
  },
  ...Object.keys(RATE).map((category, i) => ({
    name: `二（一） ${category}`,
    priority: 50 - i,
    conditions: {
      all: [
        { fact: "date", operator: "greaterThanInclusive", value: 19_515 },
        { fact: "referral", operator: "equal", value: true },
        { fact: "categories", operator: "contains", value: category },
      ],
    },
    event: { type: "category", params: { category } },
  })),
];

async function assistance(params: Record<string, unknown>, almanac: Almanac): Promise<Assistance> {
  const category = String(params.category);
  const burden = await almanac.factValue<number>("personalBurden");
  const otherEligible = await almanac.factValue<boolean>("otherDiseaseEligible");
  const disease = await almanac.factValue<string>("disease");
  const inMunicipality = await almanac.factValue<boolean>("inMunicipality");
  const used = await almanac.factValue<number[]>("used");
  const rate = RATE[category]!;
  const special = disease === "特殊疾病";
  const basic = special
    ? Math.min(percentOf(rate, Math.max(0, burden)), Math.max(0, 10_000_000 - used[0]!))
    : otherEligible
      ? Math.min(percentOf(rate, Math.max(0, burden)), Math.max(0, 6_000_000 - used[1]!))
      : 0;
  const tilted = inMunicipality
    ? Math.min(percentOf(TILT_RATE[category]!, Math.max(0, burden - basic - TILT_DEDUCTIBLE[category]!)), Math.max(0, 2_000_000 - used[2]!))
    : 0;
  return { basic, tilted, total: basic + tilted, ledgers: special ? [basic, 0, tilted] : [0, basic, tilted] };
}

export function nanchuanEngine(): Engine {
  const engine = new Engine(rules, { allowUndefinedFacts: true });
  engine.addFact(
    "personalBurden",
    async (_p, a) =>
      (await a.factValue<number>("inScopeCost")) - (await a.factValue<number>("basicInsurancePaid")) - (await a.factValue<number>("criticalIllnessPaid")),
  );
  engine.addFact(
    "otherDiseaseEligible",
    async (_p, a) =>
      (await a.factValue<string>("setting")) === "住院" &&
      ["二级", "三级"].includes(await a.factValue<string>("hospitalLevel")) &&
      (await a.factValue<number>("inScopeCost")) > 3_000_000,
  );
  engine.addFact("assistance", assistance);
  return engine;
}

export function nanchuanRules(engine: Engine, person: Person, claims: readonly Claim[]): Promise<Result[]> {
  return runPerson(engine, 3, person, claims);
}
