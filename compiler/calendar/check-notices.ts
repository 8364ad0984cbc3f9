// Checks each year's notices against their own words and against each other, as gazette numbers are checked
// against the gazette: every day a file lists must be printed in the notice's text (E0902), every day the text
// prints must be listed (E0903), a make-up working day is a Saturday or Sunday (E0904), no day is listed twice
// (E0905), the weekday printed beside a date is that date's weekday (E0906), the file's year and notices fit
// together (E0907), and the signing date is the one printed under the notice (E0908).
import { basename } from "node:path";
import { error, type Diagnostic } from "../../dsl/diagnostic.js";
import type { NoticeData } from "../../runtime/calendar-data.js";
import { dayFromParts, formatDay, weekday, type Day } from "../../runtime/date.js";
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
      diagnostics.push(
        error(
          "E0907",
          f.year.span,
          `${year} is arranged in two files: ${first.file} and ${f.file}`,
          "keep one file per year; a later notice changing the year goes into that file as an entry with amends",
        ),
      );
      continue;
    }
    byYear.set(year, f);
    if (basename(f.file) !== `${year}.yaml`) {
      diagnostics.push(error("E0907", f.year.span, `${f.file} says year: ${year}`, `name the file ${year}.yaml, or correct the year`));
    }
    out.push(...checkYear(f, diagnostics));
  }
  return out;
}

function checkYear(f: YearFile, diagnostics: Diagnostic[]): NoticeData[] {
  const year = f.year.value;
  const annual = f.notices.filter((n) => !n.amends);
  if (annual.length !== 1) {
    diagnostics.push(
      error(
        "E0907",
        f.year.span,
        `${f.file} must hold exactly one notice without amends (the year's own notice); it holds ${annual.length}`,
        "give each later notice amends: <文号 of the year's notice>",
      ),
    );
    return [];
  }
  const main = annual[0]!;
  const ordered = [main, ...f.notices.filter((n) => n.amends).sort((a, b) => a.published.value - b.published.value)];
  const out: NoticeData[] = [];
  for (const n of ordered) {
    if (n.amends && n.amends.value !== main.number.value) {
      diagnostics.push(
        error(
          "E0907",
          n.amends.span,
          `${n.number.value} amends ${n.amends.value}, which is not the notice of ${year} (${main.number.value})`,
          `write amends: ${main.number.value}`,
        ),
      );
    }
    if (n.amends && n.published.value < main.published.value) {
      diagnostics.push(
        error(
          "E0907",
          n.published.span,
          `${n.number.value} is published before the notice it amends (${formatDay(main.published.value)})`,
          "check both publication dates",
        ),
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
  const report = (code: string, span: NoticeEntry["span"], message: string, help: string) => diagnostics.push(error(code, span, message, help));
  if (!n.text.includes(chineseDate(n.signed.value))) {
    report(
      "E0908",
      n.signed.span,
      `${n.number.value} signed ${formatDay(n.signed.value)}: the text does not print ${chineseDate(n.signed.value)}`,
      "the signing date is the date printed under the notice; copy it from there",
    );
  }
  if (n.published.value < n.signed.value)
    report(
      "E0908",
      n.published.span,
      `${n.number.value} is published before it is signed`,
      "published is the day the notice was made public, on or after the day it was signed",
    );
  const printed = readNoticeText(n.text, year);
  checkWeekdays(n, printed, report);
  const off: NoticeData["off"] = [];
  const listed = new Map<Day, string>();
  const claim = (day: Day, what: string, span: NoticeEntry["span"]) => {
    const first = listed.get(day);
    if (first)
      report(
        "E0905",
        span,
        `${formatDay(day)} is listed twice in ${n.number.value}: ${first} and ${what}`,
        "list each day once: a day is either off or worked, in one entry",
      );
    else listed.set(day, what);
    if (day < dayFromParts(year - 1, 12, 1) || day > dayFromParts(year, 12, 31)) {
      report(
        "E0907",
        span,
        `${formatDay(day)} is outside ${year}, the year ${f.file} arranges`,
        "a notice for a year may also decide the last days of December before it (元旦), nothing else",
      );
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
    if (wd !== 0 && wd !== 6)
      report(
        "E0904",
        w.span,
        `make-up working day ${formatDay(w.value)} is a ${WEEKDAY_NAMES[wd]}, not a Saturday or Sunday`,
        "调休上班 days are weekend days; a weekday is a working day anyway",
      );
    const p = printed.flatMap((para) => para.work).find((x) => x.day === w.value);
    if (!p)
      report(
        "E0902",
        w.span,
        `${formatDay(w.value)}: ${n.number.value} does not print this make-up working day (${chineseDate(w.value)}…上班)`,
        `the notice prints: ${printedWork(printed)}`,
      );
    else matched.add(p);
    claim(w.value, "上班", w.span);
  }
  for (const para of printed) {
    for (const s of para.off)
      if (!matched.has(s))
        report(
          "E0903",
          n.span,
          `${n.number.value} prints ${s.from.words}${s.to === s.from ? "" : `至${s.to.words}`}放假, which the file does not list`,
          `add to off: { festival: ${para.heading ?? "…"}, from: ${formatDay(s.from.day)}${s.to === s.from ? "" : `, to: ${formatDay(s.to.day)}`} }`,
        );
    for (const w of para.work)
      if (!matched.has(w)) report("E0903", n.span, `${n.number.value} prints ${w.words}上班, which the file does not list`, `add ${formatDay(w.day)} to work`);
    if (para.until && !matched.has(para.until))
      report(
        "E0903",
        n.span,
        `${n.number.value} extends a holiday to ${para.until.words}, which the file does not list`,
        `add to off: { festival: …, until: ${formatDay(para.until.day)} }`,
      );
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

type Report = (code: string, span: NoticeEntry["span"], message: string, help: string) => void;

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
      report(
        "E0902",
        o.until.span,
        `${formatDay(o.until.value)}: ${n.number.value} does not print a holiday extended to this day`,
        "copy the day from the notice's 延长…至 sentence",
      );
      return undefined;
    }
    matched.add(para.until!);
    if (o.resumes) {
      if (para.resumes?.day !== o.resumes.value)
        report(
          "E0902",
          o.resumes.span,
          `${formatDay(o.resumes.value)}: ${n.number.value} does not print work resuming on this day`,
          "copy the day from the notice's …起正常上班",
        );
      else if (o.resumes.value !== o.until.value + 1)
        report(
          "E0905",
          o.resumes.span,
          `work resumes on ${formatDay(o.resumes.value)}, not the day after the holiday ends (${formatDay(o.until.value)})`,
          "resumes is the day after until",
        );
    }
    const ends = earlier
      .flatMap((e) => e.off.filter((x) => x.festival === o.festival))
      .map((x) => x.to)
      .sort();
    const end = ends.length ? ends[ends.length - 1]! : undefined;
    if (!end) {
      report(
        "E0905",
        o.span,
        `${n.number.value} extends ${o.festival}, which no earlier notice of the year gives`,
        "an extension continues a holiday an earlier notice listed under the same festival",
      );
      return undefined;
    }
    const from = dayFromIso(end) + 1;
    if (o.until.value < from) {
      report("E0905", o.until.span, `${o.festival} already runs to ${end}: extending it to ${formatDay(o.until.value)} extends nothing`, "check the day");
      return undefined;
    }
    return { from, to: o.until.value };
  }
  const from = o.from!.value;
  const to = o.to?.value ?? from;
  if (to < from) {
    report("E0905", o.span, `${o.festival} ${formatDay(from)} to ${formatDay(to)} ends before it starts`, "from is the first day off, to the last");
    return undefined;
  }
  const para = printed.find((p) => p.off.some((s) => s.from.day === from && s.to.day === to));
  if (!para) {
    const words = from === to ? chineseDate(from) : `${chineseDate(from)}至${chineseDate(to)}`;
    report(
      "E0902",
      o.span,
      `${o.festival} ${formatDay(from)}${from === to ? "" : ` to ${formatDay(to)}`}: ${n.number.value} does not print these days off (${words}放假)`,
      `the notice prints: ${printedOff(printed)}`,
    );
    return undefined;
  }
  matched.add(para.off.find((s) => s.from.day === from && s.to.day === to)!);
  const heading = para.heading;
  if (heading ? heading !== o.festival : !n.title.value.includes(o.festival)) {
    report(
      "E0902",
      o.span,
      `the days ${formatDay(from)}…${formatDay(to)} are printed under ${heading ?? n.title.value}, not ${o.festival}`,
      `write festival: ${heading ?? "the festival the notice's title names"}`,
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
        "E0906",
        n.span,
        `${n.number.value} prints ${d.words}, but ${formatDay(d.day)} is a ${WEEKDAY_NAMES[weekday(d.day)]}`,
        "check the text against the published notice: a date or its weekday was copied wrongly",
      );
    }
  }
}

function printedOff(printed: readonly PrintedParagraph[]): string {
  return printed.flatMap((p) => p.off.map((s) => (s.from === s.to ? s.from.words : `${s.from.words}至${s.to.words}`))).join("、") || "no days off";
}

function printedWork(printed: readonly PrintedParagraph[]): string {
  return printed.flatMap((p) => p.work.map((w) => w.words)).join("、") || "no make-up working days";
}

function dayFromIso(iso: string): Day {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return dayFromParts(y, m, d);
}
