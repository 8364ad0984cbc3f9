// `regc coverage [文号…] [--min N] [--format text|json|markdown]`: for each document with a gazette text and
// rules, every provision as encoded (by which rules), excluded with its reason, pending, or not covered, and the
// document's share. With --min, exit 1 when a document's share is below N percent. `--json` is --format json.
import { Decimal } from "decimal.js";
import * as tell from "../messages/progress.js";
import * as say from "../messages/usage.js";
import { computeCoverage, meetsMinimum, type CoverageEntry, type DocumentCoverage } from "../../compiler/law/coverage.js";
import { compileProgram } from "../../compiler/program.js";
import { calendarLastDay } from "../../compiler/calendar/horizon.js";
import { unitAsksCalendar } from "../../compiler/lower/calendar-needs.js";
import { hasErrors } from "../../dsl/diagnostic.js";
import { displayWidth } from "../../dsl/render.js";
import { printDiagnostic, printDiagnostics } from "../diagnostics.js";
import { chooseFormat, messageLang, projectOptions, reportLang, UsageError, type Io } from "../io.js";
import * as words from "../messages/reports.js";
import type { Lang } from "../../dsl/lang.js";
import { coverageMarkdown } from "../reports/coverage-markdown.js";

const FORMATS = ["text", "json", "markdown"] as const;

export async function coverageCommand(
  root: string,
  numbers: string[],
  opts: { min?: string; json?: boolean; format?: string; policies?: string[] },
  io: Io,
): Promise<number> {
  const format = chooseFormat(FORMATS, opts);
  const min = opts.min === undefined ? undefined : parseMinimum(opts.min);
  const program = compileProgram(root, [], projectOptions(root, opts));
  if (printDiagnostics(program, io)) return 1;
  const report = computeCoverage(root, program.citations);
  for (const d of report.diagnostics) printDiagnostic(d, report.texts.get(d.span.file) ?? "", io);
  const known = report.documents.map((d) => d.number);
  const unknown = numbers.filter((n) => !known.includes(n));
  if (unknown.length) throw new UsageError(say.unknownGazette({ unknown, known }));
  const shown = numbers.length ? report.documents.filter((d) => numbers.includes(d.number)) : report.documents;
  const lastDay = calendarLastDay(program) ?? null;
  for (const d of shown) if (program.units.some((u) => u.number === d.number && unitAsksCalendar(u))) d.calendar = { lastDay };
  io.out(
    format === "json"
      ? JSON.stringify(shown, null, 2) + "\n"
      : format === "markdown"
        ? coverageMarkdown(shown, reportLang(io, "zh"))
        : shown.map((d) => documentText(d, reportLang(io, "en"))).join("\n") + "\n" + summary(shown),
  );

  const below = min ? shown.filter((d) => !meetsMinimum(d, min)) : [];
  for (const d of below) io.err(`${tell.belowMinimum({ number: d.number, percent: String(d.percent), min: min!.toFixed() })[messageLang(io)]}\n`);
  return hasErrors(report.diagnostics) || below.length ? 1 : 0;
}

function parseMinimum(text: string): Decimal {
  if (!/^\d+(\.\d+)?$/.test(text) || new Decimal(text).greaterThan(100)) throw new UsageError(say.percentage({ flag: "--min", got: text }));
  return new Decimal(text);
}

function documentText(d: DocumentCoverage, lang: Lang): string {
  const c = d.counts;
  const lines = [
    `${d.number}${d.title ? ` ${d.title}` : ""}`,
    words.coverageLine({
      percent: d.percent,
      covered: c.encoded + c.excluded,
      total: c.total,
      encoded: c.encoded,
      excluded: c.excluded,
      pending: c.pending,
      notCovered: c["not-covered"],
    })[lang],
    words.coverageFiles({ source: d.source, notes: d.notes })[lang],
    ...(d.calendar ? [words.coverageCalendar({ lastDay: d.calendar.lastDay })[lang]] : []),
  ];
  const width = Math.max(...d.entries.map((e) => displayWidth(e.path)));
  const status = (e: CoverageEntry) => {
    const s = words.coverageStatus[e.status][lang];
    return s + " ".repeat(Math.max(0, 11 - displayWidth(s)));
  };
  for (const e of d.entries) lines.push(`  ${e.path}${" ".repeat(width - displayWidth(e.path))}  ${status(e)} ${detail(e, lang)}`);
  return lines.join("\n") + "\n";
}

function detail(e: CoverageEntry, lang: Lang): string {
  if (e.status === "encoded")
    return `${e.via ? words.asPartOf({ via: e.via })[lang] : ""}${e.by.map((b) => `${b.file.replace(/^policies\//, "")}: ${b.rules.join(", ")}`).join("; ")}`;
  if (e.note)
    return `${e.note.reason}${e.note.to ? ` → ${e.note.to}` : ""}: ${e.note.note}${e.note.path !== e.path ? words.notedFor({ path: e.note.path })[lang] : ""}`;
  return e.excerpt;
}

function summary(shown: DocumentCoverage[]): string {
  const width = Math.max(0, ...shown.map((d) => displayWidth(d.number)));
  return shown.map((d) => `${d.number}${" ".repeat(width - displayWidth(d.number))}  ${d.percent.padStart(5)}%\n`).join("");
}
