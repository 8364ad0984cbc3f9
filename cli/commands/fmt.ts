// `regc fmt [paths]`: rewrites rule files in canonical form; `--check` only lists the ones that differ.
import { printDiagnostic } from "../diagnostics.js";
import * as tell from "../messages/progress.js";
import { writeFileSync } from "node:fs";
import { findPolicyFiles, readRuleFile, relativePath } from "../../compiler/program.js";
import { formatSource } from "../../dsl/format.js";
import { messageLang, projectOptions, requireExisting, type Io } from "../io.js";

export async function fmtCommand(root: string, paths: string[], opts: { check?: boolean; policies?: string[] }, io: Io): Promise<number> {
  requireExisting(root, paths);
  let problems = 0;
  for (const abs of findPolicyFiles(root, paths, projectOptions(root, opts))) {
    const file = relativePath(root, abs);
    const read = readRuleFile(file, abs);
    if (!("text" in read)) {
      printDiagnostic(read.diagnostic, "", io);
      problems++;
      continue;
    }
    const text = read.text;
    const result = formatSource(file, text);
    if (result.text === undefined) {
      for (const d of result.diagnostics) printDiagnostic(d, text, io);
      problems++;
      continue;
    }
    if (result.text === text) continue;
    if (opts.check) {
      io.err(`${tell.notFormatted({ file })[messageLang(io)]}\n`);
      problems++;
    } else {
      writeFileSync(abs, result.text);
      io.err(`${tell.formatted({ file })[messageLang(io)]}\n`);
    }
  }
  return problems ? 1 : 0;
}
