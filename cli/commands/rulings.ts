// `regc rulings [--json]`: every interpretive choice the encoded policies make — the shared rulings of
// policies/rulings.yaml and each document's own — with the rules and provisions that rely on it.
import { compileProgram } from "../../compiler/program.js";
import { rulingsReport, type RulingEntry } from "../../compiler/law/rulings.js";
import type { Lang } from "../../dsl/lang.js";
import { printDiagnostics } from "../diagnostics.js";
import { rulingChinese, rulingWords } from "../explain/context.js";
import { projectOptions, reportLang, type Io } from "../io.js";
import * as words from "../messages/reports.js";

export async function rulingsCommand(root: string, opts: { json?: boolean; policies?: string[] }, io: Io): Promise<number> {
  const program = compileProgram(root, [], projectOptions(root, opts));
  if (printDiagnostics(program, io)) return 1;
  const report = rulingsReport(program.citations, program.rulings);
  if (opts.json) {
    io.out(JSON.stringify(report, null, 2) + "\n");
    return 0;
  }
  const lang = reportLang(io, "en");
  io.out(report.rulings.map((r) => entryText(r, lang)).join("\n"));
  if (report.unused.length) io.out(`\n${words.unusedRulings({ ids: report.unused })[lang]}\n`);
  return 0;
}

/** A ruling's text in `lang`: its Chinese where it has one (a document's own rulings are written in Chinese, with their English when the rule file gives it). */
function entryText(r: RulingEntry, lang: Lang): string {
  const written = lang === "zh" ? r.zh || r.text || r.title : r.text || r.title;
  const text = written ? (lang === "zh" ? rulingChinese(r) : (r.en ?? rulingWords(r))) : words.rulingNoText[lang];
  const lines = [words.rulingHead(r)[lang], `  ${text}`, `  ${words.reliedOn({ rules: r.uses.length })[lang]}`];
  for (const u of r.uses) lines.push(`    ${u.document} ${u.provisions.join("、") || words.noCitation[lang]} — ${u.file}:${u.line} ${u.rule}`);
  return lines.join("\n") + "\n";
}
