// `regc check [paths]`: every diagnostic of every rule file, exit 1 when any is an error.
import { horizonWarnings, today } from "../../compiler/calendar/horizon.js";
import { compileProgram } from "../../compiler/program.js";
import { sortDiagnostics } from "../../dsl/diagnostic.js";
import { printDiagnostics } from "../diagnostics.js";
import { requireExisting, type Io } from "../io.js";

export async function checkCommand(root: string, paths: string[], io: Io): Promise<number> {
  requireExisting(root, paths);
  const program = compileProgram(root, paths);
  // Whether the calendar reaches far enough is a question about today, asked by check only (W0901).
  if (!paths.length) program.diagnostics = sortDiagnostics([...program.diagnostics, ...horizonWarnings(program, today())]);
  const failed = printDiagnostics(program, io);
  if (!failed) io.err(`checked ${program.units.length} polic${program.units.length === 1 ? "y" : "ies"}: no errors\n`);
  return failed ? 1 : 0;
}
