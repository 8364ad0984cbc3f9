// A diagnostic is the unit every layer reports problems in: a stable code (listed in docs/diagnostics.md),
// a message in the policy author's terms, the span it is about, optional related spans ("expected because
// of …") and a help line saying what to do.
import type { Span } from "./ast.js";
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
}

export function error(code: string, span: Span, message: string, help: string, related?: Related[]): Diagnostic {
  return { code, severity: "error", message, span, help, ...(related?.length ? { related } : {}) };
}

export function warning(code: string, span: Span, message: string, help: string, related?: Related[]): Diagnostic {
  return { code, severity: "warning", message, span, help, ...(related?.length ? { related } : {}) };
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
