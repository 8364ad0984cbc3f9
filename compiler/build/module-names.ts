// Each rule file becomes generated/<module>.ts with generated/<module>.provenance.json and
// generated/<module>.schema.json beside it, named after its path under policies/. A name that would overwrite another generated file — generated/index.ts, or another module's,
// also where two names differ only in case (one file on Windows and macOS) — or that could not stand in an
// import specifier is an error of the rule file, before anything is written.
import type { Span } from "../../dsl/ast.js";
import { diagnose, type Diagnostic } from "../../dsl/diagnostic.js";
import * as RuleFiles from "../messages/rule-files.js";
import type { UnitIr } from "../ir/ir.js";

// Characters a rule file name may not have: controls, line separators and invisible formatting characters,
// and those with a meaning in an import specifier or a path (`#`, `?`, `%`, a backslash).
const UNUSABLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF#?%\\]/u;

/** The files beside a module's: `<module>.provenance.json` and `<module>.schema.json` for `<module>.ts`. */
export function besideModule(path: string): { provenance: string; schema: string } {
  const base = path.replace(/\.ts$/, "");
  return { provenance: `${base}.provenance.json`, schema: `${base}.schema.json` };
}

export function checkModuleNames(units: readonly UnitIr[], headerSpan: (file: string) => Span, report: (file: string) => Diagnostic[]): void {
  const seen = new Map<string, UnitIr>();
  for (const u of units) {
    const span = headerSpan(u.file);
    const bad = UNUSABLE.exec(u.moduleName);
    if (bad) {
      report(u.file).push(diagnose(RuleFiles.unusableModuleName, span, { codePoint: bad[0].codePointAt(0)! }));
      continue;
    }
    const key = u.moduleName.toLowerCase();
    if (key === "index") {
      report(u.file).push(diagnose(RuleFiles.moduleNameTaken, span, { file: u.file, module: u.moduleName }));
      continue;
    }
    const first = seen.get(key);
    if (first) {
      report(u.file).push(
        diagnose(RuleFiles.moduleNameTaken, span, { file: u.file, module: u.moduleName, other: first.file }, [
          { span: headerSpan(first.file), text: RuleFiles.compiledTo(first.file, first.moduleName) },
        ]),
      );
      continue;
    }
    seen.set(key, u);
  }
}
