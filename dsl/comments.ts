// Attaches `//` comments to the nodes the formatter prints, so that formatting never drops one:
// a comment at the end of a node's last line becomes that node's trailing comment; any other comment
// leads the next item of its block (or the block's end comments), or the next declaration.
import type { IToken } from "chevrotain";
import type { Block, Commented, Decl, DocumentDecl, PartDecl, PolicyFile, Span, TemplateDecl } from "./ast.js";
import { Comma, Semicolon } from "./tokens.js";

type Attachable = Commented & { span: Span };
type TopLevel = DocumentDecl | PartDecl | TemplateDecl | Decl;

/** The items of a block, or undefined for a declaration that is not a block. */
function itemsOf(node: TopLevel): Attachable[] | undefined {
  switch (node.kind) {
    case "DocumentDecl":
      // A supersession's clauses are items of their own, after the relation that holds them.
      return node.items.flatMap((item): Attachable[] => (item.kind === "DocRelation" && item.parts ? [item, ...item.parts] : [item]));
    case "EnumDecl":
      return node.members;
    case "InputDecl":
      return node.fields;
    case "ParamDecl":
      return node.rows;
    case "BandsDecl":
      return node.bands;
    default:
      return undefined;
  }
}

function isBlock(node: TopLevel): node is TopLevel & Block {
  return itemsOf(node) !== undefined;
}

/** Index of the last element whose `key` is below `offset`, or -1. */
function lastBefore<T>(sorted: readonly T[], offset: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]) < offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function push(list: string[] | undefined, text: string): string[] {
  return [...(list ?? []), text];
}

export function attachComments(ast: PolicyFile, comments: readonly IToken[], tokens: readonly IToken[]): void {
  const top: TopLevel[] = [ast.header, ...ast.decls];

  /** The innermost node whose last token is the one ending at `end`. */
  const endingAt = (end: number): Attachable | undefined => {
    const i = lastBefore(top, end, (n) => n.span.start.offset);
    if (i < 0) return undefined;
    const node = top[i];
    const item = itemsOf(node)?.find((it) => it.span.end.offset === end);
    return item ?? (node.span.end.offset === end ? node : undefined);
  };

  const attachTrailing = (comment: IToken, text: string): boolean => {
    let p = lastBefore(tokens, comment.startOffset, (t) => t.startOffset);
    while (p >= 0 && (tokens[p].tokenType === Comma || tokens[p].tokenType === Semicolon)) p--;
    const prev = tokens[p];
    if (!prev || prev.startLine !== comment.startLine) return false;
    const node = endingAt(prev.startOffset + prev.image.length);
    if (!node || node.trailingComment !== undefined) return false;
    node.trailingComment = text;
    return true;
  };

  const attachLeading = (offset: number, text: string): void => {
    const i = lastBefore(top, offset, (n) => n.span.start.offset);
    const container = i >= 0 && top[i].span.end.offset > offset ? top[i] : undefined;
    if (!container) {
      const next = top[i + 1];
      if (next) next.comments = push(next.comments, text);
      else ast.trailingComments = push(ast.trailingComments, text);
      return;
    }
    const items = itemsOf(container);
    // In a document block an item may hold others (a relation's clauses): the comment leads the next one.
    const next = container.kind === "DocumentDecl" ? items?.find((it) => it.span.start.offset > offset) : undefined;
    const item = next ?? items?.find((it) => it.span.end.offset > offset);
    if (item) item.comments = push(item.comments, text);
    else if (isBlock(container)) container.endComments = push(container.endComments, text);
    else container.comments = push(container.comments, text);
  };

  for (const comment of comments) {
    const text = comment.image.slice(2).trim();
    if (!attachTrailing(comment, text)) attachLeading(comment.startOffset, text);
  }
}
