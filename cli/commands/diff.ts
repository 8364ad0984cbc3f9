// `regc diff <policyA> <policyB>`: what differs between two policies, with both citations. A document and the
// document amending it from a date (`regc diff X 修改决定`) show what the amendment changes.
import { diffUnits } from "../../compiler/query/diff.js";
import { printDiagnostics } from "../diagnostics.js";
import { projectOptions, reportLang, type Io } from "../io.js";
import { diagnosticsOf, findUnit, projectProgram } from "../policy-module.js";
import { diffText } from "../reports/diff-text.js";

export async function diffCommand(root: string, a: string, b: string, opts: { json?: boolean; policies?: string[] }, io: Io): Promise<number> {
  const program = projectProgram(root, projectOptions(root, opts));
  const [ua, ub] = [findUnit(program, root, a), findUnit(program, root, b)];
  if (printDiagnostics({ ...program, diagnostics: [...diagnosticsOf(program, ua), ...diagnosticsOf(program, ub)] }, io)) return 1;
  const lang = reportLang(io, "en");
  const d = diffUnits(ua, ub, lang);
  io.out(opts.json ? JSON.stringify(d, null, 2) + "\n" : diffText(d, lang));
  return 0;
}
