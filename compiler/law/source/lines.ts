// First pass over a gazette file: drop what the printing left in the text stream (page numbers,
// running headers), undo markdown decoration of the converted gazettes, and keep for every remaining
// line the typographic hints the structure pass needs (heading, bold lead, indentation).
import type { Artifact } from "./types.js";

export interface SourceLine {
  /** 1-based line number in the file. */
  line: number;
  /** `rule` is a markdown horizontal rule, which in these gazettes separates the body from the 版记. */
  kind: "text" | "rule";
  /** Cleaned text: no markdown marks, no surrounding whitespace. */
  text: string;
  /** A markdown heading (`## 一、总体要求`): a heading whatever its punctuation. */
  mdHeading: boolean;
  /** The bold lead of the line (`**（一）加强组织领导。**各乡镇…` → `（一）加强组织领导。`), if any. */
  boldLead?: string;
  /** Began with ideographic spaces: in typeset text, the first line of a paragraph. */
  indented: boolean;
}

// A page number printed on its own line (`０２`, `１３`, `- 12 -`), which the text extraction dropped
// in the middle of whatever sentence crossed the page break.
const PAGE_NUMBER = /^[-—－–]?\s*[0-9０-９]{1,3}\s*[-—－–]?$/;

// Running headers of the gazettes: 四川 prints 本级文件 / 上级文件 on every page; 合川 prints the
// series name of its normative documents.
const RUNNING_HEADERS: readonly RegExp[] = [/^(本级文件|上级文件)$/, /^\S{2,30}行政规范性文件$/];

const MD_RULE = /^(-{3,}|\*{3,}|_{3,})$/;
const MD_HEADING = /^#{1,6}\s+/;
// A markdown list bullet (`- （一）降低资质等级…`): the converted gazette's rendering of a numbered item.
const MD_BULLET = /^[-*+]\s+/;

export interface CleanedLines {
  lines: SourceLine[];
  artifacts: Artifact[];
}

export function cleanLines(text: string): CleanedLines {
  const lines: SourceLine[] = [];
  const artifacts: Artifact[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed === "") return;
    if (PAGE_NUMBER.test(trimmed)) {
      artifacts.push({ line, text: raw, reason: "page-number" });
      return;
    }
    if (RUNNING_HEADERS.some((re) => re.test(trimmed))) {
      artifacts.push({ line, text: raw, reason: "running-header" });
      return;
    }
    if (MD_RULE.test(trimmed)) {
      artifacts.push({ line, text: raw, reason: "rule" });
      lines.push({ line, kind: "rule", text: "", mdHeading: false, indented: false });
      return;
    }
    // Only ideographic spaces mark an indent: the extraction prefixes a page's first line with an ASCII
    // space even when it continues a sentence from the previous page.
    const indented = /^[ \t]*\u3000/.test(raw);
    const mdHeading = MD_HEADING.test(trimmed);
    let body = trimmed.replace(MD_HEADING, "").replace(MD_BULLET, "");
    const bold = /^\*\*(.+?)\*\*/.exec(body);
    const boldLead = bold ? bold[1].trim() : undefined;
    body = body.replace(/\*\*/g, "").trim();
    if (body === "") return;
    lines.push({ line, kind: "text", text: body, mdHeading, indented, ...(boldLead ? { boldLead } : {}) });
  });
  return { lines, artifacts };
}
