// What the batch coordinator and its worker threads send each other.
import type { CalendarData } from "../../runtime/calendar-data.js";
import type { Lang } from "../../runtime/lang.js";
import type { PlanSpec } from "../../runtime/plan.js";
import type { CaseFormat, Piece } from "./input.js";
import type { ImpactPart } from "./impact-task.js";
import type { ReportRow } from "./report.js";
import type { Summary } from "./summary.js";

export interface WorkerSetup {
  task: "evaluate" | "impact";
  /** File URLs of the generated rule modules: one for evaluate (or a plan's), old and new for impact. */
  modules: string[];
  /** evaluate a plan: its routing table, and the policy id of each module (in the order of `modules`). */
  plan?: { spec: PlanSpec; ids: string[] };
  format: CaseFormat;
  header: string[];
  /** evaluate: also return the rows a report aggregates; impact: each person's totals, for --out. */
  report: boolean;
  /** impact: the output compared, and how many largest changes to keep. */
  output: string;
  top: number;
  /** The official calendar (policies/calendar/), and the date it is known on. */
  calendar: CalendarData;
  knownOn?: string;
  /** The language of the results' reasons (RunOptions.lang). */
  lang?: Lang;
  /** impact: evaluate each version as if it governed every claim, whatever its dates. */
  asIf?: boolean;
}

/** A piece of the case file, numbered in reading order. */
export interface Chunk extends Piece {
  seq: number;
}

export interface EvaluatePart {
  seq: number;
  /** One JSON result per case, in input order, each ending with a newline: UTF-8, handed over uncopied. */
  bytes: Uint8Array<ArrayBuffer>;
  summary: Summary;
  /** `line N: $.path: message` for every invalid case or claim that could not be evaluated. */
  problems: string[];
  rows: ReportRow[];
}

export type Part = EvaluatePart | ImpactPart;
