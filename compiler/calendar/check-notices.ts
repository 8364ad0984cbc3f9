// Checks each year's notices against their own words and against each other, as gazette numbers are checked
// against the gazette: every day a file lists must be printed in the notice's text (E0902), every day the text
// prints must be listed (E0903), a make-up working day is a Saturday or Sunday (E0904), no day is listed twice
// (E0905), the weekday printed beside a date is that date's weekday (E0906), a span of days off runs forwards
// (E0914) and an extension continues a holiday (E0911–E0913), the file's year and notices fit together (its name
// E0907, one file a year E0915, one notice of the year E0916 that amendments amend E0917 and follow E0918, its
// days in the year E0919), and the signing date is the one printed under the notice (E0908) and not after the
// publication (E0921).
import { basename } from "node:path";
import { diagnose, type Diagnostic } from "../../dsl/diagnostic.js";
import type { NoticeData } from "../../runtime/calendar-data.js";
import { dayFromParts, formatDay, weekday, type Day } from "../../runtime/date.js";
import * as Calendar from "../messages/calendar.js";
import { chineseDate, readNoticeText, type PrintedDate, type PrintedParagraph } from "./notice-text.js";
import type { NoticeEntry, OffEntry, YearFile } from "./read.js";

const WEEKDAY_NAMES = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

/** The checked notices of every year, in the order they apply; problems go to `diagnostics`. */
export function checkYears(files: readonly YearFile[], diagnostics: Diagnostic[]): NoticeData[] {
  const byYear = new Map<number, YearFile>();
  const out: NoticeData[] = [];
  for (const f of [...files].sort((a, b) => a.year.value - b.year.value)) {
    const year = f.year.value;
    const first = byYear.get(year);
    if (first) {
      diagnostics.push(diagnose(Calendar.yearInTwoFiles, f.year.span, { year, first: first.file, second: f.file }));
      continue;
    }
    byYear.set(year, f);
    if (basename(f.file) !== `${year}.yaml`) {
      diagnostics.push(diagnose(Calendar.fileNameNotYear, f.year.span, { file: f.file, year }));
    }
    out.push(...checkYear(f, diagnostics));
  }
  return out;
}

function checkYear(f: YearFile, diagnostics: Diagnostic[]): NoticeData[] {
  const year = f.year.value;
  const annual = f.notices.filter((n) => !n.amends);
  if (annual.length !== 1) {
    diagnostics.push(diagnose(Calendar.annualNoticeCount, f.year.span, { file: f.file, count: annual.length }));
    return [];
  }
  const main = annual[0]!;
  const ordered = [main, ...f.notices.filter((n) => n.amends).sort((a, b) => a.published.value - b.published.value)];
  const out: NoticeData[] = [];
  for (const n of ordered) {
    if (n.amends && n.amends.value !== main.number.value) {
      diagnostics.push(
        diagnose(Calendar.amendsAnotherNotice, n.amends.span, { number: n.number.value, amends: n.amends.value, year, main: main.number.value }),
      );
    }
    if (n.amends && n.published.value < main.published.value) {
      diagnostics.push(
        diagnose(Calendar.amendmentPublishedBefore, n.published.span, { number: n.number.value, mainPublished: formatDay(main.published.value) }),
      );
    }
    const data = checkNotice(f, n, out, diagnostics);
    if (data) out.push(data);
  }
  return out;
}

function checkNotice(f: YearFile, n: NoticeEntry, earlier: readonly NoticeData[], diagnostics: Diagnostic[]): NoticeData | undefined {
  const year = f.year.value;
  const before = diagnostics.length;
  const report: Report = (d) => diagnostics.push(d);
  if (!n.text.includes(chineseDate(n.signed.value))) {
    report(
      diagnose(Calendar.signedDate, n.signed.span, {
        number: n.number.value,
        signed: formatDay(n.signed.value),
        words: chineseDate(n.signed.value),
      }),
    );
  }
  if (n.published.value < n.signed.value) report(diagnose(Calendar.publishedBeforeSigned, n.published.span, { number: n.number.value }));
  const printed = readNoticeText(n.text, year);
  checkWeekdays(n, printed, report);
  const off: NoticeData["off"] = [];
  const listed = new Map<Day, string>();
  const claim = (day: Day, what: string, span: NoticeEntry["span"]) => {
    const first = listed.get(day);
    if (first) report(diagnose(Calendar.dayListedTwice, span, { day: formatDay(day), number: n.number.value, first, what }));
    else listed.set(day, what);
    if (day < dayFromParts(year - 1, 12, 1) || day > dayFromParts(year, 12, 31)) {
      report(diagnose(Calendar.dayOutsideYear, span, { day: formatDay(day), year, file: f.file }));
    }
  };
  const matched = new Set<object>();
  for (const o of n.off) {
    const span = checkOff(n, o, printed, earlier, matched, report);
    if (!span) continue;
    for (let d = span.from; d <= span.to; d++) claim(d, `${o.festival} 放假`, o.span);
    off.push({ festival: o.festival, from: formatDay(span.from), to: formatDay(span.to) });
  }
  for (const w of n.work) {
    const wd = weekday(w.value);
    if (wd !== 0 && wd !== 6) report(diagnose(Calendar.workdayNotWeekend, w.span, { day: formatDay(w.value), weekday: WEEKDAY_NAMES[wd]! }));
    const p = printed.flatMap((para) => para.work).find((x) => x.day === w.value);
    if (!p)
      report(
        diagnose(Calendar.dayNotPrinted, w.span, {
          kind: "work",
          day: formatDay(w.value),
          number: n.number.value,
          words: chineseDate(w.value),
          printed: printedWork(printed),
        }),
      );
    else matched.add(p);
    claim(w.value, "上班", w.span);
  }
  for (const para of printed) {
    for (const s of para.off)
      if (!matched.has(s))
        report(
          diagnose(Calendar.dayNotListed, n.span, {
            kind: "off",
            number: n.number.value,
            words: `${s.from.words}${s.to === s.from ? "" : `至${s.to.words}`}`,
            ...(para.heading !== undefined ? { festival: para.heading } : {}),
            from: formatDay(s.from.day),
            ...(s.to === s.from ? {} : { to: formatDay(s.to.day) }),
          }),
        );
    for (const w of para.work)
      if (!matched.has(w)) report(diagnose(Calendar.dayNotListed, n.span, { kind: "work", number: n.number.value, words: w.words, day: formatDay(w.day) }));
    if (para.until && !matched.has(para.until))
      report(diagnose(Calendar.dayNotListed, n.span, { kind: "until", number: n.number.value, words: para.until.words, day: formatDay(para.until.day) }));
  }
  if (diagnostics.length > before) return undefined;
  return {
    number: n.number.value,
    title: n.title.value,
    signed: formatDay(n.signed.value),
    published: formatDay(n.published.value),
    year,
    kind: n.amends ? "amendment" : "annual",
    source: f.file,
    off,
    work: n.work.map((w) => formatDay(w.value)),
  };
}

type Report = (d: Diagnostic) => void;

/** The days an `off` entry covers, checked against a printed span (or, for an extension, the printed end). */
function checkOff(
  n: NoticeEntry,
  o: OffEntry,
  printed: readonly PrintedParagraph[],
  earlier: readonly NoticeData[],
  matched: Set<object>,
  report: Report,
): { from: Day; to: Day } | undefined {
  if (o.until) {
    const para = printed.find((p) => p.until?.day === o.until!.value);
    if (!para) {
      report(diagnose(Calendar.dayNotPrinted, o.until.span, { kind: "until", day: formatDay(o.until.value), number: n.number.value }));
      return undefined;
    }
    matched.add(para.until!);
    if (o.resumes) {
      if (para.resumes?.day !== o.resumes.value)
        report(diagnose(Calendar.dayNotPrinted, o.resumes.span, { kind: "resumes", day: formatDay(o.resumes.value), number: n.number.value }));
      else if (o.resumes.value !== o.until.value + 1)
        report(diagnose(Calendar.resumesNotNextDay, o.resumes.span, { resumes: formatDay(o.resumes.value), until: formatDay(o.until.value) }));
    }
    const ends = earlier
      .flatMap((e) => e.off.filter((x) => x.festival === o.festival))
      .map((x) => x.to)
      .sort();
    const end = ends.length ? ends[ends.length - 1]! : undefined;
    if (!end) {
      report(diagnose(Calendar.nothingToExtend, o.span, { number: n.number.value, festival: o.festival }));
      return undefined;
    }
    const from = dayFromIso(end) + 1;
    if (o.until.value < from) {
      report(diagnose(Calendar.extendsNothing, o.until.span, { festival: o.festival, end, until: formatDay(o.until.value) }));
      return undefined;
    }
    return { from, to: o.until.value };
  }
  const from = o.from!.value;
  const to = o.to?.value ?? from;
  if (to < from) {
    report(diagnose(Calendar.spanBackwards, o.span, { festival: o.festival, from: formatDay(from), to: formatDay(to) }));
    return undefined;
  }
  const para = printed.find((p) => p.off.some((s) => s.from.day === from && s.to.day === to));
  if (!para) {
    const words = from === to ? chineseDate(from) : `${chineseDate(from)}至${chineseDate(to)}`;
    report(
      diagnose(Calendar.dayNotPrinted, o.span, {
        kind: "off",
        festival: o.festival,
        from: formatDay(from),
        to: formatDay(to),
        number: n.number.value,
        words,
        printed: printedOff(printed),
      }),
    );
    return undefined;
  }
  matched.add(para.off.find((s) => s.from.day === from && s.to.day === to)!);
  const heading = para.heading;
  if (heading ? heading !== o.festival : !n.title.value.includes(o.festival)) {
    report(
      diagnose(Calendar.dayNotPrinted, o.span, {
        kind: "heading",
        from: formatDay(from),
        to: formatDay(to),
        heading: heading ?? n.title.value,
        festival: o.festival,
        printedHeading: heading !== undefined,
      }),
    );
  }
  return { from, to };
}

function checkWeekdays(n: NoticeEntry, printed: readonly PrintedParagraph[], report: Report): void {
  const dates: PrintedDate[] = printed.flatMap((p) => [
    ...p.off.flatMap((s) => [s.from, s.to]),
    ...p.work,
    ...(p.until ? [p.until] : []),
    ...(p.resumes ? [p.resumes] : []),
  ]);
  for (const d of new Set(dates)) {
    if (d.printedWeekday !== undefined && d.printedWeekday !== weekday(d.day)) {
      report(
        diagnose(Calendar.wrongWeekday, n.span, { number: n.number.value, words: d.words, day: formatDay(d.day), weekday: WEEKDAY_NAMES[weekday(d.day)]! }),
      );
    }
  }
}

function printedOff(printed: readonly PrintedParagraph[]): string[] {
  return printed.flatMap((p) => p.off.map((s) => (s.from === s.to ? s.from.words : `${s.from.words}至${s.to.words}`)));
}

function printedWork(printed: readonly PrintedParagraph[]): string[] {
  return printed.flatMap((p) => p.work.map((w) => w.words));
}

function dayFromIso(iso: string): Day {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return dayFromParts(y, m, d);
}
