// Token types of the rule language. Patterns that involve CJK text or full-width digits are custom matchers
// running sticky regexes: chevrotain 11 mis-lexes CJK in token patterns that carry the `u` flag, and its
// first-character analysis cannot see through large character classes anyway.
import { createToken, Lexer, type CustomPatternMatcherFunc, type TokenType } from "chevrotain";
import { DIGIT, NUMBER, UNIT_GAP } from "./literals.js";

function sticky(source: string): CustomPatternMatcherFunc {
  const re = new RegExp(source, "y");
  // The lexer reads only the matched text (`[0]`) before it tries the next pattern, so one array per pattern
  // is handed back every time: `exec` would allocate an array and a string per capture group at every token.
  const found: [string] = [""];
  return (text, offset) => {
    re.lastIndex = offset;
    if (!re.test(text)) return null;
    found[0] = text.slice(offset, re.lastIndex);
    return found as unknown as RegExpExecArray;
  };
}

const IDENT_START = "A-Za-z_\\u3007\\u3400-\\u4dbf\\u4e00-\\u9fff";
// After the first character, also the Roman numerals of Unicode's Number Forms, as gazettes print them inside
// words (严重Ⅲ度烧伤): a name keeps the gazette's own spelling, and a case may give it. Like a digit, never first.
const IDENT_PART = `${IDENT_START}0-9\\u2160-\\u2188`;

function charRange(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

const DIGIT_START = [...charRange(0x30, 0x39), ...charRange(0xff10, 0xff19)];
const IDENT_START_CHARS = [...charRange(0x41, 0x5a), ...charRange(0x61, 0x7a), 0x5f, 0x3007, ...charRange(0x3400, 0x4dbf), ...charRange(0x4e00, 0x9fff)];

// ---------------------------------------------------------------- categories

/** Every keyword; a member name after `.` may be any word (`claim.date`). */
export const Keyword = createToken({ name: "Keyword", pattern: Lexer.NA, label: "a keyword" });
export const PrimTypeKeyword = createToken({ name: "PrimTypeKeyword", pattern: Lexer.NA, label: "a type" });
/** `person`, `claim`, `facts` and `x` also stand as names in expressions. */
export const SelfName = createToken({ name: "SelfName", pattern: Lexer.NA, label: "a name" });
export const InputScope = createToken({ name: "InputScope", pattern: Lexer.NA, label: '"person", "claim" or "facts"' });
export const DocTextKey = createToken({ name: "DocTextKey", pattern: Lexer.NA, label: '"title", "issuer", "source" or "plan"' });
export const DocDateKey = createToken({ name: "DocDateKey", pattern: Lexer.NA, label: '"signed" or "published"' });
export const RelationKey = createToken({
  name: "RelationKey",
  pattern: Lexer.NA,
  label: '"repeals", "amends" or "supersedes"',
});
export const CmpOp = createToken({ name: "CmpOp", pattern: Lexer.NA, label: "a comparison (=, !=, <, <=, >, >=)" });
export const BoundOp = createToken({ name: "BoundOp", pattern: Lexer.NA, label: '"<" or "<="' });
export const AddOp = createToken({ name: "AddOp", pattern: Lexer.NA, label: '"+" or "-"' });
export const MulOp = createToken({ name: "MulOp", pattern: Lexer.NA, label: '"*" or "/"' });
export const LedgerOp = createToken({ name: "LedgerOp", pattern: Lexer.NA, label: '"within" or "beyond"' });
export const StringLiteral = createToken({ name: "StringLiteral", pattern: Lexer.NA, label: 'a string in quotes like "…"' });

// ---------------------------------------------------------------- trivia

export const WhiteSpace = createToken({
  name: "WhiteSpace",
  pattern: /[ \t\r\n\u3000\ufeff]+/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});
export const Comment = createToken({ name: "Comment", pattern: /\/\/[^\r\n]*/, group: "comments" });

// ---------------------------------------------------------------- words

export const Identifier = createToken({
  name: "Identifier",
  pattern: sticky(`[${IDENT_START}][${IDENT_PART}]*`),
  line_breaks: false,
  start_chars_hint: IDENT_START_CHARS,
  label: "a name",
});

interface KeywordSpec {
  categories?: TokenType[];
}

const KEYWORD_SPECS: Record<string, KeywordSpec> = {
  document: {},
  part: {},
  of: {},
  title: { categories: [DocTextKey] },
  issuer: { categories: [DocTextKey] },
  source: { categories: [DocTextKey] },
  plan: { categories: [DocTextKey] },
  signed: { categories: [DocDateKey] },
  published: { categories: [DocDateKey] },
  effective: {},
  assumed: {},
  unknown: {},
  validity: {},
  expires: {},
  repeals: { categories: [RelationKey] },
  amends: { categories: [RelationKey] },
  supersedes: { categories: [RelationKey] },
  extends: {},
  until: {},
  ruling: {},
  en: {},
  appeal: {},
  enum: {},
  alias: {},
  person: { categories: [InputScope, SelfName] },
  claim: { categories: [InputScope, SelfName] },
  facts: { categories: [InputScope, SelfName] },
  optional: {},
  default: {},
  required: {},
  money: { categories: [PrimTypeKeyword] },
  rate: { categories: [PrimTypeKeyword] },
  points: { categories: [PrimTypeKeyword] },
  int: { categories: [PrimTypeKeyword] },
  decimal: { categories: [PrimTypeKeyword] },
  bool: { categories: [PrimTypeKeyword] },
  date: { categories: [PrimTypeKeyword] },
  claimref: { categories: [PrimTypeKeyword] },
  param: {},
  by: {},
  bands: {},
  x: { categories: [SelfName] },
  value: {},
  exception: {},
  on: {},
  when: {},
  adjust: {},
  carveout: {},
  precondition: {},
  precedence: {},
  ledger: {},
  cap: {},
  deductible: {},
  tally: {},
  per: {},
  year: {},
  status: {},
  excluded: {},
  not_applicable: {},
  output: {},
  if: {},
  then: {},
  else: {},
  and: {},
  or: {},
  not: {},
  in: {},
  within: { categories: [LedgerOp] },
  beyond: { categories: [LedgerOp] },
  true: {},
  false: {},
  template: {},
  override: {},
  foreach: {},
  covering: {},
  choose: {},
  highest: {},
};

/**
 * Keyword token types by their word. The lexer reads every word as an Identifier and gives a word that is a
 * keyword its keyword's type (lexer.ts): the same tokens as a pattern per keyword with Identifier as the longer
 * alternative, without trying each keyword that starts with the word's letter at every word.
 */
export const keywords: ReadonlyMap<string, TokenType> = new Map(
  Object.entries(KEYWORD_SPECS).map(([word, spec]) => [
    word,
    createToken({
      name: `kw_${word}`,
      pattern: Lexer.NA,
      categories: [Keyword, ...(spec.categories ?? [])],
      label: `"${word}"`,
    }),
  ]),
);

function kw(word: string): TokenType {
  const type = keywords.get(word);
  if (!type) throw new Error(`unknown keyword ${word}`);
  return type;
}

export const Document = kw("document");
export const Part = kw("part");
export const Of = kw("of");
export const Effective = kw("effective");
export const Assumed = kw("assumed");
export const Unknown = kw("unknown");
export const Validity = kw("validity");
export const Expires = kw("expires");
export const Extends = kw("extends");
export const Until = kw("until");
export const Ruling = kw("ruling");
export const En = kw("en");
export const Appeal = kw("appeal");
export const Enum = kw("enum");
export const Alias = kw("alias");
export const Optional = kw("optional");
export const Default = kw("default");
export const Required = kw("required");
export const Param = kw("param");
export const By = kw("by");
export const Bands = kw("bands");
export const X = kw("x");
export const Value = kw("value");
export const Exception = kw("exception");
export const On = kw("on");
export const When = kw("when");
export const Adjust = kw("adjust");
export const Carveout = kw("carveout");
export const Precondition = kw("precondition");
export const Precedence = kw("precedence");
export const Ledger = kw("ledger");
export const Cap = kw("cap");
export const Deductible = kw("deductible");
export const Tally = kw("tally");
export const Per = kw("per");
export const Year = kw("year");
export const Status = kw("status");
export const Excluded = kw("excluded");
export const NotApplicable = kw("not_applicable");
export const Output = kw("output");
export const If = kw("if");
export const Then = kw("then");
export const Else = kw("else");
export const And = kw("and");
export const Or = kw("or");
export const Not = kw("not");
export const In = kw("in");
export const True = kw("true");
export const Template = kw("template");
export const Override = kw("override");
export const Foreach = kw("foreach");
export const Covering = kw("covering");
export const Choose = kw("choose");
export const Highest = kw("highest");
export const False = kw("false");

/** The words that open a top-level declaration (`person`, `claim`, `facts` only when a `{` follows). */
export const DECLARATION_WORDS: readonly string[] = [
  "enum",
  "person",
  "claim",
  "facts",
  "param",
  "bands",
  "value",
  "exception",
  "adjust",
  "carveout",
  "precondition",
  "precedence",
  "ledger",
  "status",
  "output",
  "foreach",
  "override",
];
export const declarationKeywords: ReadonlySet<TokenType> = new Set(DECLARATION_WORDS.map(kw));
export const headerKeywords: ReadonlySet<TokenType> = new Set([Document, Part, Template]);
/** The words that open an item of a document block. */
export const DOCUMENT_ITEM_WORDS: readonly string[] = [
  "title",
  "issuer",
  "source",
  "plan",
  "signed",
  "published",
  "effective",
  "validity",
  "expires",
  "repeals",
  "amends",
  "supersedes",
  "extends",
  "ruling",
  "appeal",
];
export const documentItemKeywords: ReadonlySet<TokenType> = new Set(DOCUMENT_ITEM_WORDS.map(kw));

// ---------------------------------------------------------------- literals

// Tried in this order: a date before a duration (`2023年6月7日` vs `3年`), any suffixed number before a bare one.
export const DateLiteral = createToken({
  name: "DateLiteral",
  // An incomplete `2023年6月` is still taken as a date so that it is reported as one.
  pattern: sticky(`${DIGIT}{4}(?:-${DIGIT}{1,2}-${DIGIT}{1,2}(?!${DIGIT})|年${DIGIT}{1,2}月(?:${DIGIT}{1,2}日?)?)`),
  line_breaks: false,
  start_chars_hint: DIGIT_START,
  label: "a date like 2018-02-01",
});
export const MoneyLiteral = createToken({
  name: "MoneyLiteral",
  pattern: sticky(`${NUMBER}${UNIT_GAP}(?:万元|元)`),
  line_breaks: false,
  start_chars_hint: DIGIT_START,
  label: "an amount like 500元",
});
export const PercentLiteral = createToken({
  name: "PercentLiteral",
  pattern: sticky(`${NUMBER}${UNIT_GAP}[%％]`),
  line_breaks: false,
  start_chars_hint: DIGIT_START,
  label: "a percentage like 70%",
});
export const PointsLiteral = createToken({
  name: "PointsLiteral",
  pattern: sticky(`${NUMBER}${UNIT_GAP}个百分点`),
  line_breaks: false,
  start_chars_hint: DIGIT_START,
  label: "percentage points like 5个百分点",
});
export const DurationLiteral = createToken({
  name: "DurationLiteral",
  // Decimals are matched so that `1.5年` is reported as a fractional duration, not as `1.5` and a name.
  pattern: sticky(`${NUMBER}${UNIT_GAP}(?:个工作日|个月|工作日|周岁|日|天|月|年)`),
  line_breaks: false,
  start_chars_hint: DIGIT_START,
  label: "a duration like 30日",
});
export const NumberLiteral = createToken({
  name: "NumberLiteral",
  pattern: sticky(NUMBER),
  line_breaks: false,
  start_chars_hint: DIGIT_START,
  label: "a number",
});

const STRING_BODY = (close: string) => `(?:[^${close}\\\\\\r\\n]|\\\\[^\\r\\n])*`;

export const QuotedString = createToken({
  name: "QuotedString",
  pattern: sticky(`"${STRING_BODY('"')}"|“${STRING_BODY("”")}”`),
  line_breaks: false,
  start_chars_hint: ['"', "“"],
  categories: [StringLiteral],
  label: 'a string in quotes like "…"',
});
/** A string cut off by the end of its line; reported by the lexer and otherwise parsed as a string. */
export const UnterminatedString = createToken({
  name: "UnterminatedString",
  pattern: sticky(`"${STRING_BODY('"')}\\\\?|“${STRING_BODY("”")}\\\\?`),
  line_breaks: false,
  start_chars_hint: ['"', "“"],
  categories: [StringLiteral],
  label: 'a string in quotes like "…"',
});

/** `@ 第二十七条（三）`: the path runs to whitespace, one of `;,{}=`, or a comment. */
export const Citation = createToken({
  name: "Citation",
  pattern: sticky(`@[ \\t\\u3000]*(?:[^\\s;,{}=/]|/(?!/))*`),
  line_breaks: false,
  start_chars_hint: ["@"],
  label: "a citation like @ 第二十七条",
});

// ---------------------------------------------------------------- punctuation

export const LBrace = createToken({ name: "LBrace", pattern: "{", label: '"{"' });
export const RBrace = createToken({ name: "RBrace", pattern: "}", label: '"}"' });
export const LParen = createToken({ name: "LParen", pattern: "(", label: '"("' });
export const RParen = createToken({ name: "RParen", pattern: ")", label: '")"' });
export const LBracket = createToken({ name: "LBracket", pattern: "[", label: '"["' });
export const RBracket = createToken({ name: "RBracket", pattern: "]", label: '"]"' });
export const Comma = createToken({ name: "Comma", pattern: ",", label: '","' });
export const Colon = createToken({ name: "Colon", pattern: ":", label: '":"' });
export const Semicolon = createToken({ name: "Semicolon", pattern: ";", label: '";"' });
export const Dot = createToken({ name: "Dot", pattern: ".", label: '"."' });
export const NotEq = createToken({ name: "NotEq", pattern: "!=", categories: [CmpOp], label: '"!="' });
export const Eq = createToken({ name: "Eq", pattern: "=", categories: [CmpOp], label: '"="' });
export const Le = createToken({ name: "Le", pattern: "<=", categories: [CmpOp, BoundOp], label: '"<="' });
export const Lt = createToken({ name: "Lt", pattern: "<", categories: [CmpOp, BoundOp], label: '"<"' });
export const Ge = createToken({ name: "Ge", pattern: ">=", categories: [CmpOp], label: '">="' });
export const Gt = createToken({ name: "Gt", pattern: ">", categories: [CmpOp], label: '">"' });
export const Plus = createToken({ name: "Plus", pattern: "+", categories: [AddOp], label: '"+"' });
export const Minus = createToken({ name: "Minus", pattern: "-", categories: [AddOp], label: '"-"' });
export const Star = createToken({ name: "Star", pattern: "*", categories: [MulOp], label: '"*"' });
export const Slash = createToken({ name: "Slash", pattern: "/", categories: [MulOp], label: '"/"' });

/** Lexer order: first match wins. */
export const lexerTokens: TokenType[] = [
  WhiteSpace,
  Comment,
  DateLiteral,
  MoneyLiteral,
  PercentLiteral,
  PointsLiteral,
  DurationLiteral,
  NumberLiteral,
  QuotedString,
  UnterminatedString,
  Citation,
  Identifier,
  LBrace,
  RBrace,
  LParen,
  RParen,
  LBracket,
  RBracket,
  Comma,
  Colon,
  Semicolon,
  Dot,
  NotEq,
  Le,
  Lt,
  Ge,
  Gt,
  Eq,
  Plus,
  Minus,
  Star,
  Slash,
];

/** Every token type the parser may meet, categories included. */
export const allTokens: TokenType[] = [
  Keyword,
  PrimTypeKeyword,
  SelfName,
  InputScope,
  DocTextKey,
  DocDateKey,
  RelationKey,
  CmpOp,
  BoundOp,
  AddOp,
  MulOp,
  LedgerOp,
  StringLiteral,
  ...keywords.values(),
  ...lexerTokens,
];
