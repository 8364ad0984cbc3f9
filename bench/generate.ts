// Synthetic medical-assistance claims for benchmarks and batch runs: a seeded generator (same seed, same
// bytes), never committed data. The shapes follow the medical-assistance family's case schema
// (CONTRACTS.md), with two extra person fields the schema ignores and batch reports use: `id` and `district`.
//
//   node --import tsx bench/generate.ts --claims 1000000 --seed 7 [--binding] --out /tmp/claims.jsonl   (or .csv, .parquet)
//
// Distributions are rough but realistic: most people hold one category, about one in five holds two or more
// (低保对象 + 城乡重度残疾人员 and the like); several claims per person spread over the years; most claims are
// small outpatient bills, a long tail of inpatient stays runs to hundreds of thousands of 元; basic insurance
// and critical-illness insurance pay first, so the assistance base is what is left.
//
// The `binding` profile adds what makes annual caps and deductibles bind: heavy users (one person in ten:
// chronic special diseases and long stays at 三级 hospitals) with a claim every few weeks inside one year, and
// the insurers' own annual ceilings, so that what a heavy user's insurance no longer pays is left to assistance.
// Everyone else is drawn as in the typical profile. `--binding` on the command line.
// Amounts are drawn with floating point and then fixed as whole 分; only those integers are written.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { column, ParquetFile, parquetSchema } from "../cli/batch/parquet-write.js";
import { formatDay, isoDay } from "../runtime/date.js";
import { Random } from "./random.js";

export interface SyntheticClaim {
  id: string;
  date: string;
  setting: "住院" | "门诊";
  disease: "特殊疾病" | "其他疾病";
  hospitalLevel: "一级" | "二级" | "三级";
  inScopeCost: number;
  basicInsurancePaid: number;
  criticalIllnessPaid: number;
  referral: boolean;
  inMunicipality: boolean;
}

export interface SyntheticCase {
  person: { id: string; district: string; categories: string[]; criticalIllnessCriteriaActive?: boolean };
  claims: SyntheticClaim[];
}

export interface GenerateOptions {
  seed: number;
  /** Total number of claims; the last person's claims are cut to fit. */
  claims: number;
  /** Settlement dates are drawn uniformly in [from, to] (YYYY-MM-DD). */
  from?: string;
  to?: string;
  /** `binding`: heavy users who reach the annual caps and deductibles (see above). Default `typical`. */
  profile?: "typical" | "binding";
}

const CATEGORIES: readonly (readonly [string, number])[] = [
  ["特困人员", 6],
  ["低保对象", 34],
  ["低保边缘家庭成员", 18],
  ["返贫致贫人口", 7],
  ["纳入监测范围的农村易返贫致贫人口", 9],
  ["因病致贫重病患者", 6],
  ["孤儿", 1.5],
  ["监测帮扶对象", 4],
  ["其他监测范围内人口", 2],
  ["城乡重度残疾人员", 6],
  ["在乡重点优抚对象", 2],
  ["在乡老复员军人", 0.5],
  ["家庭经济困难在校大学生", 4],
];

// How back offices actually spell some categories (aliases the schema accepts).
const ALIASES: Readonly<Record<string, string>> = { 特困人员: "特困供养人员", 低保边缘家庭成员: "低保边缘户", 孤儿: "城乡孤儿" };

// 锦州市's county-level districts (锦政办发〔2022〕16号 附件: 各县(市)区), weighted roughly by population.
export const DISTRICTS: readonly (readonly [string, number])[] = [
  ["太和区", 14],
  ["古塔区", 10],
  ["凌河区", 12],
  ["松山新区", 4],
  ["龙栖湾新区", 2],
  ["经济技术开发区", 4],
  ["凌海市", 18],
  ["北镇市", 16],
  ["黑山县", 14],
  ["义县", 10],
];

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

/** Whole 分 → a JSON number of 元 (the shortest decimal text of n/100 has at most two decimals). */
function yuan(fen: number): number {
  return fen / 100;
}

export function* syntheticCases(options: GenerateOptions): Generator<SyntheticCase> {
  const rnd = new Random(options.seed);
  const binding = options.profile === "binding";
  const first = dayNumber(options.from ?? "2023-01-01");
  const last = dayNumber(options.to ?? "2025-12-31");
  let left = options.claims;
  for (let p = 1; left > 0; p++) {
    const id = `P${String(p).padStart(7, "0")}`;
    const heavy = binding && rnd.chance(HEAVY_USERS);
    const count = Math.min(left, heavy ? rnd.int(10, 30) : claimCount(rnd));
    left -= count;
    const days = (heavy ? spell(rnd, count, first, last) : Array.from({ length: count }, () => rnd.int(first, last))).sort((a, b) => a - b);
    const insurance = binding ? new Insurance() : undefined;
    yield {
      person: {
        id,
        district: rnd.weighted(DISTRICTS),
        categories: categories(rnd),
        ...(rnd.chance(0.3) ? { criticalIllnessCriteriaActive: true } : {}),
      },
      claims: days.map((day, i) => claim(rnd, `${id}-${i + 1}`, day, heavy ? HEAVY : TYPICAL, insurance)),
    };
  }
}

// 1 + geometric: mean about 3 claims per person, a few with a dozen or more.
function claimCount(rnd: Random): number {
  let n = 1;
  while (n < 40 && rnd.chance(0.66)) n++;
  return n;
}

/** A heavy user's claim days: a year of treatment starting on a random day of the period. */
function spell(rnd: Random, count: number, first: number, last: number): number[] {
  const start = rnd.int(first, Math.max(first, last - 364));
  const end = Math.min(last, start + 364);
  return Array.from({ length: count }, () => rnd.int(start, end));
}

function categories(rnd: Random): string[] {
  const held = new Set<string>([rnd.weighted(CATEGORIES)]);
  if (rnd.chance(0.18)) held.add(rnd.weighted(CATEGORIES));
  if (rnd.chance(0.03)) held.add(rnd.weighted(CATEGORIES));
  return [...held].map((c) => (c in ALIASES && rnd.chance(0.05) ? ALIASES[c]! : c));
}

type Level = SyntheticClaim["hospitalLevel"];

/** How one kind of patient's claims are drawn: shares, hospital levels, and median in-scope cost (元). */
interface ClaimShape {
  inpatient: number;
  special: number;
  inpatientLevels: readonly (readonly [Level, number])[];
  outpatientLevels: readonly (readonly [Level, number])[];
  inpatientMedian: Readonly<Record<Level, number>>;
  specialMedian: number;
  otherMedian: number;
  spread: number;
}

const TYPICAL: ClaimShape = {
  inpatient: 0.3,
  special: 0.35,
  inpatientLevels: [
    ["一级", 15],
    ["二级", 45],
    ["三级", 40],
  ],
  outpatientLevels: [
    ["一级", 50],
    ["二级", 30],
    ["三级", 20],
  ],
  inpatientMedian: { 一级: 4_000, 二级: 9_000, 三级: 18_000 },
  specialMedian: 1_500,
  otherMedian: 300,
  spread: 0.95,
};

// Chronic special diseases (dialysis, cancer treatment) and long stays at 三级 hospitals.
const HEAVY: ClaimShape = {
  inpatient: 0.45,
  special: 0.8,
  inpatientLevels: [
    ["一级", 5],
    ["二级", 25],
    ["三级", 70],
  ],
  outpatientLevels: [
    ["一级", 15],
    ["二级", 35],
    ["三级", 50],
  ],
  inpatientMedian: { 一级: 12_000, 二级: 35_000, 三级: 70_000 },
  specialMedian: 9_000,
  otherMedian: 1_500,
  spread: 0.8,
};
const HEAVY_USERS = 0.1;

// The insurers' annual ceilings (分) in the binding profile: 基本医保 pays at most 15万元 a year and 大病保险
// 30万元, so a heavy user's later bills are left to assistance.
const BASIC_CEILING = 15_000_000;
const CRITICAL_CEILING = 30_000_000;

/** What the insurers paid a person so far, by calendar year (分). */
class Insurance {
  private readonly years = new Map<number, { basic: number; critical: number }>();

  paid(day: number): { basic: number; critical: number } {
    const year = new Date(day * DAY_MS).getUTCFullYear();
    let y = this.years.get(year);
    if (!y) this.years.set(year, (y = { basic: 0, critical: 0 }));
    return y;
  }
}

function claim(rnd: Random, id: string, day: number, shape: ClaimShape, insurance: Insurance | undefined): SyntheticClaim {
  const setting = rnd.chance(shape.inpatient) ? "住院" : "门诊";
  const disease = rnd.chance(shape.special) ? "特殊疾病" : "其他疾病";
  const hospitalLevel = rnd.weighted(setting === "住院" ? shape.inpatientLevels : shape.outpatientLevels);
  const median = setting === "住院" ? shape.inpatientMedian[hospitalLevel] : disease === "特殊疾病" ? shape.specialMedian : shape.otherMedian;
  const cost = Math.min(80_000_000, Math.max(1_000, Math.round(rnd.logNormal(median, shape.spread) * 100)));
  // 基本医保: a share by level after a small deductible; 大病保险: 60% of what is left above 15000元.
  const share = setting === "住院" ? { 一级: 0.85, 二级: 0.75, 三级: 0.65 }[hospitalLevel] : disease === "特殊疾病" ? 0.6 : 0.5;
  const deductible = setting === "住院" ? { 一级: 20_000, 二级: 50_000, 三级: 80_000 }[hospitalLevel] : 0;
  const paid = insurance?.paid(day);
  let basic = Math.max(0, Math.round((cost - deductible) * (share + 0.05 * (rnd.next() - 0.5))));
  if (paid) basic = Math.min(basic, BASIC_CEILING - paid.basic);
  const afterBasic = cost - basic;
  let critical = afterBasic > 1_500_000 ? Math.round((afterBasic - 1_500_000) * 0.6) : 0;
  if (paid) {
    critical = Math.min(critical, CRITICAL_CEILING - paid.critical);
    paid.basic += basic;
    paid.critical += critical;
  }
  return {
    id,
    date: formatDay(day),
    setting,
    disease,
    hospitalLevel,
    inScopeCost: yuan(cost),
    basicInsurancePaid: yuan(basic),
    criticalIllnessPaid: yuan(critical),
    referral: rnd.chance(0.96),
    inMunicipality: rnd.chance(0.88),
  };
}

/** CSV columns: one row per claim, the person's columns repeated on each of their rows (see bench/README.md). */
export const CSV_COLUMNS = [
  "personId",
  "district",
  "categories",
  "criticalIllnessCriteriaActive",
  "id",
  "date",
  "setting",
  "disease",
  "hospitalLevel",
  "inScopeCost",
  "basicInsurancePaid",
  "criticalIllnessPaid",
  "referral",
  "inMunicipality",
] as const;

export function csvRows(c: SyntheticCase): string[] {
  const p = c.person;
  return c.claims.map((k) =>
    [
      p.id,
      p.district,
      p.categories.join("|"),
      p.criticalIllnessCriteriaActive ? "true" : "",
      k.id,
      k.date,
      k.setting,
      k.disease,
      k.hospitalLevel,
      String(k.inScopeCost),
      String(k.basicInsurancePaid),
      String(k.criticalIllnessPaid),
      String(k.referral),
      String(k.inMunicipality),
    ].join(","),
  );
}

/** Parquet: the CSV's columns, typed: categories a list, dates DATE, amounts DECIMAL(18,2), flags BOOLEAN. */
const PARQUET_SCHEMA = parquetSchema([
  column.text("personId"),
  column.text("district"),
  column.textList("categories"),
  column.bool("criticalIllnessCriteriaActive"),
  column.text("id"),
  column.date("date"),
  column.text("setting"),
  column.text("disease"),
  column.text("hospitalLevel"),
  column.decimal("inScopeCost", 2),
  column.decimal("basicInsurancePaid", 2),
  column.decimal("criticalIllnessPaid", 2),
  column.bool("referral"),
  column.bool("inMunicipality"),
]);

function parquetRows(c: SyntheticCase): unknown[][] {
  const p = c.person;
  const fen = (yuan: number) => BigInt(Math.round(yuan * 100));
  return c.claims.map((k) => [
    p.id,
    p.district,
    p.categories,
    p.criticalIllnessCriteriaActive ?? null,
    k.id,
    isoDay(k.date)!,
    k.setting,
    k.disease,
    k.hospitalLevel,
    fen(k.inScopeCost),
    fen(k.basicInsurancePaid),
    fen(k.criticalIllnessPaid),
    k.referral,
    k.inMunicipality,
  ]);
}

/** Writes a synthetic claim file: `.csv` or `.parquet` one row per claim, anything else JSON Lines (one case per line). */
export async function writeSyntheticFile(path: string, options: GenerateOptions): Promise<{ cases: number; claims: number }> {
  if (path.endsWith(".parquet")) {
    const file = new ParquetFile(path, PARQUET_SCHEMA);
    let cases = 0;
    let claims = 0;
    for (const c of syntheticCases(options)) {
      cases++;
      claims += c.claims.length;
      for (const row of parquetRows(c)) file.add(row);
    }
    file.close();
    return { cases, claims };
  }
  const out = createWriteStream(path);
  const csv = path.endsWith(".csv");
  let buffer: string[] = csv ? [CSV_COLUMNS.join(",")] : [];
  let cases = 0;
  let claims = 0;
  const flush = async () => {
    if (!buffer.length) return;
    if (!out.write(buffer.join("\n") + "\n")) await once(out, "drain");
    buffer = [];
  };
  for (const c of syntheticCases(options)) {
    cases++;
    claims += c.claims.length;
    if (csv) buffer.push(...csvRows(c));
    else buffer.push(JSON.stringify(c));
    if (buffer.length >= 4096) await flush();
  }
  await flush();
  out.end();
  await once(out, "finish");
  return { cases, claims };
}

async function cli(): Promise<void> {
  const { values } = parseArgs({
    options: {
      claims: { type: "string", default: "100000" },
      seed: { type: "string", default: "1" },
      from: { type: "string" },
      to: { type: "string" },
      out: { type: "string" },
      binding: { type: "boolean", default: false },
    },
  });
  const claims = Number(values.claims);
  const seed = Number(values.seed);
  if (!values.out || !Number.isSafeInteger(claims) || claims < 1 || !Number.isSafeInteger(seed)) {
    process.stderr.write(
      "usage: node --import tsx bench/generate.ts --claims N --seed S [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--binding] --out FILE(.jsonl|.csv|.parquet)\n",
    );
    process.exitCode = 2;
    return;
  }
  const written = await writeSyntheticFile(values.out, {
    seed,
    claims,
    ...(values.from ? { from: values.from } : {}),
    ...(values.to ? { to: values.to } : {}),
    ...(values.binding ? { profile: "binding" as const } : {}),
  });
  process.stderr.write(`wrote ${written.claims} claims of ${written.cases} people to ${values.out}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await cli();
