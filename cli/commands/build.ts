// `regc build`: compile every policy into generated/; `--check` reports stale output instead of writing.
import { buildProgram, outdatedFiles, writeOutput } from "../../compiler/build/build.js";
import { compileProgram } from "../../compiler/program.js";
import { printDiagnostics } from "../diagnostics.js";
import type { Io } from "../io.js";

export async function buildCommand(root: string, io: Io, opts: { check?: boolean }): Promise<number> {
  const program = compileProgram(root);
  if (printDiagnostics(program, io)) return 1;
  const out = await buildProgram(program);
  if (out.typeErrors.length) {
    io.err(`generated code does not type-check (a compiler defect; please report it):\n${out.typeErrors.join("\n")}\n`);
    return 1;
  }
  if (opts.check) {
    const stale = outdatedFiles(root, out);
    if (stale.length) {
      io.err(`generated/ is out of date; run regc build:\n${stale.map((s) => `  ${s}`).join("\n")}\n`);
      return 1;
    }
    io.err(`generated/ is up to date (${program.units.length} policies)\n`);
    return 0;
  }
  const written = writeOutput(root, out);
  io.err(`built ${program.units.length} policies: ${written.length} file${written.length === 1 ? "" : "s"} written\n`);
  return 0;
}
