// `regc check [paths] [--format text|json|sarif|github]`: every diagnostic of every rule file, exit 1 when any
// is an error. text goes to stderr, as every command's messages do; the other formats are data for CI tools
// and go to stdout (cli/reports/diagnostics.ts).
import { horizonWarnings, today } from "../../compiler/calendar/horizon.js";
import { compileProgram } from "../../compiler/program.js";
import { hasErrors, inLang, sortDiagnostics } from "../../dsl/diagnostic.js";
import { printDiagnostics } from "../diagnostics.js";
import { chooseFormat, messageLang, projectOptions, requireExisting, type Io } from "../io.js";
import { CHECK_FORMATS, diagnosticsReport } from "../reports/diagnostics.js";

export async function checkCommand(root: string, paths: string[], opts: { format: string; policies?: string[] }, io: Io): Promise<number> {
  const format = chooseFormat(CHECK_FORMATS, opts);
  requireExisting(root, paths);
  const program = compileProgram(root, paths, projectOptions(root, opts));
  // Whether the calendar reaches far enough is a question about today, asked by check only (W0901).
  if (!paths.length) program.diagnostics = sortDiagnostics([...program.diagnostics, ...horizonWarnings(program, today())]);
  if (format !== "text") {
    const lang = messageLang(io);
    io.out(diagnosticsReport(format, { policies: program.units.length, diagnostics: program.diagnostics.map((d) => inLang(d, lang)) }));
    return hasErrors(program.diagnostics) ? 1 : 0;
  }
  const failed = printDiagnostics(program, io);
  const n = program.units.length;
  if (!failed) io.err(messageLang(io) === "zh" ? `已检查 ${n} 个政策：没有错误\n` : `checked ${n} polic${n === 1 ? "y" : "ies"}: no errors\n`);
  return failed ? 1 : 0;
}
