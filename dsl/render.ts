// Diagnostics as text for a terminal:
//   file:line:col: error[E0102]: message
//   <the lines leading up to the span, with a caret line under the span>
//   note: file:line:col: related message
//   help: what to do
import { codeFrameColumns } from "@babel/code-frame";
import pc from "picocolors";
import type { Diagnostic } from "./diagnostic.js";

export interface RenderOptions {
  /** ANSI colors; off unless asked for. */
  color?: boolean;
}

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

/**
 * The lines before and at the span from @babel/code-frame, and our own caret line: babel places carets by
 * counting characters, which puts them in the wrong column under Chinese text.
 */
function frame(d: Diagnostic, sourceText: string, paintCarets: (s: string) => string): string | undefined {
  const lines = sourceText.split(/\r\n|\n|\r/);
  const { line, column } = d.span.start;
  const text = lines[line - 1];
  if (text === undefined || line < 1) return undefined;
  const context = codeFrameColumns(sourceText, { start: { line } }, { linesAbove: 2, linesBelow: 0, highlightCode: false });
  const before = text.slice(0, Math.max(column - 1, 0));
  const endColumn = d.span.end.line === line ? d.span.end.column : text.length + 1;
  const marked = text.slice(column - 1, Math.max(endColumn - 1, column - 1));
  const spacing = [...before].map((ch) => (ch === "\t" ? "\t" : " ".repeat(codePointWidth(ch.codePointAt(0) ?? 0)))).join("");
  const carets = "^".repeat(Math.max(displayWidth(marked), 1));
  const gutter = " ".repeat(String(line).length);
  return `${context}\n  ${gutter} | ${spacing}${paintCarets(carets)}`;
}

function position(d: { span: Diagnostic["span"] }): string {
  return `${d.span.file}:${d.span.start.line}:${d.span.start.column}`;
}

export function renderDiagnostic(d: Diagnostic, sourceText: string, options: RenderOptions = {}): string {
  const c = pc.createColors(options.color ?? false);
  const severity = d.severity === "error" ? c.red(c.bold(`error[${d.code}]`)) : c.yellow(c.bold(`warning[${d.code}]`));
  const out = [`${position(d)}: ${severity}: ${c.bold(d.message)}`];
  const shown = frame(d, sourceText, (carets) => c.red(c.bold(carets)));
  if (shown) out.push(shown);
  for (const r of d.related ?? []) out.push(`${c.cyan("note")}: ${position(r)}: ${r.message}`);
  if (d.help) out.push(`${c.green("help")}: ${d.help}`);
  return out.join("\n");
}

/** Every diagnostic, each with the text of its own file, separated by blank lines. */
export function renderDiagnostics(
  diagnostics: readonly Diagnostic[],
  readSource: (file: string) => string,
  options: RenderOptions = {},
): string {
  return diagnostics.map((d) => renderDiagnostic(d, readSource(d.span.file), options)).join("\n\n");
}
