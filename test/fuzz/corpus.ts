// What the fuzzer mutates: the real rule files of policies/ (each with the files it needs to be checked on
// its own: its document's main file when it is a part, the templates it extends, its folder's gazette texts)
// and the real cases of policies/**/examples/*.json and policies/**/tests/*.yaml, each with its policy.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { filesUnder } from "../../compiler/load/files.js";
import { compileProgram, findPolicyFiles, relativePath, unitId, type Program } from "../../compiler/program.js";
import { findTestFiles } from "../../cli/test-files.js";
import { readTestFile } from "../../cli/yaml-tests.js";

export interface RuleSeed {
  /** The rule file, relative to the project root. */
  file: string;
  text: string;
  /** The other rule files it needs, relative to the root. */
  needs: string[];
  /** Folders whose gazette texts, coverage notes and rulings it reads (relative). */
  folders: string[];
}

export interface CaseSeed {
  /** `regc run`'s id of the policy. */
  policy: string;
  json: unknown;
}

export interface Corpus {
  root: string;
  program: Program;
  rules: RuleSeed[];
  cases: CaseSeed[];
  /** Every rule file's lines, to splice from. */
  lines: string[];
}

export function loadCorpus(root: string): Corpus {
  const program = compileProgram(root);
  const files = findPolicyFiles(root).map((abs) => relativePath(root, abs));
  const text = new Map(files.map((f) => [f, readFileSync(join(root, f), "utf8")]));
  const documentFile = new Map<string, string>();
  const templateFile = new Map<string, string>();
  for (const f of program.files) {
    const h = f.ast?.header;
    if (h?.kind === "DocumentDecl") documentFile.set(h.number.value, f.file);
    if (h?.kind === "TemplateDecl") templateFile.set(h.name.name, f.file);
  }
  const needsOf = (file: string, seen = new Set<string>()): string[] => {
    const h = program.files.find((f) => f.file === file)?.ast?.header;
    if (!h || seen.has(file)) return [];
    seen.add(file);
    const direct = [
      ...(h.kind === "PartDecl" ? [documentFile.get(h.document.value)] : []),
      ...(h.kind === "TemplateDecl" ? [h.base && templateFile.get(h.base.name)] : [h.template && templateFile.get(h.template.name)]),
    ].filter((f): f is string => f !== undefined && f !== file);
    return [...new Set([...direct, ...direct.flatMap((f) => needsOf(f, seen))])];
  };
  const rules = files.map((file) => {
    const needs = needsOf(file);
    return { file, text: text.get(file)!, needs, folders: [...new Set([file, ...needs].map(dirname))] };
  });
  const cases: CaseSeed[] = [];
  for (const unit of program.units) {
    const example = join(
      root,
      dirname(unit.file),
      "examples",
      `${unit.file
        .split("/")
        .pop()!
        .replace(/\.policy$/, "")}.json`,
    );
    try {
      cases.push({ policy: unitId(unit), json: JSON.parse(readFileSync(example, "utf8")) });
    } catch {
      // most policies have their cases in tests/ only
    }
  }
  for (const file of findTestFiles(root, [])) {
    const t = readTestFile(file);
    const unit = program.units.find((u) => unitId(u) === t.policy || u.file === t.policy);
    if (unit) for (const c of t.cases) if (c.case && typeof c.case === "object") cases.push({ policy: unitId(unit), json: c.case });
  }
  const lines = [...text.values()].flatMap((t) => t.split("\n")).filter((l) => l.trim() && !l.trim().startsWith("//"));
  return { root, program, rules, cases, lines };
}

/** The files of `folder` a rule file may read beside the rule files: gazette texts and coverage notes. */
export function folderData(root: string, folder: string): string[] {
  return filesUnder(join(root, folder), (name) => name.startsWith(".")).filter(
    (p) => !p.endsWith(".policy") && !p.includes("/examples/") && !p.includes("/tests/"),
  );
}
