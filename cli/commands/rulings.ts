// `regc rulings [--json]`: every interpretive choice the encoded policies make — the shared rulings of
// policies/rulings.yaml and each document's own — with the rules and provisions that rely on it.
import { compileProgram } from "../../compiler/program.js";
import { rulingsReport, type RulingEntry } from "../../compiler/law/rulings.js";
import { printDiagnostics } from "../diagnostics.js";
import { rulingWords } from "../explain/context.js";
import { projectOptions, type Io } from "../io.js";

export async function rulingsCommand(root: string, opts: { json?: boolean; policies?: string[] }, io: Io): Promise<number> {
  const program = compileProgram(root, [], projectOptions(root, opts));
  if (printDiagnostics(program, io)) return 1;
  const report = rulingsReport(program.citations, program.rulings);
  if (opts.json) {
    io.out(JSON.stringify(report, null, 2) + "\n");
    return 0;
  }
  io.out(report.rulings.map(entryText).join("\n"));
  if (report.unused.length) io.out(`\nnot relied on by any encoded rule: ${report.unused.join(", ")}\n`);
  return 0;
}

function entryText(r: RulingEntry): string {
  const head = `${r.id}${r.document ? ` (${r.document})` : ""}`;
  const text = r.text || r.title ? rulingWords(r) : "(no text: declare it in policies/rulings.yaml or in the document block)";
  const lines = [head, `  ${text}`, `  relied on by ${r.uses.length} rule${r.uses.length === 1 ? "" : "s"}:`];
  for (const u of r.uses) lines.push(`    ${u.document} ${u.provisions.join("、") || "(no citation)"} — ${u.file}:${u.line} ${u.rule}`);
  return lines.join("\n") + "\n";
}
