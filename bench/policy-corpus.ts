// A synthetic project of many policies for measuring builds at scale, made from the real ones: the project's
// policies/ copied whole, then documents copied again under fresh 文号 until the project holds the number of
// policies (rule modules) asked for. A copy is a document's rule file with its part files, its 文号 replaced
// everywhere (rule files and gazette text) by a new one, its gazette text beside it: the same language, the
// same templates, the same citation checks as the real documents, at scale. runtime/ is copied too, because a
// build type-checks the modules against it, and the project's packages are linked one by one into a
// node_modules of the corpus's own, so that anything a run keeps in node_modules/.cache stays with the corpus.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, posix } from "node:path";
import { compileProgram, findPolicyFiles, relativePath } from "../compiler/program.js";
import { foldDigits } from "../compiler/law/source/index.js";
import { parse } from "../dsl/parser.js";

/** A document of the real project and the files that make it: its rule file first, then its part files. */
interface Shape {
  number: string;
  files: { path: string; text: string }[];
  /** The document block's `source "…"` value, relative to the rule file's folder. */
  source: string | undefined;
}

export interface Corpus {
  root: string;
  /** Rule modules the project compiles to. */
  policies: number;
  /** Rule files and lines of rule text. */
  files: number;
  lines: number;
  dispose(): void;
}

/**
 * Makes a project of `policies` rule modules in a temporary folder. Only documents whose copy checks without
 * an error are copied (a plan's versions, for one, cannot be copied alone); the result is checked to hold
 * exactly that many modules.
 */
export function makeCorpus(repo: string, policies: number): Corpus {
  const root = mkdtempSync(join(tmpdir(), "regc-corpus-"));
  try {
    cpSync(join(repo, "policies"), join(root, "policies"), { recursive: true });
    cpSync(join(repo, "runtime"), join(root, "runtime"), { recursive: true });
    mkdirSync(join(root, "node_modules"));
    for (const name of readdirSync(join(repo, "node_modules"))) {
      if (!name.startsWith(".")) symlinkSync(join(repo, "node_modules", name), join(root, "node_modules", name));
    }
    const base = compileProgram(root);
    const shapes = copyable(
      root,
      base.units.map((u) => u.number),
    );
    // One trial copy of each shape: those whose copy has an error are left out, and each one's module count is known.
    let serial = 0;
    const trial = shapes.map((s) => ({ shape: s, number: writeCopy(root, s, ++serial) }));
    const checked = compileProgram(root);
    const failed = new Set(checked.diagnostics.filter((d) => d.severity === "error").map((d) => d.span.file.split("/")[2]));
    const usable = trial
      .filter((t) => !failed.has(folderOf(t.number)))
      .map((t) => ({ shape: t.shape, modules: checked.units.filter((u) => u.number === t.number).length }));
    for (const t of trial) rmSync(join(root, "policies", "synthetic", folderOf(t.number)), { recursive: true, force: true });
    let count = base.units.length;
    if (count > policies) throw new Error(`the real project alone has ${count} policies, more than the ${policies} asked for`);
    // Round robin over the documents, smallest last so that the total can be met exactly.
    usable.sort((a, b) => b.modules - a.modules);
    while (count < policies) {
      const room = policies - count;
      const fits = usable.filter((u) => u.modules > 0 && u.modules <= room);
      if (!fits.length) throw new Error(`no document copies into the last ${room} policies`);
      for (const u of fits) {
        if (u.modules > policies - count) continue;
        writeCopy(root, u.shape, ++serial);
        count += u.modules;
      }
    }
    const files = findPolicyFiles(root);
    const lines = files.reduce((n, f) => n + readFileSync(f, "utf8").split("\n").length, 0);
    return { root, policies: count, files: files.length, lines, dispose: () => rmSync(root, { recursive: true, force: true }) };
  } catch (e) {
    rmSync(root, { recursive: true, force: true });
    throw e;
  }
}

/**
 * Documents with rules, each with its part files. A document that belongs to a plan or names another document
 * (repeals, extends, amends it) is left out: a thousand documents repealing one would be no real project.
 */
function copyable(root: string, numbers: readonly string[]): Shape[] {
  const parsed = findPolicyFiles(root).map((abs) => {
    const path = relativePath(root, abs);
    const text = readFileSync(abs, "utf8");
    return { path, text, ast: parse(path, text).ast };
  });
  const shapes: Shape[] = [];
  for (const f of parsed) {
    const h = f.ast?.header;
    if (h?.kind !== "DocumentDecl" || !numbers.includes(h.number.value)) continue;
    if (h.items.some((i) => (i.kind === "DocText" && i.key === "plan") || i.kind === "DocRelation")) continue;
    const source = h.items.find((i) => i.kind === "DocText" && i.key === "source");
    const parts = parsed.filter((p) => p.ast?.header.kind === "PartDecl" && p.ast.header.document.value === h.number.value);
    shapes.push({
      number: h.number.value,
      files: [f, ...parts].map(({ path, text }) => ({ path, text })),
      source: source?.kind === "DocText" ? source.value.value : undefined,
    });
  }
  return shapes;
}

/** The folder of a copy, under policies/synthetic/. */
function folderOf(number: string): string {
  return number.replace(/[^\p{L}\p{N}]+/gu, "-");
}

/** Writes copy `serial` of a document under a new 文号 (the old one with its last number replaced); returns it. */
function writeCopy(root: string, shape: Shape, serial: number): string {
  const number = shape.number.replace(/\d+(?=号$)/, String(10_000 + serial));
  if (number === shape.number) throw new Error(`cannot renumber ${shape.number}`);
  const dir = join(root, "policies", "synthetic", folderOf(number));
  mkdirSync(dir, { recursive: true });
  const source = `sources/${number}.txt`;
  for (const f of shape.files) {
    let text = f.text.replaceAll(`"${shape.number}"`, `"${number}"`);
    if (f === shape.files[0] && shape.source) text = text.replace(`"${shape.source}"`, `"${source}"`);
    writeFileSync(join(dir, posix.basename(f.path)), text);
  }
  if (shape.source) {
    const original = join(root, dirname(shape.files[0]!.path), shape.source);
    if (existsSync(original)) {
      mkdirSync(join(dir, "sources"), { recursive: true });
      writeFileSync(join(dir, source), renumberText(readFileSync(original, "utf8"), shape.number, number));
    }
  }
  return number;
}

/** The gazette text with its 文号 line (however its digits and spaces are written) and every mention replaced. */
function renumberText(text: string, from: string, to: string): string {
  return text
    .split("\n")
    .map((line) => (foldDigits(line).replace(/\s+/g, "") === from ? to : line.replaceAll(from, to)))
    .join("\n");
}
