// The monthly statement of 锦政办发〔2022〕16号 附件三（四）: 市医保经办机构按月统计各县(市)区医疗救助基金支出情况, in the
// annex's table (XX月各县(市)区医疗救助基金支出情况统计表). It is an aggregate over a month's evaluated claims, not a
// rule of one case, so it lives beside the evaluator rather than in a policy.
//
// Each district gets the annex's five rows, in its order, even when they are empty; districts come in the order
// they first appear in the input. 享受待遇人次 counts claims that paid something (基本 + 倾斜 > 0); 享受待遇人数
// counts distinct persons among those claims, per row and, in 合计, over the whole table (a person paid under two
// rows is one person in 合计, so 合计人数 may be less than the sum of the rows). Amounts are summed exactly in 元.
import { CASE_MESSAGES as M } from "./case-messages.js";
import { CaseError, type CaseProblem } from "./errors.js";
import { add, formatScaled, parseScaled } from "./scaled.js";

/** The annex's 人员类别, in its order. */
export const REPORT_CATEGORIES = ["特困人员", "孤儿", "低保对象", "低保边缘家庭成员", "因病致贫重病患者"] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];

/** One evaluated claim of 锦政办发〔2022〕16号. */
export interface ReportInputRow {
  /** 辖区: the 县(市)区 the claim is accounted to. */
  district: string;
  /**
   * The category the claim was paid under (the winner of 就高不重复, R7). May be absent only for a claim that paid
   * nothing (not_applicable, excluded, …): it still lists its district, with no row of its own.
   */
  category?: string;
  /** Identifies the person across claims. */
  personId: string;
  /** The claim's outputs `basic` and `tilted`: money in 元 as results print it ("1234.56"). */
  basic: string;
  tilted: string;
}

/** One line of the table: counts, and amounts in 元 with exactly two decimals. */
export interface ReportLine {
  persons: number;
  claims: number;
  basic: string;
  tilted: string;
  subtotal: string;
}

export interface ReportDistrict {
  /** 序号, from 1. */
  index: number;
  district: string;
  rows: (ReportLine & { category: ReportCategory })[];
}

export interface MonthlyReport {
  districts: ReportDistrict[];
  total: ReportLine;
}

interface Tally {
  persons: Set<string>;
  claims: number;
  basic: number;
  tilted: number;
}

const newTally = (): Tally => ({ persons: new Set(), claims: 0, basic: 0, tilted: 0 });

/** Aggregates a month's claims into the annex table. Bad rows throw a CaseError naming each `$[i].field`. */
export function monthlyReport(rows: readonly ReportInputRow[]): MonthlyReport {
  const report = monthlyReportBuilder();
  const issues = rows.flatMap((row, i) => report.add(row, `$[${i}]`));
  if (issues.length) throw new CaseError(issues);
  return report.table();
}

export interface MonthlyReportBuilder {
  /** Takes one claim; returns what is wrong with the row (nothing is counted then), or [] when it was taken. */
  add(row: ReportInputRow, path: string): CaseProblem[];
  /** The table of the claims added so far. */
  table(): MonthlyReport;
}

/** The same aggregation claim by claim, for a batch that streams its results. */
export function monthlyReportBuilder(): MonthlyReportBuilder {
  const districts = new Map<string, Map<ReportCategory, Tally>>();
  const total = newTally();
  return {
    add(row, path) {
      const issues: CaseProblem[] = [];
      for (const field of ["district", "personId"] as const) {
        if (typeof row[field] !== "string" || row[field] === "")
          issues.push({ path: `${path}.${field}`, message: M.expected("a non-empty string", JSON.stringify(row[field])) });
      }
      const basic = amount(row.basic, `${path}.basic`, issues);
      const tilted = amount(row.tilted, `${path}.tilted`, issues);
      const paid = basic !== undefined && tilted !== undefined && basic + tilted > 0;
      const category = REPORT_CATEGORIES.find((c) => c === row.category);
      if (!category && (paid || row.category !== undefined)) {
        issues.push({ path: `${path}.category`, message: M.expected(`one of ${REPORT_CATEGORIES.join(", ")}`, JSON.stringify(row.category)) });
      }
      if (issues.length) return issues;
      const tallies = districts.get(row.district) ?? new Map(REPORT_CATEGORIES.map((c) => [c, newTally()]));
      districts.set(row.district, tallies);
      if (!paid || !category) return [];
      for (const t of [tallies.get(category)!, total]) {
        t.persons.add(row.personId);
        t.claims += 1;
        t.basic = add(t.basic, basic);
        t.tilted = add(t.tilted, tilted);
      }
      return [];
    },
    table: () => ({
      districts: [...districts].map(([district, tallies], i) => ({
        index: i + 1,
        district,
        rows: REPORT_CATEGORIES.map((category) => ({ category, ...line(tallies.get(category)!) })),
      })),
      total: line(total),
    }),
  };
}

/** Money in 元 at scale 2 (分), or undefined after recording why not. */
function amount(text: unknown, path: string, issues: CaseProblem[]): number | undefined {
  const cents = typeof text === "string" ? parseScaled(text, 2) : undefined;
  if (cents === undefined || cents < 0) {
    issues.push({ path, message: M.expected('a non-negative amount in 元 with at most two decimals, such as "1234.56"', JSON.stringify(text)) });
    return undefined;
  }
  return cents;
}

function line(t: Tally): ReportLine {
  return {
    persons: t.persons.size,
    claims: t.claims,
    basic: formatScaled(t.basic, 2),
    tilted: formatScaled(t.tilted, 2),
    subtotal: formatScaled(add(t.basic, t.tilted), 2),
  };
}
