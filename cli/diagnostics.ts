// Prints a program's diagnostics with code frames, in the reader's language; says whether any is an error.
import { hasErrors, type Diagnostic } from "../dsl/diagnostic.js";
import type { Lang } from "../dsl/lang.js";
import { renderDiagnostic } from "../dsl/render.js";
import type { Program } from "../compiler/program.js";
import { messageLang, type Io } from "./io.js";

/** One diagnostic with the text of its file, as `regc` prints it on stderr. */
export function printDiagnostic(d: Diagnostic, sourceText: string, io: Io): void {
  io.err(renderDiagnostic(d, sourceText, { lang: messageLang(io) }) + "\n");
}

export function printDiagnostics(program: Pick<Program, "files" | "diagnostics">, io: Io): boolean {
  const texts = new Map(program.files.map((f) => [f.file, f.text]));
  for (const d of program.diagnostics) printDiagnostic(d, texts.get(d.span.file) ?? "", io);
  const errors = program.diagnostics.filter((d) => d.severity === "error").length;
  const warnings = program.diagnostics.length - errors;
  if (program.diagnostics.length) io.err(`${countsLine(messageLang(io), errors, warnings)}\n`);
  return hasErrors(program.diagnostics);
}

function countsLine(lang: Lang, errors: number, warnings: number): string {
  if (lang === "zh") return `${errors} 个错误，${warnings} 个警告`;
  return `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`;
}
