// The load pass: every rule file parsed into its AST (a parse kept in the cache is reused). A file with
// syntax errors has no AST, unless the caller asks to recover (an editor): then it keeps the declarations
// that parsed and is marked recovered, and nothing but its syntax errors is reported about it.
import type { Diagnostic } from "../../dsl/diagnostic.js";
import { parse } from "../../dsl/parser.js";
import type { CompileOptions, SourceFile } from "../program.js";

export interface ParseOptions extends CompileOptions {
  /** Where a file's diagnostics go (nowhere for a file that is not reported on). */
  report: (file: string) => Diagnostic[];
  /** Filled with the files parsed with recovery. */
  recovered: Set<string>;
}

export function parseFiles(sources: readonly SourceFile[], options: ParseOptions): SourceFile[] {
  const { cache, report } = options;
  const files: SourceFile[] = sources.map((f) => ({ file: f.file, text: f.text }));
  for (const [i, f] of files.entries()) {
    const unreadable = sources[i]!.unreadable;
    if (unreadable) {
      report(f.file).push(unreadable);
      continue;
    }
    const result = cache ? cache.parse(f.file, f.text) : parse(f.file, f.text);
    report(f.file).push(...result.diagnostics);
    if (result.ast && !result.diagnostics.some((d) => d.severity === "error")) f.ast = result.ast;
    else if (options.recover && result.partial) {
      f.ast = result.partial;
      f.recovered = true;
      options.recovered.add(f.file);
    }
  }
  return files;
}
