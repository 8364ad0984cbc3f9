// Syntax errors in the policy author's words. Chevrotain's error hooks can only return a string, so they
// record what was expected (token type names, as JSON); the message is written once the surrounding
// declaration is known and the exception can be read together with the tokens around it.
import { EOF, type IParserErrorMessageProvider, type IRecognitionException, type IToken, type TokenType } from "chevrotain";
import type { Pos, Span } from "./ast.js";
import { error, type Diagnostic, type Related } from "./diagnostic.js";
import { endOf, pointSpan, tokenSpan } from "./span.js";
import { closest, meant as meantWords, meantThen, type Meant } from "./suggest.js";
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

const TYPE_LIST = "money, rate, points, int, decimal, bool, date, claimref, 日, 工作日, 个月, 年, 周岁 or an enum name";

/** What may stand before the closing brace of each block, for "expected … or "}"". */
const BLOCK_ITEMS: Record<string, string> = {
  documentDecl: "a document item (title, issuer, source, plan, signed, published, effective, validity, expires, repeals, amends, supersedes, extends, ruling)",
  enumDecl: '","',
  inputDecl: "a field like totalCost: money",
  paramDecl: "a table row like 一级: 500元",
  bandsDecl: "a band like 0元 < x <= 30000元: 53%",
};

/** Where to put a missing closing brace, by the block it closes. */
const CLOSE_HELP: Record<string, string> = {
  documentDecl: 'add "}" after the last document item',
  enumDecl: 'add "}" after the last member',
  inputDecl: 'add "}" after the last field',
  paramDecl: 'add "}" after the last table row',
  bandsDecl: 'add "}" after the last band',
};

/** The shape of each construct, shown as help when the parser stopped inside it. */
const SHAPES: Record<string, string> = {
  header: 'a rule file starts with `document "文号" { … }` or `part 名称 of "文号"`',
  documentDecl: 'a document block is written `document "文号" { title "…" signed 2018-02-01 effective 2018-02-01 … }`',
  partDecl: 'a part is written `part 名称 of "文号"`',
  partClause: "a clause of the block is `carries 部分 @ 条款`, `replaces 部分 by 本文件的部分 @ 条款` or `ends 部分 ruling X1`",
  docItem:
    'document items are `title "…"`, `issuer "…"`, `source "…"`, `plan "…"`, `signed DATE`, `published DATE`, `effective DATE` (or `effective unknown`), `validity DURATION`, `expires DATE`, `repeals "…"`, `amends "…"` (or `amends "…" from DATE`), `supersedes "…"` (with a block of parts: `{ carries P @ … }`), `extends "…" until DATE` and `ruling ID "…"`',
  enumDecl: "an enum is written `enum 名称 { 成员1, 成员2 alias 别名, 成员3 alias (别名1, 别名2) }`",
  enumMember: "an enum member is a name, optionally followed by `alias 别名` or `alias (别名1, 别名2)`",
  inputDecl: 'an input block is written `claim { 字段: type "label" … }` (or `person`, `facts`)',
  inputField:
    'a field is written `name: type`, optionally with `optional` or `signed`, `default 0元 @ 条款` (with its reason) or `required when condition`, and a "label", e.g. `totalCost: money "住院总费用"`',
  typeRef: `a type is one of ${TYPE_LIST}`,
  paramDecl: "a param is written `param 名称: type @ 条款 = value`, or as a table `param 名称: type by 枚举 @ 条款 { 成员: value … }`",
  tableRow: "a table row is written `成员: value`; several members may share one: `成员1, 成员2: value`",
  bandsDecl: "bands are written `bands 名称 @ 条款 { 0元 < x <= 30000元: 53% … }`",
  band: "a band is written `lower < x <= upper: rate`; either edge may be left out, and each may be < or <=",
  valueDecl: "a value is written `value 名称: type @ 条款 = expression`",
  exceptionDecl: "an exception is written `exception 名称 on 目标 when condition then value @ 条款`",
  adjustDecl: "an adjustment is written `adjust 名称 on 目标 when condition then value @ 条款`",
  limitDecl:
    'a carve-out is written `carveout 名称 "不含…" on 目标 when condition @ 条款` (a precondition: `precondition 名称 "在…的前提下" on 目标 when condition @ 条款`)',
  precedenceDecl: "a precedence is written `precedence 例外1 > 例外2 @ 条款`",
  ledgerDecl: "a ledger is written `ledger 名称: cap per year @ 条款 = amount` (or `deductible per year = …`, or `tally per year of …`)",
  statusDecl: "a status is written `status excluded when condition @ 条款` (or `not_applicable`)",
  outputDecl: 'an output is written `output 名称: type "label" @ 条款 = expression`',
  grounds: "grounds are citations such as `@ 第二十七条（三）` followed by `ruling R1, R2`",
  primary: "a value is an amount like 500元, a name, a call like max(a, b), or an expression in parentheses",
};

const VALUE_HELP = "write an amount like 500元, a name like 起付标准, or an expression like 起付标准 * 70%";

const DECLARATION_WORDS = [...T.declarationKeywords].map(keywordWord);

function meantWord(word: string): Meant {
  return meantWords([word]);
}

function keywordWord(type: TokenType): string {
  return type.name.replace(/^kw_/, "");
}

function isKeyword(token: IToken): boolean {
  return token.tokenType.name.startsWith("kw_");
}

function clip(text: string): string {
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}

function describeToken(token: IToken | undefined): string {
  if (!token) return "the end of the file";
  const type = token.tokenType;
  if (type === T.QuotedString || type === T.UnterminatedString) return `the string ${clip(token.image)}`;
  if (type === T.Citation) return `the citation "${clip(token.image)}"`;
  if (isKeyword(token)) return `the keyword "${token.image}"`;
  return `"${clip(token.image)}"`;
}

function describeAfter(prev: IToken | undefined): string {
  if (!prev) return "";
  const type = prev.tokenType;
  if (type === T.QuotedString || type === T.UnterminatedString) return ` after the string ${clip(prev.image)}`;
  if (type === T.Citation) return ` after the citation "${clip(prev.image)}"`;
  return ` after "${clip(prev.image)}"`;
}

function label(type: TokenType): string {
  return type.LABEL ?? type.name;
}

function orList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "something else") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

/** The expectation in plain words, with an optional parenthesized detail. */
function describeExpected(types: TokenType[], rule: string, foundEndsGroup: boolean): { what: string; detail?: string } {
  // Where a keyword may serve as a name (`claim.date`), "a name" says it all.
  if (types.includes(T.Identifier)) types = types.filter((t) => t !== T.Keyword);
  if (types.includes(T.PrimTypeKeyword)) return { what: "a type", detail: `(${TYPE_LIST})` };
  if (types.some((t) => VALUE_STARTERS.has(t))) {
    return { what: "a value", detail: "(an amount like 500元, a name, or an expression)" };
  }
  if (types.length === 1 && types[0] === T.RBrace && !foundEndsGroup && BLOCK_ITEMS[rule]) {
    return { what: `${BLOCK_ITEMS[rule]} or "}"` };
  }
  return { what: orList([...new Set(types.map(label))]) };
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

function innermostShape(ruleStack: string[]): string | undefined {
  for (let i = ruleStack.length - 1; i >= 0; i--) {
    const shape = SHAPES[ruleStack[i]];
    if (shape) return shape;
  }
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
  const foundText = describeToken(found);

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
    const related: Related[] = opener ? [{ span: tokenSpan(ctx.file, opener), message: `"${opener.image}" opened here` }] : [];
    const where = opener ? `the "${opener.image}" at ${positionText(tokenSpan(ctx.file, opener))}` : "a group";
    return error(
      "E0103",
      span,
      `missing ${label(closer)}: ${where} is not closed before ${foundText}`,
      CLOSE_HELP[rule] ?? `add ${label(closer)} where the parenthesized part ends`,
      related,
    );
  }

  if (types.length === 1 && types[0] === T.Identifier && found && isKeyword(found)) return keywordAsName(ctx.file, found);

  const { what, detail } = describeExpected(types, rule, foundEndsGroup);
  const message = `expected ${what}${describeAfter(prev)}${detail ? ` ${detail}` : ""}, found ${foundText}`;
  const meant = suggestion(found, types, rule);
  const help = meant
    ? meantWord(meant)
    : what === "a value"
      ? VALUE_HELP
      : (innermostShape(ruleStack) ??
        (found ? `write ${what} here, or remove ${foundText} if it does not belong` : `write ${what} before the end of the file`));
  return error("E0102", span, message, help);
}

const UNIT_START = /^[元万日天年月个周工]/;

/** `10万`, `3月份`: a number followed by a word that is not one of the units. */
function numberWithoutUnit(file: string, prev: IToken | undefined, found: IToken | undefined): Diagnostic | undefined {
  if (prev?.tokenType !== T.NumberLiteral || found?.tokenType !== T.Identifier || !UNIT_START.test(found.image)) return undefined;
  const span = { ...tokenSpan(file, prev), end: tokenSpan(file, found).end };
  const written = `${prev.image}${found.image}`;
  const help = found.image.startsWith("万")
    ? `an amount in 万元 is written with both characters: ${prev.image}万元`
    : "the units are 元, 万元, %, 个百分点, 日, 工作日, 个月, 年 and 周岁, written right after the number, e.g. 500元 or 1.5万元";
  return error("E0102", span, `"${written}" is not an amount: "${found.image}" is not a unit`, help);
}

export function keywordAsName(file: string, token: IToken): Diagnostic {
  return error(
    "E0111",
    tokenSpan(file, token),
    `"${token.image}" is a keyword and cannot be used as a name`,
    `choose another name; the keywords of the language are listed in docs/language.md`,
  );
}

/** A clause in a supersession's block that starts with none of its three verbs. */
export function unknownPartVerb(file: string, token: IToken): Diagnostic {
  const guess = closest(token.image, ["carries", "replaces", "ends"]);
  return error(
    "E0102",
    tokenSpan(file, token),
    `expected "carries", "replaces" or "ends" in the block of parts, found "${token.image}"`,
    guess ? `did you mean "${guess}"?` : "each of the earlier document's parts is carried over (carries P), replaced (replaces P by Q) or ended (ends P)",
  );
}

/** Whether a word at the start of a line is probably a misspelled declaration keyword (`parm`). */
export function looksLikeDeclarationKeyword(word: string): boolean {
  return closest(word, DECLARATION_WORDS) !== undefined;
}

/** Chinese words for the connectives of conditions, as policy staff may write them. */
const CONNECTIVES: Record<string, string> = { 并且: "and", 而且: "and", 且: "and", 以及: "and", 和: "and", 与: "and", 或者: "or", 或: "or", 或是: "or" };

/** `claim.a 并且 claim.b`: conditions are joined with the keywords `and` and `or`. */
function chineseConnective(file: string, found: IToken | undefined): Diagnostic | undefined {
  const keyword = found?.tokenType === T.Identifier ? CONNECTIVES[found.image] : undefined;
  if (!found || !keyword) return undefined;
  return error(
    "E0102",
    tokenSpan(file, found),
    `conditions are joined with "${keyword}", not "${found.image}"`,
    meantThen(meantWord(keyword), `rule files write "and", "or" and "not" for 并且, 或者 and 不是`),
  );
}

/**
 * `exception 艾滋病 on 起付标准 when claim.aids = 0元 @ …`: the value was written after "=", which inside the
 * condition compares, so the parser only misses "then" at the next declaration. The mistake is the "=".
 */
function valueAfterEquals(ctx: ChunkContext, failedAt: number, keyword: string): Diagnostic | undefined {
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
  const condition = words(when + 1, equals);
  const value = words(equals + 1, groundsAt < 0 ? failedAt : groundsAt);
  return error(
    "E0102",
    tokenSpan(ctx.file, ctx.tokens[equals]!),
    `${keyword === "exception" ? "an exception" : "an adjustment"} gives its value after "then": the "=" after "when" compares, so "${value}" was read as part of the condition`,
    meantThen(meantWord("then"), `write: when ${condition} then ${value}`),
  );
}

/** Text left over after a complete declaration: most often a misspelled or missing declaration keyword. */
export function unexpectedAtTopLevel(file: string, found: IToken, prev: IToken | undefined): Diagnostic {
  const misread = chineseConnective(file, found) ?? numberWithoutUnit(file, prev, found);
  if (misread) return misread;
  const span = tokenSpan(file, found);
  if (CLOSERS.has(found.tokenType)) {
    return error(
      "E0102",
      span,
      `unexpected "${found.image}": nothing is open here for it to close`,
      `remove it, or add the opening bracket it was meant to close`,
    );
  }
  const message = `expected a declaration keyword, found ${describeToken(found)}`;
  if (T.documentItemKeywords.has(found.tokenType)) {
    return error("E0106", span, message, `"${found.image}" belongs inside the document block: \`document "文号" { ${found.image} … }\``);
  }
  const meant = found.tokenType === T.Identifier ? closest(found.image, DECLARATION_WORDS) : undefined;
  if (meant) return error("E0106", span, message, meantWord(meant));
  const continues = prev && prev.startLine === found.startLine && !CLOSERS.has(prev.tokenType);
  const continuation = continues ? ` If it continues the line${describeAfter(prev)}, an operator or "," may be missing.` : "";
  return error("E0106", span, message, `a declaration starts with one of: ${DECLARATION_WORDS.join(", ")}.${continuation}`);
}

/** The file does not start with its header. */
export function missingHeader(file: string, found: IToken | undefined, endOfFile: Pos): Diagnostic {
  const span = found ? tokenSpan(file, found) : pointSpan(file, endOfFile);
  const meant = found?.tokenType === T.Identifier ? closest(found.image, ["document", "part"]) : undefined;
  return error("E0109", span, `a rule file starts with a header (document or part), found ${describeToken(found)}`, meant ? meantWord(meant) : SHAPES.header);
}

/** A second header further down the file. */
export function extraHeader(file: string, found: IToken, first: Span): Diagnostic {
  return error(
    "E0110",
    tokenSpan(file, found),
    `a rule file has one header; this "${found.image}" comes after the first one`,
    "keep one header per file; put the rules of another document in their own file",
    [{ span: first, message: "the header is here" }],
  );
}
