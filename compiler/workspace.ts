// A project's rule files held in memory for an editor: every file read once from disk, the files open in the
// editor as they are being typed. Checking one file re-parses only what changed and checks only the units that
// file can affect, so it answers on every keystroke; checking all of them is what `regc check` does.
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { PolicyFile } from "../dsl/ast.js";
import { byCodePoint } from "../dsl/text-order.js";
import { CompileCache } from "./load/cache.js";
import { compileFiles, findPolicyFiles, readRuleFile, relativePath, type Program, type SourceFile } from "./program.js";

export class Workspace {
  private readonly disk = new Map<string, string>();
  private readonly open = new Map<string, string>();
  readonly cache: CompileCache;

  constructor(readonly root: string) {
    this.cache = new CompileCache(root);
    for (const abs of findPolicyFiles(root)) this.readFromDisk(relativePath(root, abs));
  }

  /** A rule file as on disk; one that is not a readable text file (a named pipe, say) is left out. */
  private readFromDisk(file: string): void {
    const read = readRuleFile(file, join(this.root, file));
    if ("text" in read) this.disk.set(file, read.text);
    else this.disk.delete(file);
  }

  /** The text of a rule file as the editor has it, else as on disk. */
  text(file: string): string | undefined {
    return this.open.get(file) ?? this.disk.get(file);
  }

  setOpen(file: string, text: string): void {
    this.open.set(file, text);
  }

  close(file: string): void {
    this.open.delete(file);
  }

  /** A file changed on disk (saved, created, deleted, or changed by another program). */
  changedOnDisk(file: string): void {
    if (!file.endsWith(".policy")) {
      this.cache.invalidateTexts();
      return;
    }
    const abs = join(this.root, file);
    if (existsSync(abs)) this.readFromDisk(file);
    else {
      this.disk.delete(file);
      if (!this.open.has(file)) this.cache.forget(file);
    }
  }

  files(): SourceFile[] {
    const names = new Set([...this.disk.keys(), ...this.open.keys()]);
    return [...names].sort(byCodePoint).map((file) => ({ file, text: this.text(file)! }));
  }

  /**
   * Checks `file` and the files that depend on it (documents and parts built on a template, the part files
   * of a document), reporting on those. A file with syntax errors is still checked from what parsed, so its
   * names and types are known (CompileOptions.recover).
   */
  checkFile(file: string): { program: Program; reported: string[] } {
    const files = this.files();
    const reported = [file, ...this.dependents(file, files)];
    return { program: compileFiles(this.root, files, new Set(reported), { cache: this.cache, onlyReported: true, recover: true }), reported };
  }

  /** Every rule file, as `regc check` does, with the open files as typed. */
  checkAll(): Program {
    const files = this.files();
    return compileFiles(this.root, files, new Set(files.map((f) => f.file)), { cache: this.cache, recover: true });
  }

  /** The files `file` is built on: the templates it extends and, for a part, its document's main file. */
  dependencies(file: string, files = this.files()): string[] {
    return dependenciesIn(file, this.headers(files));
  }

  /** The files that depend on `file`: every file for which `file` is one of its dependencies. */
  dependents(file: string, files = this.files()): string[] {
    const headers = this.headers(files);
    return [...headers.keys()].filter((f) => f !== file && dependenciesIn(f, headers).includes(file));
  }

  /** The header of each file that has one (a file with syntax errors included, when its header parsed). */
  private headers(files: readonly SourceFile[]): Map<string, Header> {
    const out = new Map<string, Header>();
    for (const f of files) {
      const parsed = this.cache.parse(f.file, f.text);
      const header = (parsed.ast ?? parsed.partial)?.header;
      if (header) out.set(f.file, header);
    }
    return out;
  }
}

type Header = PolicyFile["header"];

function dependenciesIn(file: string, headers: ReadonlyMap<string, Header>): string[] {
  const own = headers.get(file);
  if (!own) return [];
  const out: string[] = [];
  const visit = (name: string | undefined) => {
    const t = [...headers].find(([f, h]) => h.kind === "TemplateDecl" && h.name.name === name && !out.includes(f));
    if (!t) return;
    out.push(t[0]);
    visit(t[1].kind === "TemplateDecl" ? t[1].base?.name : undefined);
  };
  if (own.kind === "PartDecl") {
    const doc = [...headers].find(([, h]) => h.kind === "DocumentDecl" && h.number.value === own.document.value);
    if (doc) out.push(doc[0]);
  }
  visit(own.kind === "TemplateDecl" ? own.base?.name : own.template?.name);
  return out;
}
