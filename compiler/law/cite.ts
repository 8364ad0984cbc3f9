// Citations of a document's unnumbered text. A decision or notice without articles is cited as a whole
// (`@ 正文`); the note printed under a regulation's title, `(2017年9月22日锦政规〔2017〕4号发布…)`, as `@ 题注`.
// Everything else is a numbered provision, resolved by the source layer.
import { normaliseCitation, resolveCitation, type CitationResult, type Provision, type SourceDoc } from "./source/index.js";

export const BODY = "正文";
export const TITLE_NOTE = "题注";

export function cite(doc: SourceDoc, citation: string): CitationResult {
  const path = normaliseCitation(citation);
  const block = path === BODY ? body(doc) : path === TITLE_NOTE ? titleNote(doc) : undefined;
  return block ? { provision: block } : resolveCitation(doc, citation);
}

/** The whole text between the title block and the 版记: preamble, provisions and closing clauses. */
export function body(doc: SourceDoc): Provision {
  const parts = [doc.preamble, ...doc.provisions, doc.closing].filter((p) => p !== undefined);
  return pseudo(BODY, parts.map((p) => p.text).join("\n"), parts[0]?.start ?? 1, parts.at(-1)?.end ?? 1);
}

function titleNote(doc: SourceDoc): Provision | undefined {
  return doc.preamble && pseudo(TITLE_NOTE, doc.preamble.text, doc.preamble.start, doc.preamble.end);
}

function pseudo(path: string, text: string, start: number, end: number): Provision {
  return { path, kind: "section", label: path, text, children: [], paragraphs: [], start, end };
}
