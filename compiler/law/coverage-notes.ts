// Why a provision is not encoded: `coverage/<文号>.yaml` beside a document's rule file, one entry per
// provision path (a section or article stands for everything in it):
//
//   一:
//     reason: non-computable
//     note: 总体要求：指导思想、原则与目标
//   三（五）2第三段:
//     reason: delegated
//     to: 严重精神障碍患者按病床日定额救助的原规定
//     note: 继续实行按病床日定额救助，本方案未印定额
//
// The notes live beside the rules rather than in them: reviewers read and edit them as a list, a part file
// may encode a provision a note had set aside, and a document without rules of its own can still be noted.
import { existsSync } from "node:fs";
import { readTextFile } from "../load/files.js";
import { isMap, isScalar, parseDocument, type Node as YamlNode } from "yaml";
import type { Span } from "../../dsl/ast.js";
import { yamlSpan } from "../load/yaml-spans.js";
import { diagnose, type Diagnostic } from "../../dsl/diagnostic.js";
import * as Coverage from "../messages/coverage.js";

export const REASONS = {
  "non-computable": "nothing to compute: purpose, principles, duties, procedure without an amount, date or condition",
  delegated: "the numbers or conditions are set by another document",
  "not-yet-active": "applies only once something not yet decided is decided",
  pending: "computable and not encoded yet (still counted as not covered)",
} as const;

export type Reason = keyof typeof REASONS;

export interface CoverageNote {
  path: string;
  reason: Reason;
  note: string;
  /** The document the provision defers to, when it names one. */
  to?: string;
  span: Span;
}

export interface CoverageNotes {
  /** Relative to the project root. */
  file: string;
  text: string;
  notes: CoverageNote[];
}

/** The notes of one document, or undefined when it has none; problems in the file go to `diagnostics`. */
export function readCoverageNotes(root: string, file: string, diagnostics: Diagnostic[]): CoverageNotes | undefined {
  const abs = `${root}/${file}`;
  if (!existsSync(abs)) return undefined;
  const read = readTextFile(abs, 4 << 20);
  if ("problem" in read) {
    const at = { offset: 0, line: 1, column: 1 };
    diagnostics.push(diagnose(Coverage.notesUnreadable, { file, start: at, end: at }, { problem: { kind: "unreadable", file, problem: read.why } }));
    return undefined;
  }
  const text = read.text;
  const spanOf = (node: YamlNode | null | undefined): Span => yamlSpan(file, text, node);
  const doc = parseDocument(text);
  for (const e of doc.errors) {
    diagnostics.push(diagnose(Coverage.notesUnreadable, spanOf(null), { problem: { kind: "notYaml", file, detail: e.message } }));
  }
  const notes: CoverageNote[] = [];
  if (doc.errors.length || doc.contents === null) return { file, text, notes };
  if (!isMap(doc.contents)) {
    diagnostics.push(diagnose(Coverage.notesUnreadable, spanOf(doc.contents), { problem: { kind: "notMap", file } }));
    return { file, text, notes };
  }
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? pair.key : null;
    const path = key ? String(key.value) : "";
    const value = pair.value;
    const fields = isMap(value) ? (value.toJSON() as Record<string, unknown>) : {};
    const reason = fields.reason;
    const note = fields.note;
    const to = fields.to;
    if (!(typeof reason === "string" && Object.hasOwn(REASONS, reason))) {
      diagnostics.push(
        diagnose(Coverage.notesUnreadable, spanOf(isMap(value) ? value : key), { problem: { kind: "reason", path, reasons: Object.keys(REASONS) } }),
      );
      continue;
    }
    if (typeof note !== "string" || note.trim() === "") {
      diagnostics.push(diagnose(Coverage.notesUnreadable, spanOf(key), { problem: { kind: "noNote", path } }));
      continue;
    }
    notes.push({ path, reason: reason as Reason, note: note.trim(), ...(typeof to === "string" ? { to } : {}), span: spanOf(key) });
  }
  return { file, text, notes };
}
