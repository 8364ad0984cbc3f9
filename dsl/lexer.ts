// Turns rule-file text into tokens and comments, and reports what is wrong at the character level: stray
// characters, unterminated strings and malformed literals. Malformed literals and unterminated strings are
// still handed to the parser as tokens of their kind, so one typo does not also produce a syntax error.
import { Lexer, type ILexingError, type IToken } from "chevrotain";
import { error, type Diagnostic } from "./diagnostic.js";
import { readDate, readDuration } from "./literals.js";
import { tokenSpan } from "./span.js";
import { Citation, DateLiteral, DurationLiteral, lexerTokens, UnterminatedString } from "./tokens.js";

export interface LexResult {
  tokens: IToken[];
  /** `//` comments in source order, kept for the formatter. */
  comments: IToken[];
  diagnostics: Diagnostic[];
}

const lexer = new Lexer(lexerTokens, {
  positionTracking: "full",
  ensureOptimizations: true,
  recoveryEnabled: true,
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

function helpForCharacter(ch: string): string {
  const ascii = asciiFor(ch);
  if (ascii) return `write the ASCII "${ascii}" instead of the full-width "${ch}"`;
  if (ch === "'" || ch === "‘" || ch === "’") return 'strings are written in double quotes: "…" or “…”';
  if (ch === "”") return "this closing quote has no opening “";
  if (ch === "!" || ch === "！") return 'write "not" to negate a condition, or "!=" for "is not equal to"';
  if (ch === "#") return "comments start with //";
  return "remove it, or put the text inside a string";
}

function unexpectedCharacter(file: string, text: string, e: ILexingError): Diagnostic {
  const chars = text.slice(e.offset, e.offset + e.length);
  const first = String.fromCodePoint(chars.codePointAt(0) ?? 0x20);
  const start = { offset: e.offset, line: e.line ?? 0, column: e.column ?? 0 };
  const span = { file, start, end: { ...start, offset: e.offset + e.length, column: start.column + e.length } };
  const shown = chars.length > 12 ? `${chars.slice(0, 12)}…` : chars;
  const message = chars.length === first.length ? `unexpected character "${first}"` : `unexpected characters "${shown}"`;
  return error("E0101", span, message, helpForCharacter(first));
}

function literalProblem(file: string, token: IToken): Diagnostic | undefined {
  const span = tokenSpan(file, token);
  switch (token.tokenType) {
    case UnterminatedString:
      return error("E0104", span, "this string is not closed before the end of the line", "add the closing quote; a string cannot span lines");
    case DateLiteral: {
      const { problem } = readDate(token.image);
      return problem ? error("E0105", span, `invalid date "${token.image}": ${problem}`, "write a calendar day as 2023-06-07 or 2023年6月7日") : undefined;
    }
    case DurationLiteral: {
      const { digits, unit } = readDuration(token.image);
      return digits.includes(".")
        ? error(
            "E0107",
            span,
            `a duration is a whole number of ${unit}, not ${digits}`,
            unit === "年" ? "write it in a smaller unit, e.g. 18个月 instead of 1.5年" : "round it to a whole number or use a smaller unit",
          )
        : undefined;
    }
    case Citation:
      return /^@\s*$/.test(token.image)
        ? error("E0108", span, 'a citation needs an article path after "@"', "write the article it rests on, e.g. @ 第二十七条（三）")
        : undefined;
    default:
      return undefined;
  }
}

export function lex(file: string, text: string): LexResult {
  const result = lexer.tokenize(text);
  const diagnostics = result.errors.map((e) => unexpectedCharacter(file, text, e));
  for (const token of result.tokens) {
    const problem = literalProblem(file, token);
    if (problem) diagnostics.push(problem);
  }
  return { tokens: result.tokens, comments: result.groups.comments ?? [], diagnostics };
}
