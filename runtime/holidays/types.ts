// Shape of the official holiday schedule. Each year is one State Council notice (国务院办公厅关于YYYY年部分节假日
// 安排的通知) written down as data, so that every working-day answer can be traced back to the notice that
// decided it (RULINGS R4: "the schedule is data with a citation of its notice, never a hard-coded weekday rule").
// Dates are `YYYY-MM-DD` strings so that a data file reads like the notice it copies.

/** A notice of the General Office of the State Council that fixes days off and make-up working days. */
export interface Notice {
  /** Full title, e.g. 国务院办公厅关于2023年部分节假日安排的通知. */
  readonly title: string;
  /** 文号, e.g. 国办发明电〔2022〕16号. Left out when it could not be confirmed (docs/calendar.md says so). */
  readonly number?: string;
  /** Signing date printed under the notice (YYYY-MM-DD); publication may be a day or two later. */
  readonly issued?: string;
}

/** One 放假 span of a notice, both ends inclusive. */
export interface HolidayRange {
  /** The festival heading of the notice paragraph, e.g. 春节 or 中秋节、国庆节. */
  readonly name: string;
  readonly from: string;
  readonly to: string;
  /** The notice's own wording when it is not a plain span (与周末连休, 补休 …). */
  readonly note?: string;
}

/** What one notice decides: the days off and the weekend days that are worked (调休上班). */
export interface Arrangement {
  readonly notice: Notice;
  readonly holidays: readonly HolidayRange[];
  /** 调休上班 days: Saturdays and Sundays that are working days. */
  readonly workdays: readonly string[];
}

/**
 * The arrangement for one calendar year. `amendments` are later notices that changed it (2019 劳动节,
 * 2020 春节); they are applied in order after the annual notice, a later holiday cancelling an earlier
 * make-up working day on the same date and vice versa, so each notice stays written as it was published.
 */
export interface YearSchedule extends Arrangement {
  readonly year: number;
  readonly amendments?: readonly Arrangement[];
}
