// `regc diff <policyA> <policyB>`: what differs between two policies, with both citations.
import { compileProgram } from "../../compiler/program.js";
import { diffUnits, renderDiff } from "../../compiler/query/diff.js";
import { printDiagnostics } from "../diagnostics.js";
import type { Io } from "../io.js";
import { diagnosticsOf, findUnit } from "../policy-module.js";

export async function diffCommand(root: string, a: string, b: string, opts: { json?: boolean }, io: Io): Promise<number> {
  const program = compileProgram(root);
  const [ua, ub] = [findUnit(program, root, a), findUnit(program, root, b)];
  if (printDiagnostics({ ...program, diagnostics: [...diagnosticsOf(program, ua), ...diagnosticsOf(program, ub)] }, io)) return 1;
  const d = diffUnits(ua, ub);
  io.out(opts.json ? JSON.stringify(d, null, 2) + "\n" : renderDiff(d));
  return 0;
}
