// The limits a rule file is held to, in one place, each checked before the stage it protects: the text before
// it is read into tokens, the tokens before the parser (which recurses on brackets, `if` and prefix operators),
// the syntax tree before anything walks it. A file beyond a limit gets an error at the place it is crossed,
// never a stack overflow or a run that does not end. The limits are far above what the encoded gazettes need
// (docs/language.md, "Limits", gives the largest value each has in policies/).
import type { IToken } from "chevrotain";
import type { Decl, Span } from "./ast.js";
import { exprChildren, exprsOfDecl } from "./ast-walk.js";
import { diagnose, type Diagnostic } from "./diagnostic.js";
import { positionAt } from "./lines.js";
import * as Limits from "./messages/limits.js";
import { tokenSpan } from "./span.js";
import * as T from "./tokens.js";

export const LIMITS = {
  /** Characters in a rule file (the largest has 5,476). */
  fileLength: 262_144,
  /** Characters on one line (the longest has 280). */
  lineLength: 4_000,
  /** Characters in a name (the longest has 29). */
  nameLength: 100,
  /** Characters in a string or a citation (the longest has 266). */
  textLength: 2_000,
  /** Levels an expression nests: brackets, if-then-else, operators (the deepest has 9). */
  nesting: 48,
  /** Items in one list: enum members, `in {…}` members, function arguments, table keys (the longest has 21). */
  listLength: 256,
  /** Values and parameters in a row, each computed from the next (checked by the compiler). */
  dependencyDepth: 16,
} as const;

/** Past this many problems of one kind in a file, the rest are not listed one by one. */
const REPORTED = 20;

// C0 and C1 controls other than tab and the line breaks, DEL, the Unicode line and paragraph separators,
// bidirectional formatting characters (they make text display in another order than it is read), a byte-order
// mark anywhere but at the start, and a UTF-16 surrogate without its pair.
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const NAMES: Record<number, Limits.Invisible> = {
  0x2028: "line separator",
  0x2029: "paragraph separator",
  0xfeff: "byte-order mark",
  0x0085: "next line",
  0x061c: "Arabic letter mark",
  0x200e: "left-to-right mark",
  0x200f: "right-to-left mark",
};

function characterName(code: number): Limits.Invisible {
  if (NAMES[code]) return NAMES[code]!;
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return "bidirectional formatting character";
  if (code >= 0xd800 && code <= 0xdfff) return "unpaired surrogate";
  return "control character";
}

function spanAt(file: string, text: string, start: number, end: number): Span {
  const a = positionAt(text, start);
  const b = positionAt(text, end);
  return { file, start: { offset: start, ...a }, end: { offset: end, ...b } };
}

/** Size, line length and characters, before the text is read into tokens. A BOM at the very start is allowed. */
export function checkText(file: string, text: string): Diagnostic[] {
  if (text.length > LIMITS.fileLength) {
    return [diagnose(Limits.fileTooLong, spanAt(file, text, LIMITS.fileLength, LIMITS.fileLength), { limit: LIMITS.fileLength })];
  }
  const out: Diagnostic[] = [];
  const long: Diagnostic[] = [];
  const re = /\r\n|\r|\n/g;
  for (let start = 0, m = re.exec(text); start <= text.length; m = re.exec(text)) {
    const end = m ? m.index : text.length;
    if (end - start > LIMITS.lineLength && long.length < REPORTED) {
      long.push(diagnose(Limits.lineTooLong, spanAt(file, text, start + LIMITS.lineLength, end), { limit: LIMITS.lineLength }));
    }
    if (!m) break;
    start = m.index + m[0].length;
  }
  FORBIDDEN.lastIndex = 0;
  for (let m = FORBIDDEN.exec(text); m && out.length < REPORTED; m = FORBIDDEN.exec(text)) {
    if (m.index === 0 && m[0] === "\uFEFF") continue;
    const code = m[0].charCodeAt(0);
    const breaksLine = code === 0x2028 || code === 0x2029 || code === 0x85;
    out.push(
      diagnose(Limits.invisibleCharacter, spanAt(file, text, m.index, m.index + m[0].length), { codePoint: code, character: characterName(code), breaksLine }),
    );
  }
  return [...out, ...long];
}

function tooDeep(span: Span): Diagnostic {
  return diagnose(Limits.nestedTooDeep, span, { limit: LIMITS.nesting });
}

/** Thrown by the parser where expressions nest deeper than LIMITS.nesting; parse() reports it as E0117. */
export class NestedTooDeep extends Error {
  constructor(readonly token: IToken) {
    super("nested too deep");
  }
}

export function nestedTooDeep(file: string, e: NestedTooDeep): Diagnostic {
  return tooDeep(tokenSpan(file, e.token));
}

/** Name, string and citation lengths, before the parser builds strings and names from them. */
export function checkTokens(file: string, tokens: readonly IToken[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const t of tokens) {
    if (out.length >= REPORTED) break;
    const type = t.tokenType;
    if (type === T.Identifier && t.image.length > LIMITS.nameLength) {
      out.push(diagnose(Limits.nameTooLong, tokenSpan(file, t), { limit: LIMITS.nameLength }));
    } else if ((type === T.QuotedString || type === T.UnterminatedString || type === T.Citation) && t.image.length - 2 > LIMITS.textLength) {
      out.push(diagnose(Limits.textTooLong, tokenSpan(file, t), { limit: LIMITS.textLength, citation: type === T.Citation }));
    }
  }
  return out;
}

function tooLong(span: Span, list: Limits.LongList): Diagnostic {
  return diagnose(Limits.listTooLong, span, { list, limit: LIMITS.listLength });
}

/**
 * How deep a declaration's expressions nest once parsed (a chain of operators nests as deep as it is long)
 * and how long its lists are: every later stage walks the tree recursively and writes code that the layout
 * (compiler/emit/layout.ts) and tsc read recursively. The walk itself keeps its own stack.
 */
export function checkDeclShape(d: Decl): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (d.kind === "EnumDecl" && d.members.length > LIMITS.listLength) out.push(tooLong(d.name.span, { kind: "enum", name: d.name.name }));
  if (d.kind === "PrecedenceDecl" && d.order.length > LIMITS.listLength) out.push(tooLong(d.span, { kind: "precedence" }));
  if (d.kind === "ParamDecl") for (const r of d.rows ?? []) if (r.keys.length > LIMITS.listLength) out.push(tooLong(r.span, { kind: "row" }));
  // `depth`: how many expressions with parts of their own enclose this one (a name or a literal adds none).
  const stack = exprsOfDecl(d).map((e) => ({ e, depth: 0 }));
  let reported = false;
  while (stack.length) {
    const { e, depth } = stack.pop()!;
    const parts = exprChildren(e);
    const level = parts.length ? depth + 1 : depth;
    if (level > LIMITS.nesting) {
      if (!reported) out.push(tooDeep(e.span));
      reported = true;
      continue;
    }
    if (e.kind === "InExpr" && e.members.length > LIMITS.listLength) out.push(tooLong(e.span, { kind: "members" }));
    if (e.kind === "CallExpr" && e.args.length > LIMITS.listLength) out.push(tooLong(e.span, { kind: "call", name: e.callee.name }));
    for (const c of parts) stack.push({ e: c, depth: level });
  }
  return out;
}
