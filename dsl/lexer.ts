// Turns rule-file text into tokens and comments, and reports what is wrong at the character level: stray
// characters, unterminated strings and malformed literals. Malformed literals and unterminated strings are
// still handed to the parser as tokens of their kind, so one typo does not also produce a syntax error.
import { Lexer, type ILexingError, type IToken } from "chevrotain";
import { compiled } from "./compiled.js";
import { diagnose, type Diagnostic } from "./diagnostic.js";
import * as Syntax from "./messages/syntax.js";
import { readDate, readDuration } from "./literals.js";
import { tokenSpan } from "./span.js";
import { Citation, DateLiteral, DurationLiteral, Identifier, keywords, lexerTokens, UnterminatedString } from "./tokens.js";

export interface LexResult {
  tokens: IToken[];
  /** `//` comments in source order, kept for the formatter. */
  comments: IToken[];
  diagnostics: Diagnostic[];
}

const lexer = new Lexer(lexerTokens, {
  // Spans are made from a token's start and its text (span.ts): its end is never read.
  positionTracking: "onlyStart",
  ensureOptimizations: true,
  recoveryEnabled: true,
  skipValidations: compiled,
});

// Chinese input methods produce full-width punctuation by default; say which ASCII character was meant.
const ASCII_FOR: Record<string, string> = {
  "：": ":",
  "，": ",",
  "、": ",",
  "；": ";",
  "（": "(",
  "）": ")",
  "｛": "{",
  "｝": "}",
  "［": "[",
  "］": "]",
  "【": "[",
  "】": "]",
  "＝": "=",
  "＋": "+",
  "－": "-",
  "＊": "*",
  "／": "/",
  "＜": "<",
  "＞": ">",
  "。": ".",
  "．": ".",
  "＠": "@",
};

/** The ASCII character meant by a full-width one, if it is punctuation the language uses. */
export function asciiFor(ch: string): string | undefined {
  return ASCII_FOR[ch];
}

function fixForCharacter(ch: string): Syntax.CharacterFix {
  const ascii = asciiFor(ch);
  if (ascii) return { ascii };
  if (ch === "'" || ch === "‘" || ch === "’") return { kind: "singleQuote" };
  if (ch === "”") return { kind: "closingQuote" };
  if (ch === "!" || ch === "！") return { kind: "bang" };
  if (ch === "#") return { kind: "hash" };
  return { kind: "other" };
}

function unexpectedCharacter(file: string, text: string, e: ILexingError): Diagnostic {
  const chars = text.slice(e.offset, e.offset + e.length);
  const first = String.fromCodePoint(chars.codePointAt(0) ?? 0x20);
  const start = { offset: e.offset, line: e.line ?? 0, column: e.column ?? 0 };
  const span = { file, start, end: { ...start, offset: e.offset + e.length, column: start.column + e.length } };
  const shown = chars.length > 12 ? `${chars.slice(0, 12)}…` : chars;
  const one = chars.length === first.length;
  return diagnose(Syntax.unexpectedCharacter, span, { chars: one ? first : shown, one, fix: fixForCharacter(first) });
}

function literalProblem(file: string, token: IToken): Diagnostic | undefined {
  const span = tokenSpan(file, token);
  switch (token.tokenType) {
    case UnterminatedString:
      return diagnose(Syntax.unclosedString, span, {});
    case DateLiteral: {
      const { problem } = readDate(token.image);
      return problem ? diagnose(Syntax.invalidDate, span, { image: token.image, problem }) : undefined;
    }
    case DurationLiteral: {
      const { digits, unit } = readDuration(token.image);
      return digits.includes(".") ? diagnose(Syntax.fractionalDuration, span, { digits, unit }) : undefined;
    }
    case Citation:
      return /^@\s*$/.test(token.image) ? diagnose(Syntax.emptyCitation, span, {}) : undefined;
    default:
      return undefined;
  }
}

export function lex(file: string, text: string): LexResult {
  const result = lexer.tokenize(text);
  const diagnostics = result.errors.map((e) => unexpectedCharacter(file, text, e));
  for (const token of result.tokens) {
    if (token.tokenType === Identifier) {
      // A word that is a keyword, whole: `not_applicable` and `int` are keywords, `notx` and `into` names.
      const keyword = keywords.get(token.image);
      if (keyword) {
        token.tokenType = keyword;
        token.tokenTypeIdx = keyword.tokenTypeIdx!;
      }
      continue;
    }
    const problem = literalProblem(file, token);
    if (problem) diagnostics.push(problem);
  }
  return { tokens: result.tokens, comments: result.groups.comments ?? [], diagnostics };
}
