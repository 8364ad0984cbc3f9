// `regc check [paths] [--format text|json|sarif|github]`: every diagnostic of every rule file, exit 1 when any
// is an error. text goes to stderr, as every command's messages do; the other formats are data for CI tools
// and go to stdout (cli/reports/diagnostics.ts). A check of a project whose files are as the last check found
// them reports that check's verdict (cli/check-cache.ts); the compiler is loaded only when there is work.
import { today } from "../../compiler/calendar/today.js";
import type { ProjectOptions } from "../../compiler/program.js";
import { hasErrors, inLang, sortDiagnostics } from "../../dsl/diagnostic.js";
import { checkKey, rememberCheck, rememberedCheck, type CheckVerdict } from "../check-cache.js";
import { printDiagnostics } from "../diagnostics.js";
import { chooseFormat, messageLang, projectOptions, requireExisting, type Io } from "../io.js";
import { CHECK_FORMATS, diagnosticsReport } from "../reports/diagnostics.js";

export async function checkCommand(root: string, paths: string[], opts: { format: string; policies?: string[] }, io: Io): Promise<number> {
  const format = chooseFormat(CHECK_FORMATS, opts);
  requireExisting(root, paths);
  const project = projectOptions(root, opts);
  const day = today();
  // Draft folders (`--policies`) may be anywhere: only a check of the project's own folder is remembered.
  const key = project.policies.length ? undefined : checkKey(root, paths, day);
  let verdict = key === undefined ? undefined : rememberedCheck(root, key);
  if (!verdict) {
    verdict = await freshCheck(root, paths, project, day);
    // Kept only when nothing changed while the check read the files.
    if (key !== undefined && checkKey(root, paths, day) === key) rememberCheck(root, key, verdict);
  }
  if (format !== "text") {
    const lang = messageLang(io);
    io.out(diagnosticsReport(format, { policies: verdict.policies, diagnostics: verdict.diagnostics.map((d) => inLang(d, lang)) }));
    return hasErrors(verdict.diagnostics) ? 1 : 0;
  }
  const files = Object.entries(verdict.texts).map(([file, text]) => ({ file, text }));
  const failed = printDiagnostics({ files, diagnostics: verdict.diagnostics }, io);
  const n = verdict.policies;
  if (!failed) io.err(messageLang(io) === "zh" ? `已检查 ${n} 个政策：没有错误\n` : `checked ${n} polic${n === 1 ? "y" : "ies"}: no errors\n`);
  return failed ? 1 : 0;
}

async function freshCheck(root: string, paths: string[], project: ProjectOptions, day: string): Promise<CheckVerdict> {
  const { compileProgram } = await import("../../compiler/program.js");
  const { horizonWarnings } = await import("../../compiler/calendar/horizon.js");
  const program = compileProgram(root, paths, project);
  // Whether the calendar reaches far enough is a question about today, asked by check only (W0901).
  const diagnostics = paths.length ? program.diagnostics : sortDiagnostics([...program.diagnostics, ...horizonWarnings(program, day)]);
  const named = new Set(diagnostics.map((d) => d.span.file));
  const texts = Object.fromEntries(program.files.filter((f) => named.has(f.file)).map((f) => [f.file, f.text]));
  return { policies: program.units.length, diagnostics, texts };
}
