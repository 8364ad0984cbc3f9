// `regc batch --report`: the aggregate tables a policy asks for, fed claim by claim in input order. A policy's
// report is registered here by its 文号; the batch run hands every claim's row to it and prints what it
// renders. Workers send only these rows, so a report can aggregate a million claims in bounded memory.
import type { Status } from "../../runtime/module.js";

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
  /** The finished tables as text. */
  render(): string;
}

/**
 * Reports by policy id. 锦政办发〔2022〕16号's annex table (XX月各县(市)区医疗救助基金支出情况统计表: persons,
 * claims, 基本救助, 倾斜救助 and their sum by month, district and category) is meant to be registered here.
 */
export const reports: Readonly<Record<string, () => Report>> = {};
