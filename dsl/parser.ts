// Parses a rule file. Every declaration starts with a reserved keyword that cannot occur inside another one,
// so the token stream is cut at those keywords and each piece is parsed on its own: an error is reported
// where it is and parsing resumes at the next declaration, without errors cascading from one to the next.
import type { IToken, TokenType } from "chevrotain";
import type { Decl, DocumentDecl, PartDecl, PolicyFile, TemplateDecl } from "./ast.js";
import { attachComments } from "./comments.js";
import { markBlankLines } from "./blank-lines.js";
import { hasErrors, sortDiagnostics, type Diagnostic } from "./diagnostic.js";
import { grammar } from "./grammar.js";
import { lex } from "./lexer.js";
import { checkDeclShape, checkText, checkTokens, NestedTooDeep, nestedTooDeep } from "./limits.js";
import { endOfText } from "./span.js";
import { extraHeader, looksLikeDeclarationKeyword, missingHeader, syntaxDiagnostic, unexpectedAtTopLevel, type ChunkContext } from "./syntax-errors.js";
import { Bands, declarationKeywords, Document, Dot, Enum, Eq, headerKeywords, Identifier, InputScope, LBrace, Override, Param } from "./tokens.js";

const blockKeywords: ReadonlySet<TokenType> = new Set([Document, Enum, Bands]);

export interface ParseResult {
  /** Undefined when the file has syntax errors. */
  ast: PolicyFile | undefined;
  /**
   * When the file has syntax errors: its header and the declarations that parsed without any, so that an
   * editor still knows the names of a file while one line of it is half-typed. Undefined when the header
   * itself does not parse.
   */
  partial?: PolicyFile;
  /** Every syntax error of the file, in source order. */
  diagnostics: Diagnostic[];
}

function startsChunk(tokens: IToken[], i: number): boolean {
  const token = tokens[i];
  const type = token.tokenType;
  // A misspelled keyword at the start of a line (`parm`) most likely starts a declaration too.
  if (type === Identifier && token.startColumn === 1) return looksLikeDeclarationKeyword(token.image);
  if (!declarationKeywords.has(type) && !headerKeywords.has(type)) return false;
  // `override param …` is one declaration.
  if (i > 0 && tokens[i - 1].tokenType === Override) return false;
  // `claim.status` names a field; `claim {` opens a declaration but `claim.x` does not.
  if (i > 0 && tokens[i - 1].tokenType === Dot) return false;
  return type.CATEGORIES?.includes(InputScope) ? tokens[i + 1]?.tokenType === LBrace : true;
}

/** Whether the declaration of `chunk` is a block of items: a document, enum, input, table or bands. */
function isBlock(chunk: IToken[]): boolean {
  const type = chunk[0].tokenType;
  if (type !== Param) return blockKeywords.has(type) || type.CATEGORIES?.includes(InputScope) === true;
  const brace = chunk.findIndex((t) => t.tokenType === LBrace);
  const equals = chunk.findIndex((t) => t.tokenType === Eq);
  return brace >= 0 && (equals < 0 || brace < equals);
}

function splitAtDeclarations(tokens: IToken[]): IToken[][] {
  const chunks: IToken[][] = [];
  let start = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || startsChunk(tokens, i)) {
      chunks.push(tokens.slice(start, i));
      start = i;
    }
  }
  return tokens.length ? chunks : [];
}

/**
 * Runs `rule` over one chunk and returns what it built with the errors worth showing. After an error the
 * parser needs a few tokens to regain its footing, and what it reports meanwhile are echoes of that error.
 * Items of a block start on lines of their own, so an error on a later line of a block is a mistake of its
 * own; anywhere else the first error of a declaration is the one to fix.
 */
function parseChunk<T>(rule: () => T, ctx: ChunkContext): { node: T | undefined; diagnostics: Diagnostic[] } {
  grammar.load(ctx.file, ctx.tokens);
  let node: T;
  try {
    node = rule();
  } catch (e) {
    if (e instanceof NestedTooDeep) return { node: undefined, diagnostics: [nestedTooDeep(ctx.file, e)] };
    throw e;
  }
  const found: Diagnostic[] = [...grammar.reports];
  for (const e of grammar.errors) {
    // Text left over after a failed declaration is where recovery gave up, not a further mistake.
    if (e.name === "NotAllInputParsedException" && grammar.errors.length > 1) continue;
    const diagnostic = syntaxDiagnostic(e, ctx);
    if (diagnostic) found.push(diagnostic);
  }
  const several = isBlock(ctx.tokens);
  const diagnostics = sortDiagnostics(found).filter((d, i, all) => i === 0 || (several && d.span.start.line > all[i - 1].span.start.line));
  return { node, diagnostics };
}

export function parse(file: string, text: string): ParseResult {
  // A file beyond a limit is read no further than the limit allows (dsl/limits.ts).
  const textProblems = checkText(file, text);
  if (textProblems.length) return { ast: undefined, diagnostics: sortDiagnostics(textProblems) };
  const lexed = lex(file, text);
  const tokenProblems = checkTokens(file, lexed.tokens);
  if (tokenProblems.length) return { ast: undefined, diagnostics: sortDiagnostics([...lexed.diagnostics, ...tokenProblems]) };
  const diagnostics = [...lexed.diagnostics];
  const endOfFile = endOfText(text);
  const lexErrorOffsets = lexed.diagnostics.filter((d) => d.code === "E0101").map((d) => d.span.start.offset);
  const chunks = splitAtDeclarations(lexed.tokens);

  let header: DocumentDecl | PartDecl | TemplateDecl | undefined;
  let headerClean = false;
  const decls: Decl[] = [];
  const cleanDecls: Decl[] = [];
  chunks.forEach((tokens, i) => {
    const first = tokens[0];
    const ctx: ChunkContext = { file, tokens, next: chunks[i + 1]?.[0], endOfFile, lexErrorOffsets, text };
    const end = chunks[i + 1]?.[0]?.startOffset ?? text.length;
    const run = <T>(rule: () => T): { node: T | undefined; clean: boolean } => {
      const result = parseChunk(rule, ctx);
      diagnostics.push(...result.diagnostics);
      const clean = result.diagnostics.length === 0 && !lexed.diagnostics.some((d) => d.span.start.offset >= first.startOffset && d.span.start.offset < end);
      return { node: result.node, clean };
    };
    if (headerKeywords.has(first.tokenType)) {
      if (header) diagnostics.push(extraHeader(file, first, header.span));
      else ({ node: header, clean: headerClean } = run(() => grammar.header()));
      return;
    }
    if (i === 0) diagnostics.push(missingHeader(file, first, endOfFile));
    if (declarationKeywords.has(first.tokenType)) {
      const { node, clean } = run(() => grammar.declaration());
      if (!node) return;
      decls.push(node);
      if (!clean) return;
      // Past a limit of its shape a declaration is left out even of a partial tree: every later stage recurses.
      const shape = checkDeclShape(node);
      diagnostics.push(...shape);
      if (!shape.length) cleanDecls.push(node);
    } else if (i > 0) {
      const previous = chunks[i - 1];
      diagnostics.push(unexpectedAtTopLevel(file, first, previous[previous.length - 1]));
    }
  });
  if (chunks.length === 0) diagnostics.push(missingHeader(file, undefined, endOfFile));

  sortDiagnostics(diagnostics);
  if (!header || hasErrors(diagnostics)) {
    const partial: PolicyFile | undefined = header && headerClean ? { kind: "PolicyFile", file, header, decls: cleanDecls } : undefined;
    return { ast: undefined, diagnostics, ...(partial ? { partial } : {}) };
  }
  const ast: PolicyFile = { kind: "PolicyFile", file, header, decls };
  attachComments(ast, lexed.comments, lexed.tokens);
  markBlankLines(ast, text);
  return { ast, diagnostics };
}
