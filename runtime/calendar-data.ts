// The official working-day calendar as data (RULINGS R4): what `regc build` writes to generated/calendar.json
// from policies/calendar/*.yaml, and what an evaluation is handed. Each State Council notice keeps its own days,
// so a notice published after a date can be left out (`knownOn`) and every day off or make-up working day can
// name the notice that decided it. Dates are `YYYY-MM-DD` strings: the file reads like the notices.

/** A notice of the General Office of the State Council arranging one year's days off and make-up working days. */
export interface NoticeData {
  /** 文号, e.g. 国办发明电〔2023〕7号. */
  number: string;
  /** 国务院办公厅关于2024年部分节假日安排的通知. */
  title: string;
  /** The date printed under the notice. */
  signed: string;
  /** The day it was made public; a notice published after `knownOn` is not applied. */
  published: string;
  /** The year it arranges. */
  year: number;
  /** `annual`: the year's own notice, which makes the year known; `amendment`: a later change to it. */
  kind: "annual" | "amendment";
  /** The data file it was read from, e.g. policies/calendar/2024.yaml. */
  source: string;
  /** Days off, each span both ends inclusive, with the festival heading of its paragraph. */
  off: { festival: string; from: string; to: string }[];
  /** Saturdays and Sundays that are worked (调休上班). */
  work: string[];
}

/**
 * 《全国年节及纪念日放假办法》: the statutory holidays fixed by date, for counting a year no notice has arranged yet
 * (`--provisional-calendar`). Its lunar and solar-term dates are worked out when the data is built.
 */
export interface StatuteData {
  number: string;
  title: string;
  signed: string;
  published: string;
  /** The first day the version counted here is in force; no year before it is counted provisionally. */
  effective: string;
  source: string;
  /** The articles the holidays come from, e.g. 第二条. */
  article: string;
  firstYear: number;
  lastYear: number;
  /** Every statutory day off of firstYear..lastYear, as [date, festival]. */
  off: [string, string][];
}

export interface CalendarData {
  /** In the order they apply: by year, each year's annual notice before its amendments, amendments by date. */
  notices: NoticeData[];
  statute?: StatuteData;
}

/**
 * The calendar an evaluation is handed from the data `regc build` writes (which holds the statute's fixed
 * holidays for provisional counting): without `provisional`, no year is counted from the statute.
 */
export function calendarDataFor(data: CalendarData, provisional: boolean): CalendarData {
  return provisional || !data.statute ? data : { ...data, statute: { ...data.statute, off: [] } };
}
