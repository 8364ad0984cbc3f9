// The gazette text of each document, read once per program: `source "sources/文号.txt"` in the document block,
// relative to the folder of the rule file that declares the document.
import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import type { DocumentDecl, Span } from "../../dsl/ast.js";
import { diagnose, type Diagnostic } from "../../dsl/diagnostic.js";
import * as SourceFiles from "../messages/source-files.js";
import { readTextFile, resolvesInside } from "../load/files.js";
import { parseSource, type SourceDoc } from "./source/index.js";

/** A gazette text is at most this large (the longest encoded one has 31 KB). */
const MAX_SOURCE_BYTES = 4 << 20;

export interface DocumentSource {
  number: string;
  /** The text file, relative to the project root. */
  file: string;
  doc: SourceDoc;
}

/** A document block and the rule file it is written in. */
export interface DeclaredDocument {
  decl: DocumentDecl;
  file: string;
}

export type SourceLookup =
  | { kind: "found"; source: DocumentSource }
  | { kind: "none" }
  /** Declared but unusable; the diagnostics say why. */
  | { kind: "broken"; diagnostics: Diagnostic[] };

export class SourceTexts {
  private readonly cache = new Map<string, SourceLookup>();

  constructor(private readonly root: string) {}

  lookup(document: DeclaredDocument): SourceLookup {
    const number = document.decl.number.value;
    const cached = this.cache.get(number);
    if (cached) return cached;
    const found = this.read(document);
    this.cache.set(number, found);
    return found;
  }

  /** Every source read so far, by 文号. */
  loaded(): Map<string, DocumentSource> {
    const out = new Map<string, DocumentSource>();
    for (const [number, found] of this.cache) if (found.kind === "found") out.set(number, found.source);
    return out;
  }

  private read(document: DeclaredDocument): SourceLookup {
    const item = document.decl.items.find((i) => i.kind === "DocText" && i.key === "source");
    if (item?.kind !== "DocText") return { kind: "none" };
    const number = document.decl.number.value;
    const file = join(dirname(document.file), item.value.value).split("\\").join("/");
    const abs = join(this.root, file);
    const span: Span = item.value.span;
    // A rule file names texts of its own folder only: `source` is data, and must not reach any other file.
    const folder = dirname(document.file);
    const outside = () => ({
      kind: "broken" as const,
      diagnostics: [diagnose(SourceFiles.sourceOutside, span, { number, folder, file })],
    });
    const rel = relative(join(this.root, folder), abs);
    if (rel === "" || rel.split(sep)[0] === ".." || isAbsolute(rel)) return outside();
    if (!existsSync(abs)) {
      return {
        kind: "broken",
        diagnostics: [diagnose(SourceFiles.sourceMissing, span, { number, file, ruleFile: document.file })],
      };
    }
    // …and a symbolic link inside it must not lead out of it either.
    if (!resolvesInside(join(this.root, folder), abs)) return outside();
    const read = readTextFile(abs, MAX_SOURCE_BYTES);
    if ("problem" in read) {
      return {
        kind: "broken",
        diagnostics: [diagnose(SourceFiles.sourceUnreadable, span, { number, file, problem: read.why })],
      };
    }
    const text = read.text;
    const doc = parseSource(text, file);
    if (doc.docNumber && doc.docNumber !== number) {
      return {
        kind: "broken",
        diagnostics: [diagnose(SourceFiles.sourceOfAnother, span, { file, found: doc.docNumber, number })],
      };
    }
    return { kind: "found", source: { number, file, doc } };
  }
}
