// A diagnostic is the unit every layer reports problems in: a stable code (listed in docs/diagnostics.md),
// a message in the policy author's terms, the span it is about, optional related spans ("expected because
// of …") and a help line saying what to do.
import type { Span } from "./ast.js";
import type { Meant } from "./suggest.js";
import { byCodePoint } from "./text-order.js";

export type Severity = "error" | "warning";

export interface Related {
  span: Span;
  message: string;
}

export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  span: Span;
  related?: Related[];
  /** What to do about it, in the policy author's terms. */
  help: string;
  /** Words the help suggests in place of what the span covers ("did you mean …?"): an editor's quick fixes. */
  suggestions?: string[];
}

/** A help line: plain text, or a suggestion whose words the diagnostic keeps as data. */
export type Help = string | Meant;

export function error(code: string, span: Span, message: string, help: Help, related?: Related[]): Diagnostic {
  return diagnostic(code, "error", span, message, help, related);
}

export function warning(code: string, span: Span, message: string, help: Help, related?: Related[]): Diagnostic {
  return diagnostic(code, "warning", span, message, help, related);
}

/**
 * A message, a note and a help are one line each wherever they are shown (a terminal, a CI annotation, an
 * editor's list): rule-file text quoted in them may span lines, and is joined with spaces.
 */
function oneLine(text: string): string {
  return text.replace(/[ \t]*(?:\r\n|[\r\n\u2028\u2029])\s*/g, " ");
}

function diagnostic(code: string, severity: Severity, span: Span, message: string, help: Help, related?: Related[]): Diagnostic {
  const notes = related?.map((r) => ({ ...r, message: oneLine(r.message) }));
  const text = typeof help === "string" ? help : help.text;
  const suggestions = typeof help === "string" ? undefined : help.words;
  return { code, severity, message: oneLine(message), span, help: oneLine(text), ...(suggestions?.length ? { suggestions } : {}), ...(notes?.length ? { related: notes } : {}) };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/** Stable order: by file, then position, then code — so a run's report never depends on pass order. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      byCodePoint(a.span.file, b.span.file) ||
      a.span.start.offset - b.span.start.offset ||
      byCodePoint(a.code, b.code),
  );
}
