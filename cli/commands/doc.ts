// `regc doc --out <dir> [--on <date>]`: the static site of every document (cli/doc/site.ts), written to <dir>;
// the status of each document is judged on --on, by default today.
import { existsSync, statSync } from "node:fs";
import * as tell from "../messages/progress.js";
import * as say from "../messages/usage.js";
import { resolve } from "node:path";
import { compileProgram } from "../../compiler/program.js";
import { hasErrors } from "../../dsl/diagnostic.js";
import { isIsoDate } from "../../runtime/date.js";
import { printDiagnostic, printDiagnostics } from "../diagnostics.js";
import { buildSite } from "../doc/site.js";
import { messageLang, projectOptions, UsageError, type Io } from "../io.js";
import { localToday } from "../today.js";

export async function docCommand(root: string, opts: { out: string; on?: string; policies?: string[] }, io: Io): Promise<number> {
  if (opts.on !== undefined && !isIsoDate(opts.on)) throw new UsageError(say.dateExpected({ flag: "--on", got: opts.on }));
  const out = resolve(root, opts.out);
  if (existsSync(out) && !statSync(out).isDirectory()) throw new UsageError(say.outIsAFile({ out: opts.out }));
  const program = compileProgram(root, [], projectOptions(root, opts));
  if (printDiagnostics(program, io)) return 1;
  const site = await buildSite(program, out, opts.on ?? localToday());
  for (const d of site.coverage.diagnostics) printDiagnostic(d, site.coverage.texts.get(d.span.file) ?? "", io);
  io.err(`${tell.wroteSite({ pages: site.pages, documents: site.documents, out: opts.out })[messageLang(io)]}\n`);
  return hasErrors(site.coverage.diagnostics) ? 1 : 0;
}
