// A diagnostic is the unit every layer reports problems in: a stable code (listed in docs/diagnostics.md),
// a message in the policy author's terms, the span it is about, optional related spans ("expected because
// of …") and a help line saying what to do. A diagnostic made from its catalogue entry (`diagnose`) carries its
// words in both languages: English in `message`/`help` (what JSON reports and tests read), Chinese in `zh`;
// `inLang` gives the one a reader chose.
import type { Span } from "./ast.js";
import type { Lang, Text } from "./lang.js";
import type { Entry } from "./messages/entry.js";
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
  /** The message, help and related notes in Chinese, when the diagnostic comes from the catalogue. */
  zh?: { message: string; help: string; related?: string[] };
}

/** A related place and what it says, in both languages. */
export interface Note {
  span: Span;
  text: Text;
}

/**
 * A message, a note and a help are one line each wherever they are shown (a terminal, a CI annotation, an
 * editor's list): rule-file text quoted in them may span lines, and is joined with spaces.
 */
function oneLine(text: string): string {
  return text.replace(/[ \t]*(?:\r\n|[\r\n\u2028\u2029])\s*/g, " ");
}

function diagnostic(code: string, severity: Severity, span: Span, message: string, help: string, related?: Related[]): Diagnostic {
  const notes = related?.map((r) => ({ ...r, message: oneLine(r.message) }));
  return { code, severity, message: oneLine(message), span, help: oneLine(help), ...(notes?.length ? { related: notes } : {}) };
}

/**
 * The diagnostic of a catalogue entry: its code and severity, its message and help rendered from `params` in
 * both languages. A `meant` parameter (the words a "did you mean" suggests) is also kept as `suggestions`.
 */
export function diagnose<P>(entry: Entry<P>, span: Span, params: NoInfer<P>, notes?: readonly Note[]): Diagnostic {
  const meant = (params as { meant?: readonly string[] } | undefined)?.meant;
  const d = diagnostic(
    entry.code,
    entry.severity,
    span,
    entry.message.en(params),
    entry.help.en(params),
    notes?.map((n) => ({ span: n.span, message: n.text.en })),
  );
  const related = notes?.length ? { related: notes.map((n) => oneLine(n.text.zh)) } : {};
  return {
    ...d,
    ...(meant?.length ? { suggestions: [...meant] } : {}),
    zh: { message: oneLine(entry.message.zh(params)), help: oneLine(entry.help.zh(params)), ...related },
  };
}

/** The diagnostic as a reader of `lang` sees it; its words in the other language are left out. */
export function inLang(d: Diagnostic, lang: Lang): Diagnostic {
  const { zh, ...rest } = d;
  if (lang === "en" || !zh) return rest;
  const related = rest.related?.map((r, i) => ({ ...r, message: zh.related?.[i] ?? r.message }));
  return { ...rest, message: zh.message, help: zh.help, ...(related ? { related } : {}) };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/** Stable order: by file, then position, then code — so a run's report never depends on pass order. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => byCodePoint(a.span.file, b.span.file) || a.span.start.offset - b.span.start.offset || byCodePoint(a.code, b.code));
}
