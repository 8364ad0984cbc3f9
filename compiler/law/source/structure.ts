// The structure pass over one scope (the document body, or one annex): a single walk over the cleaned
// lines that opens a provision at each accepted marker and otherwise either continues the current
// paragraph (a sentence wrapped onto the next line, possibly across a page break) or starts a new one.
//
// A line-initial marker is accepted only when (a) the previous line ended a sentence or was a heading,
// so `二、三级定点医院…` continuing `…在一、` is text, and (b) its number continues the numbering of
// some open provision, so a wrapped line that happens to start with `第三十条` is text too. Markers in
// the middle of a line (`按本办法第三十条自付`) are never looked at.
import { endsParagraph, endsSentence, isStandalone, tableRows, visualWidth, type Layout } from "./layout.js";
import type { SourceLine } from "./lines.js";
import { matchMarker, type Marker, type MarkerKind } from "./markers.js";
import { intToChinese } from "./numerals.js";
import { newNode, type Node, type Para } from "./tree.js";

export type Scheme = "articles" | "sections";

export interface ScopeOptions {
  scheme: Scheme;
  layout: Layout;
  /** Only the document body has a preamble (the notice and title before its first provision). */
  isBody: boolean;
}

export interface ScopeResult {
  /** Body only: the notice and title before the first provision. */
  preamble: Para[];
  colophon: Para[];
  warnings: string[];
}

const ALLOWED: Readonly<Record<Node["kind"], readonly MarkerKind[]>> = {
  root: [],
  group: [],
  annex: [],
  chapter: [],
  article: ["subsection", "item"],
  section: ["subsection", "item"],
  subsection: ["item"],
  item: [],
};

function allowedUnderScope(scheme: Scheme): readonly MarkerKind[] {
  // Statutes number articles only at the top; plans may start at any level below 一、.
  return scheme === "articles" ? ["article"] : ["section", "subsection", "item"];
}

// `本方案自印发之日起施行` and the list of annexes close a plan; they belong to no section.
const CLOSING = [/^本\S{0,8}?(方案|办法|规定|细则|意见|通知|决定|规则)\s*(自|从)/, /^附件\s*[0-9０-９一二三四五六七八九十]*\s*[：:]/];

function fragment(kind: MarkerKind, n: number): string {
  switch (kind) {
    case "article":
      return `第${intToChinese(n)}条`;
    case "section":
      return intToChinese(n);
    case "subsection":
      return `（${intToChinese(n)}）`;
    default:
      return String(n);
  }
}

export function walkScope(lines: readonly SourceLine[], root: Node, options: ScopeOptions): ScopeResult {
  const { scheme, layout, isBody } = options;
  const result: ScopeResult = { preamble: [], colophon: [], warnings: [] };
  const rows = tableRows(lines);
  const stack: Node[] = [root];
  let mode: "preamble" | "body" | "colophon" = isBody ? "preamble" : "body";
  let para: Para | undefined;
  // 第X章 and 第X节 only label the articles under them; each runs its own numbering.
  const headingCount = { 章: 0, 节: 0 };
  let chapterTitle: string | undefined;
  let chapter: string | undefined;
  let opened = false;

  const top = (): Node => stack[stack.length - 1];

  /** Where a new paragraph goes: text at the scope root (closing clauses) stays on the root. */
  const sink = (): Para[] | Node => {
    if (mode === "preamble") return result.preamble;
    if (mode === "colophon") return result.colophon;
    return top();
  };

  /** Paragraph state after `tail` was printed on `line` (the whole physical line decides "standalone"). */
  const close = (target: Para, tail: string, line: SourceLine): void => {
    const standalone = isStandaloneLine(line, layout);
    target.end = line.line;
    target.ended = standalone || endsParagraph(tail, layout);
    target.boundary = standalone || endsSentence(tail);
  };

  const startPara = (text: string, line: SourceLine): Para => {
    const started: Para = { segments: [text], start: line.line, end: line.line, ended: false, boundary: false };
    close(started, text, line);
    const target = sink();
    if (Array.isArray(target)) target.push(started);
    else target.parts.push({ para: started });
    return started;
  };

  const touch = (line: number): void => {
    if (mode === "body") for (const node of stack) node.end = line;
  };

  const accept = (marker: Marker): Node | undefined => {
    const allowed = (node: Node): readonly MarkerKind[] => (node === root ? allowedUnderScope(scheme) : ALLOWED[node.kind]);
    for (let depth = stack.length - 1; depth >= 0; depth--) {
      const container = stack[depth];
      if (!allowed(container).includes(marker.kind)) continue;
      if (container.childKind !== undefined && container.childKind !== marker.kind) continue;
      if (marker.number !== (container.last[marker.kind] ?? 0) + 1) continue;
      stack.length = depth + 1;
      return container;
    }
    return undefined;
  };

  const openProvision = (marker: Marker, container: Node, line: SourceLine): void => {
    container.last[marker.kind] = marker.number;
    container.childKind = marker.kind;
    const node = newNode({
      kind: marker.kind,
      number: marker.number,
      label: marker.label,
      path: container.path + fragment(marker.kind, marker.number),
      start: line.line,
      paragraphWord: marker.kind === "article" ? "款" : "段",
    });
    if (marker.kind === "article" && chapter !== undefined) node.chapter = chapter;
    container.parts.push({ child: node });
    stack.push(node);
    para = undefined;
    touch(line.line);

    const { heading, text } = splitHeading(marker, line, layout);
    if (heading !== undefined) node.heading = heading;
    if (text !== "") para = startPara(text, line);
  };

  /** A chapter heading closes the open article. */
  const openChapter = (marker: Marker, unit: "章" | "节"): void => {
    headingCount[unit] = marker.number;
    const title = `${marker.label.replace(/\s+/g, "")} ${marker.rest.replace(/\s+/g, "")}`.trim();
    if (unit === "章") {
      headingCount.节 = 0;
      chapterTitle = chapter = title;
    } else {
      chapter = chapterTitle === undefined ? title : `${chapterTitle} ${title}`;
    }
    stack.length = 1;
    mode = "body";
    opened = true;
    para = undefined;
  };

  lines.forEach((line, index) => {
    if (line.kind === "rule") {
      // A rule line in these gazettes separates the text from the 版记 (抄送, 印发); before the first provision
      // it is the red line under the masthead (`锦政规〔2022〕4号` then `---`), and the notice follows.
      if (!opened) return;
      mode = "colophon";
      para = undefined;
      return;
    }
    const text = line.text;

    if (rows.has(index) && mode !== "colophon") {
      // Table rows stay one per line, attached to the paragraph that introduces the table.
      if (para === undefined) para = startPara(text, line);
      else para.segments.push(text);
      para.end = line.line;
      para.ended = para.boundary = true;
      touch(line.line);
      return;
    }

    const boundary = para === undefined || para.boundary;
    if (mode !== "colophon" && (boundary || !opened)) {
      const marker = matchMarker(text);
      const unit = marker?.label.endsWith("节") ? "节" : "章";
      if (marker?.kind === "chapter" && scheme === "articles" && marker.number === headingCount[unit] + 1) {
        openChapter(marker, unit);
        return;
      }
      const container = marker && marker.kind !== "chapter" && marker.kind !== "annex" ? accept(marker) : undefined;
      if (marker && container) {
        mode = "body";
        opened = true;
        openProvision(marker, container, line);
        return;
      }
      if (marker && opened && boundary && marker.kind !== "annex") {
        result.warnings.push(`line ${line.line}: \`${marker.label}\` does not continue the numbering; read as text`);
      }
    }

    const startsParagraph = para === undefined || para.ended || line.indented;
    if (startsParagraph && mode === "body") {
      if (scheme === "sections" && CLOSING.some((re) => re.test(text))) {
        stack.length = 1;
      } else if (scheme === "articles") {
        // Items of an article are single paragraphs; a new paragraph is the article's next 款.
        while (stack.length > 2 && top().kind !== "article") stack.pop();
      }
    }

    if (startsParagraph || para === undefined) {
      para = startPara(text, line);
    } else {
      // A wrapped line, possibly across a page break: Chinese needs no space at the join.
      const joined = para.segments[para.segments.length - 1] + text;
      para.segments[para.segments.length - 1] = joined;
      close(para, joined, line);
    }
    touch(line.line);
  });
  return result;
}

/**
 * The title printed with a marker, if the marker line is a heading: a markdown heading, a bold lead
 * (`**（一）加强组织领导。**各乡镇…`), or a short line without sentence punctuation (`一、总体要求`).
 * Returns the heading and the text that follows it on the line.
 */
function splitHeading(marker: Marker, line: SourceLine, layout: Layout): { heading?: string; text: string } {
  if (marker.rest === "") return { text: "" };
  if (line.mdHeading) return { heading: marker.rest, text: "" };
  if (line.boldLead !== undefined) {
    const lead = matchMarker(line.boldLead);
    if (lead && lead.rest !== "" && marker.rest.startsWith(lead.rest)) {
      return { heading: lead.rest, text: marker.rest.slice(lead.rest.length).trim() };
    }
  }
  if (isStandaloneLine(line, layout)) return { heading: marker.rest, text: "" };
  return { text: marker.rest };
}

/** A heading or title line: judged on the text after any marker, at the width of the whole line. */
function isStandaloneLine(line: SourceLine, layout: Layout): boolean {
  if (line.mdHeading) return true;
  const marker = matchMarker(line.text);
  return isStandalone(marker ? marker.rest : line.text, layout, visualWidth(line.text));
}
