// Syntax errors in the policy author's words. Chevrotain's error hooks can only return a string, so they
// record what was expected (token type names, as JSON); the message is written once the surrounding
// declaration is known and the exception can be read together with the tokens around it.
import { EOF, type IParserErrorMessageProvider, type IRecognitionException, type IToken, type TokenType } from "chevrotain";
import type { Pos, Span } from "./ast.js";
import { diagnose, type Diagnostic } from "./diagnostic.js";
import * as Parser from "./messages/parser.js";
import { endOf, pointSpan, tokenSpan } from "./span.js";
import { closest } from "./suggest.js";
import * as T from "./tokens.js";

interface Expectation {
  expected: string[];
}

function record(types: Iterable<TokenType>): string {
  const expectation: Expectation = { expected: [...new Set([...types].map((t) => t.name))] };
  return JSON.stringify(expectation);
}

function firstTokens(paths: TokenType[][]): TokenType[] {
  return paths.flatMap((path) => path.slice(0, 1));
}

export const problemMessages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: ({ expected }) => record([expected]),
  buildNotAllInputParsedMessage: () => record([]),
  buildNoViableAltMessage: ({ expectedPathsPerAlt }) => record(expectedPathsPerAlt.flatMap(firstTokens)),
  buildEarlyExitMessage: ({ expectedIterationPaths }) => record(firstTokens(expectedIterationPaths)),
};

const typesByName = new Map(T.allTokens.map((t) => [t.name, t]));

function expectedTypes(e: IRecognitionException): TokenType[] {
  try {
    const { expected } = JSON.parse(e.message) as Expectation;
    return expected.flatMap((name) => typesByName.get(name) ?? []);
  } catch {
    return [];
  }
}

/** Where the parser was looking: the tokens of one declaration (or of the header). */
export interface ChunkContext {
  file: string;
  tokens: IToken[];
  /** The first token after the chunk: what the parser met when the declaration ended too early. */
  next?: IToken;
  endOfFile: Pos;
  /** Where the lexer dropped characters it did not understand; already reported. */
  lexErrorOffsets: readonly number[];
  /** The file's text, for quoting the author's own words in a message. */
  text: string;
}

const CLOSER_OF = new Map<TokenType, TokenType>([
  [T.RBrace, T.LBrace],
  [T.RParen, T.LParen],
  [T.RBracket, T.LBracket],
]);
const CLOSERS = new Set(CLOSER_OF.keys());
const OPENERS = new Set(CLOSER_OF.values());

/** Tokens that cannot continue an expression or a block, so meeting one where a closer is due means it is missing. */
const ENDS_A_GROUP: ReadonlySet<TokenType> = new Set([
  T.Citation,
  T.Ruling,
  T.Semicolon,
  ...T.declarationKeywords,
  ...T.headerKeywords,
  ...T.documentItemKeywords,
]);

const VALUE_STARTERS: ReadonlySet<TokenType> = new Set([T.MoneyLiteral, T.NumberLiteral]);

const DECLARATION_WORDS = [...T.declarationKeywords].map(keywordWord);

function keywordWord(type: TokenType): string {
  return type.name.replace(/^kw_/, "");
}

function isKeyword(token: IToken): boolean {
  return token.tokenType.name.startsWith("kw_");
}

function clip(text: string): string {
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}

/** A token as the messages quote it (dsl/messages/parser.ts words it). */
function tokenOf(token: IToken | undefined): Parser.Token {
  if (!token) return { kind: "end" };
  const type = token.tokenType;
  if (type === T.QuotedString || type === T.UnterminatedString) return { kind: "string", text: clip(token.image) };
  if (type === T.Citation) return { kind: "citation", text: clip(token.image) };
  if (isKeyword(token)) return { kind: "keyword", text: token.image };
  return { kind: "text", text: clip(token.image) };
}

/** The expectation as data: a type, a value, a block's items, or the tokens by name. */
function expectationOf(types: TokenType[], rule: string, foundEndsGroup: boolean): Parser.Expected {
  // Where a keyword may serve as a name (`claim.date`), "a name" says it all.
  if (types.includes(T.Identifier)) types = types.filter((t) => t !== T.Keyword);
  if (types.includes(T.PrimTypeKeyword)) return { kind: "type" };
  if (types.some((t) => VALUE_STARTERS.has(t))) return { kind: "value" };
  const block = Parser.BLOCKS.find((b) => b === rule);
  if (types.length === 1 && types[0] === T.RBrace && !foundEndsGroup && block) return { kind: "blockItem", block };
  return { kind: "tokens", tokens: types.map((t) => t.name) };
}

/** The keyword the author probably meant, among those the parser would have accepted. */
function suggestion(found: IToken | undefined, types: TokenType[], rule: string): string | undefined {
  if (found?.tokenType !== T.Identifier) return undefined;
  const accepted = new Set(types.flatMap((t) => (t.name.startsWith("kw_") ? [keywordWord(t)] : [])));
  if (rule === "documentDecl") for (const t of T.documentItemKeywords) accepted.add(keywordWord(t));
  for (const t of T.keywords.values()) {
    // Categories such as "a type" stand for several keywords; "any keyword" (a name after ".") is no hint.
    if (types.some((category) => category !== T.Keyword && t.CATEGORIES?.includes(category))) accepted.add(keywordWord(t));
  }
  return closest(found.image, accepted);
}

function findOpener(tokens: IToken[], before: number, closer: TokenType): IToken | undefined {
  const stack: IToken[] = [];
  for (let i = 0; i < before; i++) {
    const type = tokens[i].tokenType;
    if (OPENERS.has(type)) stack.push(tokens[i]);
    else if (CLOSERS.has(type)) stack.pop();
  }
  const opener = CLOSER_OF.get(closer);
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i].tokenType === opener) return stack[i];
  return undefined;
}

/** The innermost construct the parser was in whose shape the help can show. */
function innermostShape(ruleStack: string[]): string | undefined {
  for (let i = ruleStack.length - 1; i >= 0; i--) if (Parser.SHAPED.has(ruleStack[i])) return ruleStack[i];
  return undefined;
}

function positionText(span: Span): string {
  return `${span.start.line}:${span.start.column}`;
}

/**
 * The diagnostic for one error chevrotain recorded while parsing a chunk, or undefined when the lexer already
 * reported the cause: characters it dropped right before the token the parser stumbled on.
 */
export function syntaxDiagnostic(e: IRecognitionException, ctx: ChunkContext): Diagnostic | undefined {
  const atChunkEnd = e.token.tokenType === EOF;
  const found = atChunkEnd ? ctx.next : e.token;
  const index = atChunkEnd ? ctx.tokens.length : ctx.tokens.indexOf(e.token);
  const prev = index > 0 ? ctx.tokens[index - 1] : undefined;
  // At the end of the file, point just past the last word rather than at the empty line after it.
  const span = found ? tokenSpan(ctx.file, found) : pointSpan(ctx.file, prev ? endOf(prev) : ctx.endOfFile);
  const gapStart = prev ? prev.startOffset + prev.image.length : 0;
  if (ctx.lexErrorOffsets.some((o) => o >= gapStart && o < span.start.offset)) return undefined;
  const ruleStack = e.context?.ruleStack ?? [];
  const rule = ruleStack[ruleStack.length - 1] ?? "";
  const types = expectedTypes(e);

  if (e.name === "NotAllInputParsedException") return unexpectedAtTopLevel(ctx.file, e.token, prev);
  const misread = chineseConnective(ctx.file, found) ?? numberWithoutUnit(ctx.file, prev, found);
  if (misread) return misread;
  if (types.includes(T.Then) && (rule === "exceptionDecl" || rule === "adjustDecl")) {
    const equals = valueAfterEquals(ctx, index, rule === "exceptionDecl" ? "exception" : "adjust");
    if (equals) return equals;
  }

  const foundEndsGroup = atChunkEnd || (found !== undefined && (ENDS_A_GROUP.has(found.tokenType) || CLOSERS.has(found.tokenType)));
  const closer = types.length === 1 && CLOSERS.has(types[0]) ? types[0] : undefined;
  if (closer && foundEndsGroup) {
    const opener = findOpener(ctx.tokens, index, closer);
    const block = Parser.BLOCKS.find((b) => b === rule);
    return diagnose(
      Parser.unclosedBracket,
      span,
      {
        closer: closer.PATTERN as string,
        ...(opener ? { opener: { image: opener.image, at: positionText(tokenSpan(ctx.file, opener)) } } : {}),
        found: tokenOf(found),
        ...(block ? { block } : {}),
      },
      opener ? [{ span: tokenSpan(ctx.file, opener), text: Parser.openedHere(opener.image) }] : [],
    );
  }

  if (types.length === 1 && types[0] === T.Identifier && found && isKeyword(found)) return keywordAsName(ctx.file, found);

  const expected = expectationOf(types, rule, foundEndsGroup);
  const meant = suggestion(found, types, rule);
  const shape = innermostShape(ruleStack);
  const then: Parser.UnexpectedHelp = meant
    ? { kind: "meant" }
    : expected.kind === "value"
      ? { kind: "value" }
      : shape
        ? { kind: "shape", rule: shape }
        : { kind: "write" };
  return diagnose(Parser.unexpectedToken, span, {
    expected,
    ...(prev ? { after: tokenOf(prev) } : {}),
    found: tokenOf(found),
    then,
    ...(meant ? { meant: [meant] } : {}),
  });
}

const UNIT_START = /^[元万日天年月个周工]/;

/** `10万`, `3月份`: a number followed by a word that is not one of the units. */
function numberWithoutUnit(file: string, prev: IToken | undefined, found: IToken | undefined): Diagnostic | undefined {
  if (prev?.tokenType !== T.NumberLiteral || found?.tokenType !== T.Identifier || !UNIT_START.test(found.image)) return undefined;
  const span = { ...tokenSpan(file, prev), end: tokenSpan(file, found).end };
  return diagnose(Parser.notAUnit, span, { number: prev.image, word: found.image });
}

export function keywordAsName(file: string, token: IToken): Diagnostic {
  return diagnose(Parser.keywordAsName, tokenSpan(file, token), { word: token.image });
}

/** A clause in a supersession's block that starts with none of its three verbs. */
export function unknownPartVerb(file: string, token: IToken): Diagnostic {
  const guess = closest(token.image, ["carries", "replaces", "ends"]);
  return diagnose(Parser.unknownPartVerb, tokenSpan(file, token), { found: token.image, ...(guess ? { meant: [guess] } : {}) });
}

/** Whether a word at the start of a line is probably a misspelled declaration keyword (`parm`). */
export function looksLikeDeclarationKeyword(word: string): boolean {
  return closest(word, DECLARATION_WORDS) !== undefined;
}

/** Chinese words for the connectives of conditions, as policy staff may write them. */
const CONNECTIVES: Record<string, "and" | "or"> = { 并且: "and", 而且: "and", 且: "and", 以及: "and", 和: "and", 与: "and", 或者: "or", 或: "or", 或是: "or" };

/** `claim.a 并且 claim.b`: conditions are joined with the keywords `and` and `or`. */
function chineseConnective(file: string, found: IToken | undefined): Diagnostic | undefined {
  const keyword = found?.tokenType === T.Identifier ? CONNECTIVES[found.image] : undefined;
  if (!found || !keyword) return undefined;
  return diagnose(Parser.chineseConnective, tokenSpan(file, found), { written: found.image, keyword, meant: [keyword] });
}

/**
 * `exception 艾滋病 on 起付标准 when claim.aids = 0元 @ …`: the value was written after "=", which inside the
 * condition compares, so the parser only misses "then" at the next declaration. The mistake is the "=".
 */
function valueAfterEquals(ctx: ChunkContext, failedAt: number, rule: "exception" | "adjust"): Diagnostic | undefined {
  const when = ctx.tokens.findIndex((t) => t.tokenType === T.When);
  if (when < 0) return undefined;
  let depth = 0;
  let equals = -1;
  for (let i = when + 1; i < failedAt; i++) {
    const type = ctx.tokens[i]!.tokenType;
    if (OPENERS.has(type)) depth++;
    else if (CLOSERS.has(type)) depth--;
    else if (type === T.Eq && depth === 0) equals = i;
  }
  if (equals < 0) return undefined;
  // The words as written, on one line: comments left out, line breaks and indentation as single spaces.
  const words = (from: number, to: number) =>
    from < to
      ? ctx.text
          .slice(ctx.tokens[from]!.startOffset, ctx.tokens[to - 1]!.startOffset + ctx.tokens[to - 1]!.image.length)
          .replace(/\/\/[^\r\n]*/g, "")
          .replace(/\s+/g, " ")
      : "…";
  const groundsAt = ctx.tokens.findIndex((t, i) => i > equals && (t.tokenType === T.Citation || t.tokenType === T.Ruling));
  return diagnose(Parser.valueAfterEquals, tokenSpan(ctx.file, ctx.tokens[equals]!), {
    rule,
    condition: words(when + 1, equals),
    value: words(equals + 1, groundsAt < 0 ? failedAt : groundsAt),
    meant: ["then"],
  });
}

/** Text left over after a complete declaration: most often a misspelled or missing declaration keyword. */
export function unexpectedAtTopLevel(file: string, found: IToken, prev: IToken | undefined): Diagnostic {
  const misread = chineseConnective(file, found) ?? numberWithoutUnit(file, prev, found);
  if (misread) return misread;
  const span = tokenSpan(file, found);
  if (CLOSERS.has(found.tokenType)) return diagnose(Parser.unopenedCloser, span, { closer: found.image });
  const at = tokenOf(found);
  if (T.documentItemKeywords.has(found.tokenType))
    return diagnose(Parser.declarationExpected, span, { found: at, then: { kind: "inDocument", word: found.image } });
  const meant = found.tokenType === T.Identifier ? closest(found.image, DECLARATION_WORDS) : undefined;
  if (meant) return diagnose(Parser.declarationExpected, span, { found: at, then: { kind: "meant" }, meant: [meant] });
  const continues = prev && prev.startLine === found.startLine && !CLOSERS.has(prev.tokenType);
  return diagnose(Parser.declarationExpected, span, {
    found: at,
    then: { kind: "list", words: DECLARATION_WORDS, ...(continues ? { after: tokenOf(prev) } : {}) },
  });
}

/** The file does not start with its header. */
export function missingHeader(file: string, found: IToken | undefined, endOfFile: Pos): Diagnostic {
  const span = found ? tokenSpan(file, found) : pointSpan(file, endOfFile);
  const meant = found?.tokenType === T.Identifier ? closest(found.image, ["document", "part"]) : undefined;
  return diagnose(Parser.missingHeader, span, { found: tokenOf(found), ...(meant ? { meant: [meant] } : {}) });
}

/** A second header further down the file. */
export function extraHeader(file: string, found: IToken, first: Span): Diagnostic {
  return diagnose(Parser.extraHeader, tokenSpan(file, found), { word: found.image }, [{ span: first, text: Parser.headerHere }]);
}
