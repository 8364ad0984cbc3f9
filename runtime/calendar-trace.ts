// A calendar step as a result and an explanation show it: the count, the days a notice (or, provisionally, the
// statute) decided among the days it crossed, and every notice deciding the years it crossed — RULINGS R4 wants
// the schedule cited, not just applied.
import type { NoticeData, StatuteData } from "./calendar-data.js";
import type { Calendar, CalendarStep, DayBasis } from "./calendar.js";
import { type Day, formatDay, weekday, yearOf } from "./date.js";

export const WEEKDAYS = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"] as const;

/** A day a notice or the statute decided, as JSON. */
export interface DecidedDay {
  date: string;
  weekday: string;
  /** `holiday`: a day off; `makeup`: a weekend day worked (调休上班). */
  status: "holiday" | "makeup";
  festival?: string;
  /** 文号 of the notice (or statute) that decided it. */
  by: string;
  provisional?: true;
}

/** A notice or the statute as a result cites it. */
export interface CitedSource {
  number: string;
  title: string;
  published: string;
  /** The data file it is read from. */
  source: string;
  /** Set for the statute: the year was counted from its fixed holidays, not arranged by a notice. */
  provisional?: true;
}

export interface CalendarStepJson {
  fn: CalendarStep["fn"];
  from: string;
  to: string;
  n?: number;
  provisional: boolean;
  decided: DecidedDay[];
  notices: CitedSource[];
}

/** The days decided and the sources deciding the years of [from, to] (either order). */
export function spanBasis(cal: Calendar, from: Day, to: Day): { decided: DecidedDay[]; notices: CitedSource[]; provisional: boolean } {
  const sources = new Map<string, CitedSource>();
  const add = (basis: DayBasis) => {
    const c = cited(basis);
    if (!sources.has(c.number)) sources.set(c.number, c);
  };
  const [lo, hi] = from <= to ? [from, to] : [to, from];
  // Each year's own notice decides every day of it (a weekday is worked because no notice made it a holiday);
  // a later notice is cited where it decided a day of the span.
  for (let y = yearOf(lo); y <= yearOf(hi); y++) {
    const annual = cal.notices.get(y)?.[0];
    if (annual) add({ kind: "notice", notice: annual });
  }
  const provisional = cal.provisionalIn(lo, hi);
  if (provisional && cal.statute) add({ kind: "statute", statute: cal.statute });
  const decided = cal.decided(lo, hi).map(({ day, mark }): DecidedDay => {
    add(mark.basis);
    return {
      date: formatDay(day),
      weekday: WEEKDAYS[weekday(day)]!,
      status: mark.working ? "makeup" : "holiday",
      ...(mark.festival ? { festival: mark.festival } : {}),
      by: mark.basis.kind === "notice" ? mark.basis.notice.number : mark.basis.statute.number,
      ...(mark.basis.kind === "statute" ? { provisional: true as const } : {}),
    };
  });
  return { decided, notices: [...sources.values()], provisional };
}

export function stepJson(step: CalendarStep): CalendarStepJson {
  return {
    fn: step.fn,
    from: formatDay(step.from),
    to: formatDay(step.to),
    ...(step.n !== undefined ? { n: step.n } : {}),
    ...spanBasis(step.calendar, step.from, step.to),
  };
}

/** `title（文号）` of each source, joined by "；". */
export function citeSources(sources: readonly CitedSource[]): string {
  return sources.map((s) => `${s.title}（${s.number}）`).join("；");
}

function cited(basis: DayBasis): CitedSource {
  return basis.kind === "notice" ? fromNotice(basis.notice) : fromStatute(basis.statute);
}

function fromNotice(n: NoticeData): CitedSource {
  return { number: n.number, title: n.title, published: n.published, source: n.source };
}

function fromStatute(s: StatuteData): CitedSource {
  return { number: s.number, title: s.title, published: s.published, source: s.source, provisional: true };
}
