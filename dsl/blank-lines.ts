// The canonical form keeps the author's grouping of declarations: one empty line where they left one or
// more, none where they left none (as gofmt does). Only top-level declarations and their leading comments
// are grouped this way; items inside a block are always one per line.
import { BLANK_LINE, type PolicyFile } from "./ast.js";

const COMMENT = /^\s*\/\/(.*)$/;

export function markBlankLines(ast: PolicyFile, text: string): void {
  let previousEnd = ast.header.span.end.offset;
  ast.decls.forEach((decl, i) => {
    // Skip the rest of the previous declaration's last line (it may hold a trailing comment).
    const lineEnd = text.indexOf("\n", previousEnd);
    const region = lineEnd < 0 || lineEnd >= decl.span.start.offset ? "" : text.slice(lineEnd + 1, decl.span.start.offset);
    const lines = region.split("\n").slice(0, -1);
    const comments: string[] = [];
    let blankBefore = false;
    let pendingBlank = false;
    for (const line of lines) {
      const m = COMMENT.exec(line);
      if (!m) {
        if (comments.length) pendingBlank = true;
        else blankBefore = true;
        continue;
      }
      if (pendingBlank) comments.push(BLANK_LINE);
      pendingBlank = false;
      comments.push(m[1]!.trim());
    }
    if (pendingBlank) comments.push(BLANK_LINE);
    // The first declaration always stands apart from the header, so only later ones record it.
    if (blankBefore && i > 0) decl.blankBefore = true;
    if (comments.length && decl.comments?.length) decl.comments = comments;
    previousEnd = decl.span.end.offset;
  });
}
