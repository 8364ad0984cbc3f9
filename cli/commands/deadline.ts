// `regc deadline <date> <n>工作日|日 [--roll] [--explain] [--known-on D] [--provisional-calendar]`: a case worker's
// deadline on the official calendar (RULINGS R4: the start day is not counted; --roll moves a last day that is not
// worked to the next working day, 民法典 第二百零三条), with every day counted and the notices that decided them.
// JSON by default, Chinese with --explain. A day of a year no notice arranges is an error (exit 1) unless the
// year may be counted provisionally; a malformed date or count is a usage error (exit 2).
import { printDiagnostic } from "../diagnostics.js";
import * as say from "../messages/usage.js";
import * as Deadlines from "../../compiler/messages/deadline.js";
import { LABELS } from "../../dsl/render.js";
import { calendarData, loadCalendar } from "../../compiler/calendar/index.js";
import { policyRoots } from "../../compiler/program.js";
import { CalendarUnknown, calendarOf, type Calendar } from "../../runtime/calendar.js";
import { spanBasis, WEEKDAYS, type CitedSource } from "../../runtime/calendar-trace.js";
import { formatDay, isoDay, weekday, type Day } from "../../runtime/date.js";
import { hasErrors } from "../../dsl/diagnostic.js";
import type { Lang } from "../../dsl/lang.js";
import { requireDate, type CalendarFlags } from "../calendar-options.js";
import { chineseDay, chineseDayWithWeekday, chineseSpan, dayWithWeekdayEn, decidedWords, decidedWordsEn } from "../explain-calendar.js";
import { explanationLang, messageLang, projectOptions, UsageError, type Io } from "../io.js";

export interface DeadlineFlags extends CalendarFlags {
  roll?: boolean;
  explain?: boolean;
  policies?: string[];
}

/** One day counted or passed over. */
interface DeadlineDay {
  date: string;
  weekday: string;
  status: "weekday" | "weekend" | "holiday" | "makeup" | "unknown";
  /** The n-th day counted: working days for 工作日, every day for 日. */
  counted?: number;
  festival?: string;
  /** 文号 of the notice (or statute) that decided the day. */
  by?: string;
  provisional?: true;
  /** The last day, moved forward from the n-th calendar day (--roll). */
  rolled?: true;
}

export interface Deadline {
  from: string;
  to: string;
  count: { n: number; unit: "工作日" | "日" };
  roll: boolean;
  knownOn?: string;
  provisional: boolean;
  days: DeadlineDay[];
  notices: CitedSource[];
}

const COUNT = /^(\d{1,5})\s*个?\s*(工作日|日|天)$/;

export async function deadlineCommand(root: string, dateText: string, countText: string, opts: DeadlineFlags, io: Io): Promise<number> {
  const from = isoDay(dateText);
  if (from === undefined) throw new UsageError(say.deadlineStart({ got: dateText }));
  const m = COUNT.exec(countText.trim());
  if (!m) throw new UsageError(say.deadlineCount({ got: countText }));
  const knownOn = opts.knownOn === undefined ? undefined : requireDate(opts.knownOn, "--known-on");
  // The calendar years of draft folders (--policies) count too: a notice can be checked before it is merged.
  const source = loadCalendar(root, policyRoots(projectOptions(root, opts)));
  if (hasErrors(source.diagnostics)) {
    const texts = new Map(source.files.map((f) => [f.file, f.text]));
    for (const d of source.diagnostics) printDiagnostic(d, texts.get(d.span.file) ?? "", io);
    return 1;
  }
  const provisional = opts.provisionalCalendar === true;
  const cal = calendarOf(calendarData(source, { provisional }), { ...(knownOn ? { knownOn } : {}), provisional });
  const n = Number(m[1]);
  const unit = m[2] === "工作日" ? "工作日" : "日";
  let result: Deadline;
  try {
    result = deadline(cal, from, n, unit, opts.roll === true, knownOn);
  } catch (e) {
    if (!(e instanceof CalendarUnknown)) throw e;
    const lang = messageLang(io);
    const words = LABELS[lang];
    const said = { from: dateText, n, unit, day: formatDay(e.day), year: e.year, ...(knownOn ? { knownOn } : {}) } as const;
    const { message, help, code } = Deadlines.yearNotArranged;
    io.err(`regc deadline: error[${code}]: ${message[lang](said)}\n${words.help}${words.colon}${help[lang](said)}\n`);
    return 1;
  }
  io.out(opts.explain ? explainDeadline(result, explanationLang(io)) : JSON.stringify(result, null, 2) + "\n");
  return 0;
}

export function deadline(cal: Calendar, from: Day, n: number, unit: "工作日" | "日", roll: boolean, knownOn?: string): Deadline {
  let to = unit === "工作日" ? cal.addWorkingDays(from, n) : from + n;
  const counted = to;
  if (roll) to = cal.workingDayOnOrAfter(to);
  const basis = spanBasis(cal, from + 1, Math.max(from + 1, to));
  const days: DeadlineDay[] = [];
  let k = 0;
  for (let d = from + 1; d <= to; d++) {
    const day: DeadlineDay = { date: formatDay(d), weekday: WEEKDAYS[weekday(d)]!, status: "unknown" };
    try {
      const s = cal.dayStatus(d);
      day.status = s.kind;
      if (s.kind === "holiday") day.festival = s.festival;
      if (s.kind === "holiday" || s.kind === "makeup") day.by = s.basis.kind === "notice" ? s.basis.notice.number : s.basis.statute.number;
      if (s.provisional) day.provisional = true;
      if (unit === "工作日" ? s.working && d <= counted : d <= counted) day.counted = ++k;
    } catch (e) {
      // 日 without --roll needs no calendar: the days of an unknown year are listed as unknown, the count stands.
      if (!(e instanceof CalendarUnknown)) throw e;
      if (unit === "日" && d <= counted) day.counted = ++k;
    }
    if (roll && d > counted) day.rolled = true;
    days.push(day);
  }
  return {
    from: formatDay(from),
    to: formatDay(to),
    count: { n, unit },
    roll,
    ...(knownOn ? { knownOn } : {}),
    provisional: basis.provisional,
    days,
    notices: days.length ? basis.notices : [],
  };
}

/** The words of an explained deadline around its dates, in each language. */
const WORDS: Record<
  Lang,
  {
    start(r: Deadline): string;
    kinds: Record<DeadlineDay["status"], string>;
    holiday(festival: string | undefined): string;
    day(iso: string): string;
    span(from: string, to: string): string;
    by(number: string, provisional: boolean): string;
    counted(k: number, unit: string): string;
    rolled: string;
    gap: string;
    last(r: Deadline): string;
    basis: string;
    notice(n: CitedSource, words: readonly string[]): string;
    decided(days: Parameters<typeof decidedWords>[0]): string[];
  }
> = {
  zh: {
    start: (r) =>
      `自${chineseDayWithWeekday(r.from)}起算${r.count.n}${r.count.unit === "工作日" ? "个工作日" : "日"}（起算日不计入，解释依据 R4）${r.knownOn ? `，按${chineseDay(r.knownOn)}已公布的节假日安排` : ""}：`,
    kinds: { weekday: "工作日", weekend: "周末", holiday: "放假", makeup: "调休上班", unknown: "节假日安排未公布" },
    holiday: (festival) => `${festival}放假`,
    day: chineseDayWithWeekday,
    span: chineseSpan,
    by: (number, provisional) => `（${number}${provisional ? "，临时推算" : ""}）`,
    counted: (k, unit) => `，第${k}${unit === "工作日" ? "个工作日" : "日"}`,
    rolled: "，期限最后一日为休息日，顺延（民法典 第二百零三条）",
    gap: "　",
    last: (r) =>
      `期限最后一日：${chineseDayWithWeekday(r.to)}${r.provisional ? "（临时推算：其间有年份的节假日安排尚未公布，按《全国年节及纪念日放假办法》第二条计算，不含调休；正式安排公布后可能不同）" : ""}`,
    basis: "依据：",
    notice: (n, words) =>
      `  ${n.provisional ? `《${n.title}》（${n.number}）第二条` : `${n.title}（${n.number}）`}${words.length ? `：${words.join("，")}` : "：其间无放假调休"}`,
    decided: decidedWords,
  },
  en: {
    start: (r) =>
      `${r.count.n} ${r.count.unit === "工作日" ? "working days" : "days"} from ${dayWithWeekdayEn(r.from)} (the start day not counted, ruling R4)${r.knownOn ? `, with the holiday arrangements published by ${r.knownOn}` : ""}:`,
    kinds: { weekday: "working day", weekend: "weekend", holiday: "holiday", makeup: "make-up working day", unknown: "holiday arrangement not published" },
    holiday: (festival) => `“${festival}” holiday`,
    day: dayWithWeekdayEn,
    span: (from, to) => `${from} to ${to}`,
    by: (number, provisional) => ` (${number}${provisional ? ", provisional" : ""})`,
    counted: (k) => `, day ${k} of the count`,
    rolled: ", the last day is a day off: moved to the next working day (《民法典》 第二百零三条)",
    gap: "  ",
    last: (r) =>
      `Last day: ${dayWithWeekdayEn(r.to)}${r.provisional ? " (provisional: a year in the period has no published holiday arrangement, so it is counted by 《全国年节及纪念日放假办法》 第二条, without make-up working days; the official arrangement may differ)" : ""}`,
    basis: "Relied on:",
    notice: (n, words) =>
      `  《${n.title}》 (${n.number})${n.provisional ? " 第二条" : ""}${words.length ? `: ${words.join(", ")}` : ": no holiday or make-up working day in the period"}`,
    decided: decidedWordsEn,
  },
};

/** The deadline for a case worker: each day counted or passed over, the last day, and the notices relied on. */
export function explainDeadline(r: Deadline, lang: Lang): string {
  const w = WORDS[lang];
  const lines = [w.start(r)];
  for (let i = 0; i < r.days.length; ) {
    const day = r.days[i]!;
    // Days off in a row (a weekend, a holiday) are one line; each working day has its own.
    let j = i;
    if (day.status === "weekend" || day.status === "holiday" || day.status === "unknown") {
      while (
        j + 1 < r.days.length &&
        r.days[j + 1]!.status === day.status &&
        r.days[j + 1]!.festival === day.festival &&
        r.days[j + 1]!.counted === undefined &&
        day.counted === undefined
      )
        j++;
    }
    const when = i === j ? w.day(day.date) : w.span(day.date, r.days[j]!.date);
    const what = day.status === "holiday" ? w.holiday(day.festival) : w.kinds[day.status];
    const by = day.by ? w.by(day.by, day.provisional === true) : "";
    const counted = day.counted !== undefined ? w.counted(day.counted, r.count.unit) : "";
    lines.push(`  ${when}${w.gap}${what}${by}${counted}${day.rolled ? w.rolled : ""}`);
    i = j + 1;
  }
  lines.push(w.last(r));
  if (r.notices.length) {
    lines.push(w.basis);
    for (const n of r.notices) {
      const decided = r.days
        .filter((d) => d.by === n.number)
        .map((d) => ({
          date: d.date,
          weekday: d.weekday,
          status: d.status === "makeup" ? ("makeup" as const) : ("holiday" as const),
          ...(d.festival ? { festival: d.festival } : {}),
          by: n.number,
        }));
      lines.push(w.notice(n, w.decided(decided)));
    }
  }
  return lines.join("\n") + "\n";
}
