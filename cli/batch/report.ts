// `regc batch --report`: the aggregate tables a policy asks for, fed claim by claim in input order. A policy's
// report is registered here by its 文号; the batch run hands every claim's row to it and prints what it
// renders. Workers send only these rows, so a report can aggregate a million claims in bounded memory.
import type { Status } from "../../runtime/module.js";
import { monthlyReportBuilder, type MonthlyReportBuilder } from "../../runtime/monthly-report.js";
import { renderReportText } from "../../runtime/monthly-report-render.js";
import { formatScaled } from "../../runtime/scaled.js";
import { byCodePoint } from "../../dsl/text-order.js";
import type { Lang } from "../../dsl/lang.js";
import { leftOutOfTables } from "../messages/reports.js";

/** One evaluated claim as a report sees it. */
export interface ReportRow {
  /** The person's `id` and `district` from the case (fields the schema does not read). */
  personId: string;
  district: string;
  /** The settlement date, YYYY-MM-DD. */
  date: string;
  /** The category whose result the claim got (RULINGS R7), when the policy chooses one. */
  category: string | undefined;
  status: Status;
  /** Outputs as scaled integers (money in 分). */
  outputs: Record<string, number | boolean>;
}

export interface Report {
  add(row: ReportRow): void;
  /** The finished tables as text; what the tables leave out said in `lang` (the tables are the annex's own). */
  render(lang: Lang): string;
}

/** Reports by policy id. */
export const reports: Readonly<Record<string, () => Report>> = {
  "锦政办发〔2022〕16号": jinzhouMonthly,
};

// 锦政办发〔2022〕16号 附件: XX月各县(市)区医疗救助基金支出情况统计表, one table per settlement month.
function jinzhouMonthly(): Report {
  const months = new Map<string, MonthlyReportBuilder>();
  let left = 0;
  return {
    add(row) {
      const month = row.date.slice(0, 7);
      let builder = months.get(month);
      if (!builder) months.set(month, (builder = monthlyReportBuilder()));
      const basic = row.outputs.basic;
      const tilted = row.outputs.tilted;
      const issues = builder.add(
        {
          district: row.district,
          personId: row.personId,
          ...(row.category !== undefined ? { category: row.category } : {}),
          basic: formatScaled(typeof basic === "number" ? basic : 0, 2),
          tilted: formatScaled(typeof tilted === "number" ? tilted : 0, 2),
        },
        "$",
      );
      if (issues.length) left++;
    },
    render(lang) {
      const tables = [...months.keys()]
        .sort(byCodePoint)
        .map((m) => `${m.slice(0, 4)}年\n${renderReportText(months.get(m)!.table(), { month: Number(m.slice(5)) })}`);
      if (left) tables.push(`${leftOutOfTables({ claims: left })[lang]}\n`);
      return tables.join("\n");
    },
  };
}
