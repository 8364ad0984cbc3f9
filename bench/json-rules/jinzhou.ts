// 锦政办发〔2022〕16号 in json-rules-engine: status rules, one rule per covered category (因病致贫重病患者 only
// once its criteria are active, J4), and the amounts as dynamic facts with the same exact integer arithmetic.
import { Engine, type Almanac, type RuleProperties } from "json-rules-engine";
import { percentOf, type Claim, type Person, type Result } from "../handwritten/types.js";
import { runPerson, type Assistance } from "./runner.js";

const BASIC_DEDUCTIBLE: Record<string, number> = { 特困人员: 0, 孤儿: 0, 低保对象: 0, 低保边缘家庭成员: 200_000, 因病致贫重病患者: 500_000 };
const RATE: Record<string, number> = { 特困人员: 70, 孤儿: 70, 低保对象: 70, 低保边缘家庭成员: 60, 因病致贫重病患者: 50 };
const TILT_DEDUCTIBLE: Record<string, number> = { 特困人员: 0, 孤儿: 0, 低保对象: 300_000, 低保边缘家庭成员: 500_000, 因病致贫重病患者: 1_000_000 };
const TILT_CAP: Record<string, number> = {
  特困人员: 2_000_000,
  孤儿: 2_000_000,
  低保对象: 2_000_000,
  低保边缘家庭成员: 1_500_000,
  因病致贫重病患者: 1_000_000,
};

const rules: RuleProperties[] = [
  {
    name: "not in force",
    priority: 100,
    conditions: { all: [{ fact: "date", operator: "lessThan", value: 19_358 }] },
    event: { type: "status", params: { status: "not_in_force" } },
  },
  ...Object.keys(RATE).map((category, i) => ({
    name: `三（二） ${category}`,
    priority: 50 - i,
    conditions: {
      all: [
        { fact: "date", operator: "greaterThanInclusive", value: 19_358 },
        { fact: "categories", operator: "contains", value: category },
        ...(category === "因病致贫重病患者" ? [{ fact: "criticalIllnessCriteriaActive", operator: "equal", value: true }] : []),
      ],
    },
    event: { type: "category", params: { category } },
  })),
];

async function assistance(params: Record<string, unknown>, almanac: Almanac): Promise<Assistance> {
  const category = String(params.category);
  const burden = await almanac.factValue<number>("personalBurden");
  const used = await almanac.factValue<number[]>("used");
  const base = Math.max(0, burden);
  const d1 = Math.min(base, Math.max(0, BASIC_DEDUCTIBLE[category]! - used[0]!));
  const basic = Math.min(percentOf(RATE[category]!, base - d1), Math.max(0, 2_000_000 - used[1]!));
  const rest = Math.max(0, burden - basic);
  const d2 = Math.min(rest, Math.max(0, TILT_DEDUCTIBLE[category]! - used[2]!));
  const tilted = Math.min(percentOf(RATE[category]!, rest - d2), Math.max(0, TILT_CAP[category]! - used[3]!));
  return { basic, tilted, total: basic + tilted, ledgers: [d1, basic, d2, tilted] };
}

export function jinzhouEngine(): Engine {
  const engine = new Engine(rules, { allowUndefinedFacts: true });
  engine.addFact(
    "personalBurden",
    async (_p, a) =>
      (await a.factValue<number>("inScopeCost")) - (await a.factValue<number>("basicInsurancePaid")) - (await a.factValue<number>("criticalIllnessPaid")),
  );
  engine.addFact("assistance", assistance);
  return engine;
}

export function jinzhouRules(engine: Engine, person: Person, claims: readonly Claim[]): Promise<Result[]> {
  return runPerson(engine, 4, person, claims);
}
