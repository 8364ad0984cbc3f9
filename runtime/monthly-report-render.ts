// The monthly statement (monthly-report.ts) written out as the annex prints it: 单位 人、人次、万元. The annex shows
// no decimals, so by default amounts keep all six decimals of 万元 that a sum in 分 has — exact, and the 合计 row
// is then the sum of the rows above it. Fewer decimals round each cell half-up from its exact amount (R3), and a
// 合计 may then differ from the sum of the rounded cells.
import type { MonthlyReport, ReportLine } from "./monthly-report.js";
import { formatScaled, parseScaled, roundHalfUp } from "./scaled.js";

export interface RenderOptions {
  /** The month reported, 1–12, for the title (the annex's XX月). */
  month?: number;
  /** Decimals of 万元, 0–6 (default 6: exact to the 分). */
  decimals?: number;
}

const TITLE = "各县(市)区医疗救助基金支出情况统计表";
const UNIT = "单位：人、人次、万元";
const HEADER = ["序号", "辖区", "人员类别", "享受待遇人数", "享受待遇人次", "基本救助支出", "倾斜救助支出", "支出小计", "备注"];

/** A pipe table like the annex's: 序号 and 辖区 on the first row of each district only. */
export function renderReportText(report: MonthlyReport, options: RenderOptions = {}): string {
  const rows = tableRows(report, options, false);
  return [title(options), UNIT, pipe(HEADER), pipe(HEADER.map(() => "---")), ...rows.map(pipe)].join("\n") + "\n";
}

/** RFC 4180 CSV with the annex's columns; 序号 and 辖区 are repeated on every row so each row stands alone. */
export function renderReportCsv(report: MonthlyReport, options: RenderOptions = {}): string {
  return [HEADER, ...tableRows(report, options, true)].map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

function title(options: RenderOptions): string {
  const { month } = options;
  if (month !== undefined && !(Number.isInteger(month) && month >= 1 && month <= 12)) throw new RangeError(`month must be 1–12, got ${month}`);
  return `${month ?? "XX"}月${TITLE}`;
}

function tableRows(report: MonthlyReport, options: RenderOptions, repeat: boolean): string[][] {
  const decimals = options.decimals ?? 6;
  if (!(Number.isInteger(decimals) && decimals >= 0 && decimals <= 6)) throw new RangeError(`decimals must be 0–6, got ${decimals}`);
  const cells = (l: ReportLine): string[] => [
    String(l.persons),
    String(l.claims),
    wan(l.basic, decimals),
    wan(l.tilted, decimals),
    wan(l.subtotal, decimals),
    "",
  ];
  const out: string[][] = [];
  for (const d of report.districts) {
    d.rows.forEach((r, i) => {
      const first = i === 0 || repeat;
      out.push([first ? String(d.index) : "", first ? d.district : "", r.category, ...cells(r)]);
    });
  }
  out.push(["合计", "", "", ...cells(report.total)]);
  return out;
}

/** "12345.67" 元 → "1.234567" 万元: 1分 is 0.000001万元, so the amount in 分 is already 万元 at scale 6. */
function wan(yuan: string, decimals: number): string {
  const cents = parseScaled(yuan, 2)!;
  return formatScaled(roundHalfUp(cents, 6 - decimals), decimals, decimals);
}

function pipe(cells: readonly string[]): string {
  return `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
