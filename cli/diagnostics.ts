// Prints a program's diagnostics with code frames; says whether any of them is an error.
import { hasErrors } from "../dsl/diagnostic.js";
import { renderDiagnostic } from "../dsl/render.js";
import type { Program } from "../compiler/program.js";
import type { Io } from "./io.js";

export function printDiagnostics(program: Program, io: Io): boolean {
  const texts = new Map(program.files.map((f) => [f.file, f.text]));
  for (const d of program.diagnostics) io.err(renderDiagnostic(d, texts.get(d.span.file) ?? "") + "\n");
  const errors = program.diagnostics.filter((d) => d.severity === "error").length;
  const warnings = program.diagnostics.length - errors;
  if (program.diagnostics.length) io.err(`${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}\n`);
  return hasErrors(program.diagnostics);
}
