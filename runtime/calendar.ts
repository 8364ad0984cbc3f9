// The official working-day calendar (RULINGS R4). 日 are calendar days; 工作日 are the working days of the State
// Council holiday schedule, make-up working days (调休上班) included. The schedule is data (runtime/calendar-data.ts)
// handed to an evaluation; whether a day is worked is looked up in its notices, never inferred from the weekday
// alone. A day of a year no notice arranges is not guessed: asking about it throws CalendarUnknown, which the
// evaluation turns into a `calendar_unknown` output — unless the statute's fixed holidays are asked for
// (`provisional`), in which case the year is counted from them and every answer relying on it is marked.
//
// The notices are folded once per data and `knownOn` into a table of day states and two running counts, so a
// lookup is an array read and counting working days between two dates is a subtraction.
import type { CalendarData, NoticeData, StatuteData } from "./calendar-data.js";
import { COUNTED, calendarUnknown, countsBackwards, noSuchDayOfMonth, notAMonth, notAWholeCount } from "./rule-messages.js";
import type { Text } from "./lang.js";
import { type Day, dayFromParts, daysInMonth, isoDay, weekday, yearOf } from "./date.js";
import { brand, branded, RuleError } from "./errors.js";
import type { TraceEvent } from "./module.js";

export interface CalendarOptions {
  /** `YYYY-MM-DD`: notices (and the statute) published after this day are not applied. */
  knownOn?: string;
  /** Count a year no notice arranges from the statute's fixed holidays, weekends and nothing else. */
  provisional?: boolean;
}

/** Who decided a day: a notice, or (provisionally) the statute. */
export type DayBasis = { kind: "notice"; notice: NoticeData } | { kind: "statute"; statute: StatuteData };

/** A day a notice or the statute decided: a day off, or a weekend day worked. */
export interface DayMark {
  readonly working: boolean;
  /** The festival of a day off. */
  readonly festival?: string;
  readonly basis: DayBasis;
}

/** Why a day is or is not worked. */
export type DayStatus =
  | { readonly working: boolean; readonly kind: "weekday" | "weekend"; readonly provisional: boolean }
  | { readonly working: false; readonly kind: "holiday"; readonly festival: string; readonly basis: DayBasis; readonly provisional: boolean }
  | { readonly working: true; readonly kind: "makeup"; readonly basis: DayBasis; readonly provisional: false };

/** A day whose year no applied notice arranges: the answer needing it is unknown, never guessed. */
export class CalendarUnknown extends RuleError {
  constructor(
    readonly year: number,
    /** The day whose status was needed. */
    readonly day: Day,
  ) {
    super(calendarUnknown(year, day), "R4");
    this.name = "CalendarUnknown";
    brand(this, "CalendarUnknown");
  }

  static override [Symbol.hasInstance](v: unknown): v is CalendarUnknown {
    return branded(v, "CalendarUnknown");
  }
}

/** One count on the calendar, recorded in a trace: which days it crossed, for citing the notices that decided them. */
export interface CalendarStep {
  readonly calendar: Calendar;
  readonly fn: "addWorkingDays" | "workingDayOnOrAfter" | "isWorkingDay" | "workingDaysBetween" | "calendarDeadline";
  readonly from: Day;
  readonly to: Day;
  /** The working or calendar days counted, for a count. */
  readonly n?: number;
}

// Day states: bit 1 known, bit 2 worked, bit 4 counted provisionally from the statute. 0 is unknown.
const KNOWN = 1;
const WORKED = 2;
const PROVISIONAL = 4;

export class Calendar {
  /** First and last day of the table; every day outside it is unknown. */
  readonly first: Day;
  readonly last: Day;
  private readonly state: Uint8Array;
  /** workedBefore[i] / unknownBefore[i]: working / unknown days in [first, first + i). */
  private readonly workedBefore: Int32Array;
  private readonly unknownBefore: Int32Array;
  private readonly marks: ReadonlyMap<Day, DayMark>;
  /** The applied notices of each year arranged by notices: its annual notice first, then its amendments. */
  readonly notices: ReadonlyMap<number, readonly NoticeData[]>;
  /** The statute when provisional counting is on and it was known; undefined otherwise. */
  readonly statute: StatuteData | undefined;

  constructor(
    data: CalendarData,
    readonly options: CalendarOptions = {},
  ) {
    const knownOn = options.knownOn;
    const applied = data.notices.filter((n) => knownOn === undefined || n.published <= knownOn);
    const years = new Set(applied.filter((n) => n.kind === "annual").map((n) => n.year));
    const s = data.statute;
    this.statute = options.provisional && s && (knownOn === undefined || s.published <= knownOn) ? s : undefined;
    const provisionalFrom = this.statute ? Math.max(this.statute.firstYear, yearOf(isoDay(this.statute.effective)!)) : 0;
    const isProvisional = (y: number) => this.statute !== undefined && !years.has(y) && y >= provisionalFrom && y <= this.statute.lastYear;
    const all = [...years, ...(this.statute ? [this.statute.lastYear] : [])];
    const firstYear = all.length ? Math.min(...years, ...(this.statute ? [provisionalFrom] : [])) : 1;
    const lastYear = all.length ? Math.max(...all) : 0;
    this.first = dayFromParts(firstYear, 1, 1);
    this.last = dayFromParts(lastYear, 12, 31);
    const size = Math.max(0, this.last - this.first + 1);
    this.state = new Uint8Array(size);
    for (let y = firstYear; y <= lastYear; y++) {
      const base = years.has(y) ? KNOWN : isProvisional(y) ? KNOWN | PROVISIONAL : 0;
      if (!base) continue;
      for (let d = dayFromParts(y, 1, 1), end = dayFromParts(y, 12, 31); d <= end; d++) this.state[d - this.first] = base | (isWeekend(d) ? 0 : WORKED);
    }
    const marks = new Map<Day, DayMark>();
    const byYear = new Map<number, NoticeData[]>();
    for (const notice of applied) {
      if (!years.has(notice.year)) continue;
      byYear.set(notice.year, [...(byYear.get(notice.year) ?? []), notice]);
      const basis: DayBasis = { kind: "notice", notice };
      // A notice may also decide days of the year before (a 元旦 span starting in December): applied there only
      // when that year is itself known, so one stray day never makes the rest of a year look known.
      for (const off of notice.off) {
        for (let d = isoDay(off.from)!, to = isoDay(off.to)!; d <= to; d++) this.mark(marks, d, { working: false, festival: off.festival, basis });
      }
      for (const w of notice.work) this.mark(marks, isoDay(w)!, { working: true, basis });
    }
    if (this.statute) {
      const basis: DayBasis = { kind: "statute", statute: this.statute };
      for (const [date, festival] of this.statute.off) {
        const d = isoDay(date)!;
        if (this.inTable(d) && this.state[d - this.first]! & PROVISIONAL) {
          this.state[d - this.first] = KNOWN | PROVISIONAL;
          marks.set(d, { working: false, festival, basis });
        }
      }
    }
    this.marks = marks;
    this.notices = byYear;
    this.workedBefore = new Int32Array(size + 1);
    this.unknownBefore = new Int32Array(size + 1);
    for (let i = 0; i < size; i++) {
      const st = this.state[i]!;
      this.workedBefore[i + 1] = this.workedBefore[i]! + (st & WORKED ? 1 : 0);
      this.unknownBefore[i + 1] = this.unknownBefore[i]! + (st ? 0 : 1);
    }
  }

  private inTable(day: Day): boolean {
    return day >= this.first && day <= this.last;
  }

  private mark(marks: Map<Day, DayMark>, day: Day, mark: DayMark): void {
    if (!this.inTable(day)) return;
    const i = day - this.first;
    const st = this.state[i]!;
    if (!(st & KNOWN) || st & PROVISIONAL) return;
    this.state[i] = KNOWN | (mark.working ? WORKED : 0);
    marks.set(day, mark);
  }

  /** The last day of the last year a notice arranges (what `regc status` reports), or undefined when none. */
  get lastArranged(): Day | undefined {
    const years = [...this.notices.keys()];
    return years.length ? dayFromParts(Math.max(...years), 12, 31) : undefined;
  }

  // -------------------------------------------------------------------------------------------------------
  // Queries. Each takes the evaluation's trace (null when tracing is off) and records itself there.

  isWorkingDay(day: Day, tr?: TraceEvent[] | null): boolean {
    const working = (this.stateOf(day) & WORKED) !== 0;
    if (tr) this.record(tr, { calendar: this, fn: "isWorkingDay", from: day, to: day });
    return working;
  }

  /** The n-th working day after `start` (start not counted); negative n counts backwards; n = 0 is `start`. */
  addWorkingDays(start: Day, n: number, tr?: TraceEvent[] | null): Day {
    requireInteger(n, COUNTED.workingDays);
    const step = n < 0 ? -1 : 1;
    let day = start;
    for (let left = Math.abs(n); left > 0; ) {
      day += step;
      if (this.stateOf(day) & WORKED) left -= 1;
    }
    if (tr && n !== 0) this.record(tr, { calendar: this, fn: "addWorkingDays", from: start, to: day, n });
    return day;
  }

  /** `day` if it is worked, otherwise the next working day: how a deadline falling on a day off moves. */
  workingDayOnOrAfter(day: Day, tr?: TraceEvent[] | null): Day {
    let d = day;
    while (!(this.stateOf(d) & WORKED)) d += 1;
    if (tr) this.record(tr, { calendar: this, fn: "workingDayOnOrAfter", from: day, to: d });
    return d;
  }

  /**
   * A time limit of n calendar days: start + n, and when that last day is not a working day, the next working
   * day (R4, 民法典 第二百零三条).
   */
  calendarDeadline(start: Day, n: number, tr?: TraceEvent[] | null): Day {
    requireInteger(n, COUNTED.days);
    if (n < 0) throw new RuleError(countsBackwards(n), "R4");
    const to = this.workingDayOnOrAfter(start + n);
    if (tr) this.record(tr, { calendar: this, fn: "calendarDeadline", from: start, to, n });
    return to;
  }

  /** Working days d with a < d ≤ b (the start is not counted, the end is), negative when b is before a. */
  workingDaysBetween(a: Day, b: Day, tr?: TraceEvent[] | null): number {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    if (lo !== hi) this.requireKnown(lo + 1, hi);
    const count = lo === hi ? 0 : this.workedBefore[hi + 1 - this.first]! - this.workedBefore[lo + 1 - this.first]!;
    if (tr) this.record(tr, { calendar: this, fn: "workingDaysBetween", from: a, to: b, n: a <= b ? count : -count });
    return a <= b ? count : -count;
  }

  /** 每月X日前（法定节假日顺延）: day X of the month if it is worked, otherwise the next working day (R4). */
  monthlyDeadline(year: number, month: number, dayOfMonth: number): Day {
    if (!Number.isInteger(month) || month < 1 || month > 12) throw new RuleError(notAMonth(month));
    if (!Number.isInteger(dayOfMonth) || dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) {
      throw new RuleError(noSuchDayOfMonth(year, month, dayOfMonth));
    }
    return this.workingDayOnOrAfter(dayFromParts(year, month, dayOfMonth));
  }

  /** The day's kind and, for a holiday or a make-up working day, who decided it. */
  dayStatus(day: Day): DayStatus {
    const st = this.stateOf(day);
    const provisional = (st & PROVISIONAL) !== 0;
    const mark = this.marks.get(day);
    if (mark?.working) return { working: true, kind: "makeup", basis: mark.basis, provisional: false };
    if (mark) return { working: false, kind: "holiday", festival: mark.festival ?? "", basis: mark.basis, provisional };
    return isWeekend(day) ? { working: false, kind: "weekend", provisional } : { working: true, kind: "weekday", provisional };
  }

  /** The days a notice or the statute decided in [from, to], in order. */
  decided(from: Day, to: Day): { day: Day; mark: DayMark }[] {
    const out: { day: Day; mark: DayMark }[] = [];
    for (let d = Math.min(from, to); d <= Math.max(from, to); d++) {
      const mark = this.marks.get(d);
      if (mark) out.push({ day: d, mark });
    }
    return out;
  }

  /** Whether any day in [from, to] is counted provisionally. */
  provisionalIn(from: Day, to: Day): boolean {
    for (let d = Math.min(from, to); d <= Math.max(from, to); d++) if (this.inTable(d) && this.state[d - this.first]! & PROVISIONAL) return true;
    return false;
  }

  /** Throws CalendarUnknown for the first day in [from, to] no notice arranges. */
  requireKnown(from: Day, to: Day): void {
    if (from < this.first) throw this.unknown(from);
    const end = Math.min(to, this.last);
    if (from <= end && this.unknownBefore[end + 1 - this.first] !== this.unknownBefore[from - this.first]) {
      for (let d = from; d <= end; d++) if (!this.state[d - this.first]) throw this.unknown(d);
    }
    if (to > this.last) throw this.unknown(Math.max(from, this.last + 1));
  }

  private stateOf(day: Day): number {
    const st = day >= this.first && day <= this.last ? this.state[day - this.first]! : 0;
    if (!st) throw this.unknown(day);
    return st;
  }

  private unknown(day: Day): CalendarUnknown {
    return new CalendarUnknown(yearOf(day), day);
  }

  private record(tr: TraceEvent[], step: CalendarStep): void {
    tr.push({ at: -1, step });
  }
}

/** A calendar that knows no year: what an evaluation gets when it is handed no calendar data. */
export const NO_CALENDAR: CalendarData = { notices: [] };

const built = new WeakMap<CalendarData, Map<string, Calendar>>();

/** The calendar of `data` as known on `options.knownOn`, built once per data, date and mode. */
export function calendarOf(data: CalendarData, options: CalendarOptions = {}): Calendar {
  let byOptions = built.get(data);
  if (!byOptions) built.set(data, (byOptions = new Map()));
  const key = `${options.knownOn ?? ""}|${options.provisional ? 1 : 0}`;
  let cal = byOptions.get(key);
  if (!cal) byOptions.set(key, (cal = new Calendar(data, options)));
  return cal;
}

/** `title（文号）`, as a notice or the statute is cited. */
export function citeBasis(basis: DayBasis): string {
  return basis.kind === "notice"
    ? `${basis.notice.title}（${basis.notice.number}）`
    : `${basis.statute.title}（${basis.statute.number}）${basis.statute.article}`;
}

/**
 * Rethrows anything but CalendarUnknown; returns that. Generated code catches around each value that needs the
 * calendar, so one unknown year makes only the values depending on it unknown.
 */
export function unknownOf(e: unknown): CalendarUnknown {
  if (e instanceof CalendarUnknown) return e;
  throw e;
}

/** Reading a value that is unknown makes the reader unknown too. */
export function raise(u: CalendarUnknown): never {
  throw u;
}

/** A value of an earlier claim that needs the calendar: unknown there, unknown here. */
export function priorValue<V extends object, K extends keyof V & string>(values: V, name: K): V[K] {
  const u = (values as Record<string, unknown>)[`${name}_u`];
  if (u instanceof CalendarUnknown) throw u;
  return values[name];
}

function requireInteger(n: number, what: Text): void {
  if (!Number.isInteger(n)) throw new RuleError(notAWholeCount(n, what));
}

function isWeekend(day: Day): boolean {
  const w = weekday(day);
  return w === 0 || w === 6;
}
