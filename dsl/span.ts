// Spans from chevrotain tokens. Tokens never cross a line, so a token's end is its start plus its length.
import type { IToken } from "chevrotain";
import type { Pos, Span } from "./ast.js";
import { positionAt } from "./lines.js";

function startOf(token: IToken): Pos {
  return { offset: token.startOffset, line: token.startLine ?? 0, column: token.startColumn ?? 0 };
}

export function endOf(token: IToken): Pos {
  return {
    offset: token.startOffset + token.image.length,
    line: token.startLine ?? 0,
    column: (token.startColumn ?? 0) + token.image.length,
  };
}

export function tokenSpan(file: string, token: IToken): Span {
  return { file, start: startOf(token), end: endOf(token) };
}

/** From the start of `first` to the end of `last`. */
export function tokensSpan(file: string, first: IToken, last: IToken): Span {
  return { file, start: startOf(first), end: endOf(last) };
}

/** The empty span at `pos`, for things that are missing rather than wrong. */
export function pointSpan(file: string, pos: Pos): Span {
  return { file, start: pos, end: pos };
}

/** The position just after the last character of `text`. */
export function endOfText(text: string): Pos {
  return { offset: text.length, ...positionAt(text, text.length) };
}
