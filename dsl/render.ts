// Diagnostics as text for a terminal:
//   file:line:col: error[E0102]: message
//   <the lines leading up to the span, with a caret line under the span>
//   note: file:line:col: related message
//   help: what to do
import pc from "picocolors";
import { inLang, type Diagnostic } from "./diagnostic.js";
import type { Lang } from "./lang.js";
import { splitLines } from "./lines.js";

export interface RenderOptions {
  /** ANSI colors; off unless asked for. */
  color?: boolean;
  /** The language of the message, notes and help (English unless asked for). */
  lang?: Lang;
}

/** The words of a rendered diagnostic around its message: `help: …` / `帮助：…`. */
export const LABELS: Record<Lang, { note: string; help: string; colon: string }> = {
  en: { note: "note", help: "help", colon: ": " },
  zh: { note: "说明", help: "帮助", colon: "：" },
};

/** Terminal columns of a code point: East Asian wide and full-width characters take two. */
function codePointWidth(code: number): number {
  const wide =
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd);
  return wide ? 2 : 1;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += codePointWidth(ch.codePointAt(0) ?? 0);
  return width;
}

/** Code points a terminal would not show as one visible character: shown as "\uFFFD" in a frame. */
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF\uD800-\uDFFF]/g;

/** Lines in a frame are cut to this many characters around the span, so a line of any length prints short. */
const SHOWN = 160;

/** The part of a line that is shown, from code unit `from`, with "…" where it is cut. */
function window(text: string, from: number): { shown: string; from: number; cut: boolean } {
  const start = Math.max(0, Math.min(from, text.length - SHOWN));
  const end = Math.min(text.length, start + SHOWN);
  const shown = text.slice(start, end).replace(INVISIBLE, "\uFFFD");
  return { shown: `${start > 0 ? "…" : ""}${shown}${end < text.length ? "…" : ""}`, from: start, cut: start > 0 };
}

/**
 * The two lines before the span and the line it starts on, with a caret line under the span. Written here
 * rather than by a code-frame library: lines are split exactly as the lexer counts them (dsl/lines.ts),
 * invisible characters and long lines are shown safely, and carets line up under Chinese text (two columns
 * per character).
 */
function frame(d: Diagnostic, sourceText: string, paintCarets: (s: string) => string): string | undefined {
  const lines = splitLines(sourceText);
  const { line, column } = d.span.start;
  const text = lines[line - 1];
  if (text === undefined || line < 1) return undefined;
  const width = String(line).length;
  const gutter = (n: number) => ` ${String(n).padStart(width)} |`;
  const out: string[] = [];
  for (let n = Math.max(1, line - 2); n < line; n++) {
    const shown = window(lines[n - 1]!, 0).shown;
    out.push(` ${gutter(n)}${shown ? ` ${shown}` : ""}`);
  }
  const at = window(text, column - 1 - 60);
  out.push(`>${gutter(line)}${at.shown ? ` ${at.shown}` : ""}`);
  const endColumn = d.span.end.line === line ? d.span.end.column : text.length + 1;
  const before = text.slice(at.from, Math.max(column - 1, at.from));
  const marked = text.slice(column - 1, Math.min(Math.max(endColumn - 1, column - 1), at.from + SHOWN));
  const spacing = (at.cut ? " " : "") + [...before].map((ch) => (ch === "\t" ? "\t" : " ".repeat(codePointWidth(ch.codePointAt(0) ?? 0)))).join("");
  const carets = "^".repeat(Math.max(displayWidth(marked), 1));
  return `${out.join("\n")}\n  ${" ".repeat(width)} | ${spacing}${paintCarets(carets)}`;
}

function position(d: { span: Diagnostic["span"] }): string {
  return `${d.span.file}:${d.span.start.line}:${d.span.start.column}`;
}

export function renderDiagnostic(shown: Diagnostic, sourceText: string, options: RenderOptions = {}): string {
  const c = pc.createColors(options.color ?? false);
  const lang = options.lang ?? "en";
  const d = inLang(shown, lang);
  const words = LABELS[lang];
  const severity = d.severity === "error" ? c.red(c.bold(`error[${d.code}]`)) : c.yellow(c.bold(`warning[${d.code}]`));
  const out = [`${position(d)}: ${severity}: ${c.bold(d.message)}`];
  const framed = frame(d, sourceText, (carets) => c.red(c.bold(carets)));
  if (framed) out.push(framed);
  for (const r of d.related ?? []) out.push(`${c.cyan(words.note)}${words.colon}${position(r)}: ${r.message}`);
  if (d.help) out.push(`${c.green(words.help)}${words.colon}${d.help}`);
  return out.join("\n");
}

/** Every diagnostic, each with the text of its own file, separated by blank lines. */
export function renderDiagnostics(diagnostics: readonly Diagnostic[], readSource: (file: string) => string, options: RenderOptions = {}): string {
  return diagnostics.map((d) => renderDiagnostic(d, readSource(d.span.file), options)).join("\n\n");
}
