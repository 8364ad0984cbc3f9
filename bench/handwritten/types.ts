// What the hand-written functions read and return: the same converted values the compiled modules get
// (money as integers in 分, dates as day numbers, categories as a set of canonical names).
export interface Claim {
  readonly id: string;
  readonly date: number;
  readonly setting?: "住院" | "门诊";
  readonly disease?: "特殊疾病" | "其他疾病";
  readonly hospitalLevel?: "一级" | "二级" | "三级";
  readonly inScopeCost: number;
  readonly basicInsurancePaid: number;
  readonly criticalIllnessPaid: number;
  readonly referral?: boolean;
  readonly inMunicipality?: boolean;
}

export interface Person {
  readonly categories: ReadonlySet<string>;
  readonly criticalIllnessCriteriaActive?: boolean;
}

export interface Result {
  status: "ok" | "not_in_force" | "excluded" | "not_applicable";
  basic: number;
  tilted: number;
  total: number;
}

/** The calendar year of a day number (days since 1970-01-01), without a Date object. */
export function yearOf(day: number): number {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1_460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  return yoe + era * 400 + (doy >= 306 ? 1 : 0);
}

/** rate (in %) × amount (in 分), rounded half-up to 分; amount ≥ 0. */
export function percentOf(rate: number, fen: number): number {
  return Math.floor((rate * fen + 50) / 100);
}
