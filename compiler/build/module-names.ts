// Each rule file becomes generated/<module>.ts with generated/<module>.provenance.json and
// generated/<module>.schema.json beside it, named after its path under policies/. A name that would overwrite another generated file — generated/index.ts, or another module's,
// also where two names differ only in case (one file on Windows and macOS) — or that could not stand in an
// import specifier is an error of the rule file, before anything is written.
import type { Span } from "../../dsl/ast.js";
import { error, type Diagnostic } from "../../dsl/diagnostic.js";
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
      const code = bad[0].codePointAt(0)!;
      report(u.file).push(
        error(
          "E0121",
          span,
          `the rule file's name cannot name a generated module: it has the character U+${code.toString(16).toUpperCase().padStart(4, "0")}`,
          "rename the file with letters, digits, - and _ (e.g. employee-medical.policy)",
        ),
      );
      continue;
    }
    const key = u.moduleName.toLowerCase();
    if (key === "index") {
      report(u.file).push(
        error("E0120", span, `${u.file} would be compiled to generated/${u.moduleName}.ts, which is the index of all policies`, "rename the rule file"),
      );
      continue;
    }
    const first = seen.get(key);
    if (first) {
      report(u.file).push(
        error(
          "E0120",
          span,
          `${u.file} would be compiled to generated/${u.moduleName}.ts, the module of ${first.file}`,
          "rename one of the two rule files (names that differ only in case are one file on Windows and macOS)",
          [{ span: headerSpan(first.file), message: `${first.file} is compiled to generated/${first.moduleName}.ts` }],
        ),
      );
      continue;
    }
    seen.set(key, u);
  }
}
