// `regc history <plan> [--json]`: every parameter of the plan's versions with its values, periods and citations.
import { planHistory } from "../../compiler/query/history.js";
import * as say from "../messages/usage.js";
import { printDiagnostics } from "../diagnostics.js";
import { projectOptions, reportLang, UsageError, type Io } from "../io.js";
import { findTarget, projectProgram } from "../policy-module.js";
import { historyText } from "../reports/history-text.js";

export async function historyCommand(root: string, name: string, opts: { json?: boolean; policies?: string[] }, io: Io): Promise<number> {
  const program = projectProgram(root, projectOptions(root, opts));
  const target = findTarget(program, root, name);
  if (target.kind !== "plan") throw new UsageError(say.oneVersionOnly({ name }));
  const files = new Set(target.spec.versions.map((v) => program.lifecycle.documents.get(v.document)?.file));
  if (printDiagnostics({ ...program, diagnostics: program.diagnostics.filter((d) => files.has(d.span.file)) }, io)) return 1;
  const history = planHistory(target.spec, program.units);
  io.out(opts.json ? JSON.stringify(history, null, 2) + "\n" : historyText(history, reportLang(io, "zh")));
  return 0;
}
