// The rule-language grammar (docs/language.md) as a chevrotain parser that builds the AST directly.
// One instance is created at module load and reused: chevrotain's grammar analysis runs once.
import { EmbeddedActionsParser, tokenMatcher, type IOrAlt, type IToken, type TokenType } from "chevrotain";
import type * as A from "./ast.js";
import { compiled } from "./compiled.js";
import { durationTypeUnit, readDate, readDigits, readDuration, readMoney } from "./literals.js";
import { tokenSpan, tokensSpan } from "./span.js";
import type { Diagnostic } from "./diagnostic.js";
import { LIMITS, NestedTooDeep } from "./limits.js";
import { keywordAsName, problemMessages, unknownPartVerb } from "./syntax-errors.js";
import * as T from "./tokens.js";

/** Narrows a token's text to one of the words its token category admits. */
function oneOf<W extends string>(word: string, words: readonly W[]): W {
  return words.find((w) => w === word) ?? words[0];
}

const PART_VERBS = ["carries", "replaces", "ends"] as const;

const PRIM_NAMES = ["money", "rate", "points", "int", "decimal", "bool", "date", "claimref"] as const;

/** Keywords that join the parts of a declaration, so they never stand in for a missing name. */
const CONNECTIVES: ReadonlySet<TokenType> = new Set([T.On, T.When, T.Then, T.Of, T.Alias, T.By, T.Per, T.Default, T.Required, T.Until, T.Assumed, T.Ruling]);

/** The text of a string token; an unterminated one (already reported) has no closing quote to drop. */
function unquote(token: IToken): string {
  const curly = token.image.startsWith("“");
  const body = token.tokenType === T.QuotedString ? token.image.slice(1, -1) : token.image.slice(1);
  return body.replace(curly ? /\\([”\\])/g : /\\(["\\])/g, "$1");
}

function mergeGrounds(a: A.Grounds, b: A.Grounds): A.Grounds {
  return { citations: [...a.citations, ...b.citations], rulings: [...a.rulings, ...b.rulings] };
}

type Conditional = Pick<A.ExceptionDecl, "name" | "target" | "when" | "value" | "grounds" | "span">;

/** What follows the left side of a comparison: an operator and its right side, or `[not] in {…}`. */
type Comparison = { op: A.BinaryOp; right: A.Expr } | { members: A.Ident[]; negated: boolean };

/** One `.member` or `[index]` after a primary expression. */
type Postfix = { member: A.Ident } | { index: A.Expr };

class RuleGrammar extends EmbeddedActionsParser {
  private file = "";
  /** Problems found while building the tree, beside chevrotain's own errors. */
  reports: Diagnostic[] = [];
  /** How many expressions the one being read is nested in (see `nested`). */
  private depth = 0;
  // Each OR's alternatives are made on its first call and kept (chevrotain's advice for speed): a fresh array of
  // objects and closures per call was most of what parsing allocated. They close over nothing but the parser.
  private headerAlts?: IOrAlt<A.DocumentDecl | A.PartDecl | A.TemplateDecl>[];
  private docItemAlts?: IOrAlt<A.DocItem>[];
  private declarationAlts?: IOrAlt<A.Decl>[];
  private enumMemberAlts?: IOrAlt<A.Ident[]>[];
  private typeRefAlts?: IOrAlt<A.TypeRef>[];
  private paramDeclAlts?: IOrAlt<Pick<A.ParamDecl, "value" | "rows">>[];
  private limitDeclAlts?: IOrAlt<IToken>[];
  private ledgerDeclAlts?: IOrAlt<Pick<A.LedgerDecl, "ledgerKind" | "amount" | "grounds">>[];
  private ledgerDeclAlts2?: IOrAlt<IToken>[];
  private statusDeclAlts?: IOrAlt<IToken>[];
  private exprAlts?: IOrAlt<A.Expr>[];
  private notExprAlts?: IOrAlt<A.Expr>[];
  private cmpExprAlts?: IOrAlt<Comparison>[];
  private unaryExprAlts?: IOrAlt<A.Expr>[];
  private postfixExprAlts?: IOrAlt<Postfix>[];
  private primaryAlts?: IOrAlt<A.Expr>[];
  private primaryAlts2?: IOrAlt<IToken>[];
  private literalAlts?: IOrAlt<A.Literal>[];
  private declNameAlts?: IOrAlt<IToken>[];
  private wordAlts?: IOrAlt<IToken>[];

  constructor() {
    super(T.allTokens, { recoveryEnabled: true, maxLookahead: 3, errorMessageProvider: problemMessages, skipValidations: compiled });
    this.performSelfAnalysis();
  }

  /** Points the parser at the tokens of one declaration (or the header) of `file`. */
  load(file: string, tokens: IToken[]): void {
    this.file = file;
    this.reports = [];
    this.depth = 0;
    this.input = tokens;
  }

  private span(first: IToken): A.Span {
    return tokensSpan(this.file, first, this.LA(0));
  }

  private ident(token: IToken): A.Ident {
    return { kind: "Ident", name: token.image, span: tokenSpan(this.file, token) };
  }

  private citation(token: IToken): A.Citation {
    return { kind: "Citation", path: token.image.replace(/^@[ \t\u3000]*/, ""), span: tokenSpan(this.file, token) };
  }

  // ------------------------------------------------------------ header

  header = this.RULE("header", (): A.DocumentDecl | A.PartDecl | A.TemplateDecl => {
    const header = this.OR<A.DocumentDecl | A.PartDecl | A.TemplateDecl>(
      (this.headerAlts ??= [
        { ALT: () => this.SUBRULE(this.documentDecl) },
        { ALT: () => this.SUBRULE(this.partDecl) },
        { ALT: () => this.SUBRULE(this.templateDecl) },
      ]),
    );
    this.OPTION(() => this.CONSUME(T.Semicolon));
    return header;
  });

  private documentDecl = this.RULE("documentDecl", (): A.DocumentDecl => {
    const first = this.CONSUME(T.Document);
    const number = this.SUBRULE(this.string);
    const template = this.OPTION2(() => {
      this.CONSUME(T.Extends);
      return this.SUBRULE(this.declName);
    });
    this.CONSUME(T.LBrace);
    const items: A.DocItem[] = [];
    this.MANY(() => {
      items.push(this.SUBRULE(this.docItem));
      this.OPTION(() => this.CONSUME(T.Semicolon));
    });
    this.CONSUME(T.RBrace);
    return { kind: "DocumentDecl", number, ...(template ? { template } : {}), items, span: this.span(first) };
  });

  private templateDecl = this.RULE("templateDecl", (): A.TemplateDecl => {
    const first = this.CONSUME(T.Template);
    const name = this.SUBRULE(this.declName);
    const base = this.OPTION2(() => {
      this.CONSUME(T.Extends);
      return this.SUBRULE2(this.declName);
    });
    const title = this.OPTION(() => this.SUBRULE(this.string));
    return { kind: "TemplateDecl", name, ...(base ? { base } : {}), ...(title ? { title } : {}), span: this.span(first) };
  });

  private partDecl = this.RULE("partDecl", (): A.PartDecl => {
    const first = this.CONSUME(T.Part);
    const name = this.SUBRULE(this.declName);
    this.CONSUME(T.Of);
    const document = this.SUBRULE(this.string);
    const template = this.OPTION(() => {
      this.CONSUME(T.Extends);
      return this.SUBRULE2(this.declName);
    });
    return { kind: "PartDecl", name, document, ...(template ? { template } : {}), span: this.span(first) };
  });

  private docItem = this.RULE("docItem", (): A.DocItem => {
    return this.OR<A.DocItem>(
      (this.docItemAlts ??= [
        {
          ALT: () => {
            const first = this.CONSUME(T.DocTextKey);
            const key = oneOf(first.image, ["title", "issuer", "source", "plan"]);
            const value = this.SUBRULE(this.string);
            return { kind: "DocText", key, value, span: this.span(first) };
          },
        },
        {
          ALT: () => {
            const first = this.CONSUME(T.DocDateKey);
            const key = oneOf(first.image, ["signed", "published"]);
            const value = this.SUBRULE(this.date);
            return { kind: "DocDate", key, value, span: this.span(first) };
          },
        },
        {
          ALT: () => {
            const first = this.CONSUME2(T.Effective);
            this.CONSUME(T.Unknown);
            return { kind: "DocEffectiveUnknown", span: this.span(first) };
          },
        },
        {
          ALT: () => {
            const first = this.CONSUME(T.Effective);
            const value = this.SUBRULE2(this.date);
            const assumed = this.OPTION(() => {
              this.CONSUME(T.Assumed);
              return this.ident(this.CONSUME(T.Identifier));
            });
            const grounds = this.SUBRULE(this.grounds);
            return { kind: "DocEffective", value, ...(assumed ? { assumed } : {}), grounds, span: this.span(first) };
          },
        },
        {
          ALT: () => {
            const first = this.CONSUME(T.Validity);
            const duration = this.SUBRULE(this.duration);
            const grounds = this.SUBRULE2(this.grounds);
            return { kind: "DocValidity", duration, grounds, span: this.span(first) };
          },
        },
        {
          ALT: () => {
            const first = this.CONSUME(T.Expires);
            const value = this.SUBRULE3(this.date);
            const grounds = this.SUBRULE3(this.grounds);
            return { kind: "DocExpires", value, grounds, span: this.span(first) };
          },
        },
        {
          ALT: () => {
            const first = this.CONSUME(T.RelationKey);
            const relation = oneOf(first.image, ["repeals", "amends", "supersedes"]);
            const target = this.SUBRULE2(this.string);
            // `from` is a word only here (`amends "…" from 2025-01-01`), so it stays available as a name.
            const from = this.OPTION2({
              GATE: () => this.LA(1).image === "from",
              DEF: () => {
                this.CONSUME3(T.Identifier);
                return this.SUBRULE5(this.date);
              },
            });
            const grounds = this.SUBRULE4(this.grounds);
            const parts = this.OPTION3(() => {
              this.CONSUME(T.LBrace);
              const clauses: A.PartClause[] = [];
              this.MANY(() => {
                clauses.push(this.SUBRULE(this.partClause));
                this.OPTION4(() => this.CONSUME(T.Semicolon));
              });
              this.CONSUME(T.RBrace);
              return clauses;
            });
            return { kind: "DocRelation", relation, target, ...(from ? { from } : {}), grounds, ...(parts ? { parts } : {}), span: this.span(first) };
          },
        },
        {
          ALT: () => {
            const first = this.CONSUME(T.Extends);
            const target = this.SUBRULE3(this.string);
            this.CONSUME(T.Until);
            const until = this.SUBRULE4(this.date);
            const grounds = this.SUBRULE5(this.grounds);
            return { kind: "DocRelation", relation: "extends", target, until, grounds, span: this.span(first) };
          },
        },
        {
          ALT: () => {
            const first = this.CONSUME(T.Ruling);
            const id = this.ident(this.CONSUME2(T.Identifier));
            const text = this.SUBRULE4(this.string);
            const en = this.OPTION5(() => {
              this.CONSUME(T.En);
              return this.SUBRULE7(this.string);
            });
            return { kind: "DocRuling", id, text, ...(en ? { en } : {}), span: this.span(first) };
          },
        },
        {
          ALT: () => {
            const first = this.CONSUME(T.Appeal);
            const text = this.SUBRULE5(this.string);
            const grounds = this.SUBRULE6(this.grounds);
            return { kind: "DocAppeal", text, grounds, span: this.span(first) };
          },
        },
      ]),
    );
  });

  /**
   * What a superseding or repealing document does with one of the earlier document's part files:
   * `carries 资助参保, 大病保险倾斜 @ 四`, `replaces 免除住院押金 by 押金减免 @ 二（六）`, `ends 名单报送期限 ruling X2`.
   * The verbs are words only here.
   */
  private partClause = this.RULE("partClause", (): A.PartClause => {
    const verb = this.CONSUME(T.Identifier);
    const names = [this.SUBRULE(this.declName)];
    this.MANY(() => {
      this.CONSUME(T.Comma);
      names.push(this.SUBRULE2(this.declName));
    });
    const by = this.OPTION(() => {
      this.CONSUME(T.By);
      return this.SUBRULE3(this.declName);
    });
    const grounds = this.SUBRULE(this.grounds);
    return this.ACTION(() => {
      const action = PART_VERBS.find((v) => v === verb.image);
      if (!action) this.reports.push(unknownPartVerb(this.file, verb));
      return { kind: "PartClause", action: action ?? "carries", verb: this.ident(verb), names, ...(by ? { by } : {}), grounds, span: this.span(verb) };
    });
  });

  // ------------------------------------------------------------ declarations

  declaration = this.RULE("declaration", (): A.Decl => {
    const override = this.OPTION2(() => this.CONSUME(T.Override));
    const decl = this.OR<A.Decl>(
      (this.declarationAlts ??= [
        { ALT: () => this.SUBRULE(this.enumDecl) },
        { ALT: () => this.SUBRULE(this.inputDecl) },
        { ALT: () => this.SUBRULE(this.paramDecl) },
        { ALT: () => this.SUBRULE(this.bandsDecl) },
        { ALT: () => this.SUBRULE(this.valueDecl) },
        { ALT: () => this.SUBRULE(this.exceptionDecl) },
        { ALT: () => this.SUBRULE(this.adjustDecl) },
        { ALT: () => this.SUBRULE(this.limitDecl) },
        { ALT: () => this.SUBRULE(this.precedenceDecl) },
        { ALT: () => this.SUBRULE(this.ledgerDecl) },
        { ALT: () => this.SUBRULE(this.statusDecl) },
        { ALT: () => this.SUBRULE(this.outputDecl) },
        { ALT: () => this.SUBRULE(this.foreachDecl) },
      ]),
    );
    this.OPTION(() => this.CONSUME(T.Semicolon));
    // After an error inside it, recovery may leave no declaration at all (reported already).
    return override && decl ? this.ACTION(() => ({ ...decl, override: true, span: { ...decl.span, start: tokenSpan(this.file, override).start } })) : decl;
  });

  private enumDecl = this.RULE("enumDecl", (): A.EnumDecl => {
    const first = this.CONSUME(T.Enum);
    const name = this.SUBRULE(this.declName);
    const parent = this.OPTION3(() => {
      this.CONSUME(T.Of);
      return this.SUBRULE2(this.declName);
    });
    this.CONSUME(T.LBrace);
    const members = [this.SUBRULE(this.enumMember)];
    this.MANY(() => {
      this.CONSUME(T.Comma);
      members.push(this.SUBRULE2(this.enumMember));
    });
    this.OPTION(() => this.CONSUME2(T.Comma));
    this.CONSUME(T.RBrace);
    return { kind: "EnumDecl", name, ...(parent ? { parent } : {}), members, span: this.span(first) };
  });

  private enumMember = this.RULE("enumMember", (): A.EnumMember => {
    const first = this.LA(1);
    const name = this.SUBRULE(this.declName);
    const aliases =
      this.OPTION(() => {
        this.CONSUME(T.Alias);
        return this.OR<A.Ident[]>(
          (this.enumMemberAlts ??= [
            { ALT: () => [this.ident(this.CONSUME2(T.Identifier))] },
            {
              ALT: () => {
                this.CONSUME(T.LParen);
                const list = [this.ident(this.CONSUME3(T.Identifier))];
                this.MANY(() => {
                  this.CONSUME(T.Comma);
                  list.push(this.ident(this.CONSUME4(T.Identifier)));
                });
                this.CONSUME(T.RParen);
                return list;
              },
            },
          ]),
        );
      }) ?? [];
    return { name, aliases, span: this.span(first) };
  });

  private inputDecl = this.RULE("inputDecl", (): A.InputDecl => {
    const first = this.CONSUME(T.InputScope);
    this.CONSUME(T.LBrace);
    const fields: A.InputField[] = [];
    this.MANY(() => {
      fields.push(this.SUBRULE(this.inputField));
      this.OPTION(() => this.CONSUME(T.Semicolon));
    });
    this.CONSUME(T.RBrace);
    const scope = oneOf(first.image, ["person", "claim", "facts"]);
    return { kind: "InputDecl", scope, fields, span: this.span(first) };
  });

  private inputField = this.RULE("inputField", (): A.InputField => {
    const first = this.LA(1);
    const name = this.SUBRULE(this.word);
    this.CONSUME(T.Colon);
    const optional = this.OPTION(() => this.CONSUME(T.Optional)) !== undefined;
    // `signed` is otherwise a document item (`signed 2018-02-01`); before a type it marks a number that may be negative.
    const signed = this.OPTION4({ GATE: () => this.LA(1).image === "signed", DEF: () => this.CONSUME(T.DocDateKey) }) !== undefined;
    const type = this.SUBRULE(this.typeRef);
    // `default: int` on the next line is a field named `default`; likewise `required`. Both a default and a
    // condition are read, so that the checker can say why they do not go together.
    const defaulted = this.OPTION2({
      GATE: () => !tokenMatcher(this.LA(2), T.Colon),
      DEF: () => {
        this.CONSUME(T.Default);
        const value = this.SUBRULE(this.literal);
        const derived = this.OPTION5(() => {
          this.CONSUME(T.Per);
          return this.SUBRULE(this.string);
        });
        // A field's label may follow its ruling: `default 0元 ruling X9 "乙类药品费用"`.
        const defaultGrounds = this.SUBRULE(this.grounds, { ARGS: [true] });
        return { default: derived ? this.ACTION(() => ({ ...value, derived })) : value, defaultGrounds };
      },
    });
    const requiredWhen = this.OPTION6({
      GATE: () => !tokenMatcher(this.LA(2), T.Colon),
      DEF: () => {
        this.CONSUME(T.Required);
        this.CONSUME(T.When);
        return this.SUBRULE(this.expr);
      },
    });
    const label = this.OPTION3(() => this.SUBRULE2(this.string));
    return {
      name,
      type,
      optional,
      ...(signed ? { signed } : {}),
      ...defaulted,
      ...(requiredWhen ? { requiredWhen } : {}),
      ...(label ? { label } : {}),
      span: this.span(first),
    };
  });

  private typeRef = this.RULE(
    "typeRef",
    (): A.TypeRef =>
      this.OR<A.TypeRef>(
        (this.typeRefAlts ??= [
          {
            ALT: () => {
              const token = this.CONSUME(T.PrimTypeKeyword);
              return { kind: "PrimType", name: oneOf(token.image, PRIM_NAMES), span: tokenSpan(this.file, token) };
            },
          },
          {
            // `set` is a word only here, so it stays available as a name everywhere else.
            GATE: () => this.LA(1).image === "set",
            ALT: () => {
              const first = this.CONSUME2(T.Identifier);
              this.CONSUME(T.Of);
              return { kind: "SetType", of: this.ident(this.CONSUME3(T.Identifier)), span: this.span(first) };
            },
          },
          {
            ALT: () => {
              const token = this.CONSUME(T.Identifier);
              const span = tokenSpan(this.file, token);
              const unit = durationTypeUnit(token.image);
              return unit ? { kind: "DurationType", unit, span } : { kind: "NamedType", name: this.ident(token), span };
            },
          },
        ]),
      ),
  );

  private paramDecl = this.RULE("paramDecl", (): A.ParamDecl => {
    const first = this.CONSUME(T.Param);
    const name = this.SUBRULE(this.declName);
    this.CONSUME(T.Colon);
    const type = this.SUBRULE(this.typeRef);
    const keyedBy = this.OPTION(() => {
      this.CONSUME(T.By);
      return this.ident(this.CONSUME2(T.Identifier));
    });
    const before = this.SUBRULE(this.grounds);
    // No value at all: a template parameter each document must give (`override param …`).
    const body = this.OR<Pick<A.ParamDecl, "value" | "rows">>(
      (this.paramDeclAlts ??= [
        {
          ALT: () => {
            this.CONSUME(T.Eq);
            return { value: this.SUBRULE(this.expr) };
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.LBrace);
            const rows: A.TableRow[] = [];
            this.MANY(() => {
              rows.push(this.SUBRULE(this.tableRow));
              this.OPTION2(() => this.CONSUME(T.Semicolon));
            });
            this.CONSUME(T.RBrace);
            return { rows };
          },
        },
        { ALT: () => ({}) },
      ]),
    );
    const after = this.SUBRULE2(this.grounds);
    return {
      kind: "ParamDecl",
      name,
      type,
      ...(keyedBy ? { keyedBy } : {}),
      grounds: this.ACTION(() => mergeGrounds(before, after)),
      ...body,
      span: this.span(first),
    };
  });

  private tableRow = this.RULE("tableRow", (): A.TableRow => {
    const first = this.CONSUME(T.Identifier);
    const keys = [this.ident(first)];
    this.MANY(() => {
      this.CONSUME(T.Comma);
      keys.push(this.ident(this.CONSUME2(T.Identifier)));
    });
    this.CONSUME(T.Colon);
    const value = this.SUBRULE(this.expr);
    const grounds = this.SUBRULE(this.grounds);
    return { keys, value, grounds, span: this.span(first) };
  });

  private bandsDecl = this.RULE("bandsDecl", (): A.BandsDecl => {
    const first = this.CONSUME(T.Bands);
    const name = this.SUBRULE(this.declName);
    const grounds = this.SUBRULE(this.grounds);
    this.CONSUME(T.LBrace);
    const bands: A.Band[] = [];
    this.MANY(() => {
      bands.push(this.SUBRULE(this.band));
      this.OPTION(() => this.CONSUME(T.Semicolon));
    });
    this.CONSUME(T.RBrace);
    return { kind: "BandsDecl", name, grounds, bands, span: this.span(first) };
  });

  /** Band edges are parsed below the comparisons, so that `0元 < x` is an edge and not a comparison. */
  private band = this.RULE("band", (): A.Band => {
    const first = this.LA(1);
    const lower = this.OPTION({
      // `x` is also an expression; at the start of a band it is the band's variable.
      GATE: () => !tokenMatcher(this.LA(1), T.X),
      DEF: () => {
        const value = this.SUBRULE(this.ledgerExpr);
        const op = this.CONSUME(T.BoundOp);
        return { value, inclusive: op.image === "<=" };
      },
    });
    this.CONSUME(T.X);
    const upper = this.OPTION2(() => {
      const op = this.CONSUME2(T.BoundOp);
      const value = this.SUBRULE2(this.ledgerExpr);
      return { value, inclusive: op.image === "<=" };
    });
    this.CONSUME(T.Colon);
    const rate = this.SUBRULE(this.expr);
    const grounds = this.SUBRULE(this.grounds);
    return { ...(lower ? { lower } : {}), ...(upper ? { upper } : {}), rate, grounds, span: this.span(first) };
  });

  private valueDecl = this.RULE("valueDecl", (): A.ValueDecl => {
    const first = this.CONSUME(T.Value);
    const name = this.SUBRULE(this.declName);
    const type = this.OPTION(() => {
      this.CONSUME(T.Colon);
      return this.SUBRULE(this.typeRef);
    });
    const before = this.SUBRULE(this.grounds);
    this.CONSUME(T.Eq);
    const value = this.SUBRULE(this.expr);
    const after = this.SUBRULE2(this.grounds);
    return {
      kind: "ValueDecl",
      name,
      ...(type ? { type } : {}),
      grounds: this.ACTION(() => mergeGrounds(before, after)),
      value,
      span: this.span(first),
    };
  });

  /** The shared body of `exception` and `adjust`: `NAME on TARGET when COND grounds then VALUE grounds`. */
  private conditional(keyword: TokenType): Conditional {
    const first = this.CONSUME(keyword);
    const name = this.SUBRULE(this.declName);
    this.CONSUME(T.On);
    const target = this.SUBRULE2(this.declName);
    this.CONSUME(T.When);
    const when = this.SUBRULE(this.expr);
    const before = this.SUBRULE(this.grounds);
    this.CONSUME(T.Then);
    const value = this.SUBRULE2(this.expr);
    const after = this.SUBRULE2(this.grounds);
    return { name, target, when, value, grounds: this.ACTION(() => mergeGrounds(before, after)), span: this.span(first) };
  }

  private exceptionDecl = this.RULE(
    "exceptionDecl",
    (): A.ExceptionDecl => ({
      kind: "ExceptionDecl",
      ...this.conditional(T.Exception),
    }),
  );

  private adjustDecl = this.RULE(
    "adjustDecl",
    (): A.AdjustDecl => ({
      kind: "AdjustDecl",
      ...this.conditional(T.Adjust),
    }),
  );

  /** `carveout NAME "words" on TARGET when COND grounds`, and the same with `precondition`. */
  private limitDecl = this.RULE("limitDecl", (): A.LimitDecl => {
    const first = this.OR((this.limitDeclAlts ??= [{ ALT: () => this.CONSUME(T.Carveout) }, { ALT: () => this.CONSUME(T.Precondition) }]));
    const name = this.SUBRULE(this.declName);
    const words = this.SUBRULE(this.string);
    this.CONSUME(T.On);
    const target = this.SUBRULE2(this.declName);
    this.CONSUME(T.When);
    const when = this.SUBRULE(this.expr);
    const grounds = this.SUBRULE(this.grounds);
    return { kind: "LimitDecl", form: oneOf(first.image, ["carveout", "precondition"]), name, words, target, when, grounds, span: this.span(first) };
  });

  private precedenceDecl = this.RULE("precedenceDecl", (): A.PrecedenceDecl => {
    const first = this.CONSUME(T.Precedence);
    const order = [this.ident(this.CONSUME(T.Identifier))];
    this.AT_LEAST_ONE(() => {
      this.CONSUME(T.Gt);
      order.push(this.ident(this.CONSUME2(T.Identifier)));
    });
    const grounds = this.SUBRULE(this.grounds);
    return { kind: "PrecedenceDecl", order, grounds, span: this.span(first) };
  });

  private ledgerDecl = this.RULE("ledgerDecl", (): A.LedgerDecl => {
    const first = this.CONSUME(T.Ledger);
    const name = this.SUBRULE(this.declName);
    this.CONSUME(T.Colon);
    const body = this.OR<Pick<A.LedgerDecl, "ledgerKind" | "amount" | "grounds">>(
      (this.ledgerDeclAlts ??= [
        {
          ALT: () => {
            const kind = this.OR2((this.ledgerDeclAlts2 ??= [{ ALT: () => this.CONSUME(T.Cap) }, { ALT: () => this.CONSUME(T.Deductible) }]));
            this.CONSUME(T.Per);
            this.CONSUME(T.Year);
            const grounds = this.SUBRULE(this.grounds);
            this.CONSUME(T.Eq);
            const amount = this.SUBRULE(this.expr);
            return { ledgerKind: oneOf(kind.image, ["cap", "deductible"]), amount, grounds };
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Tally);
            this.CONSUME2(T.Per);
            this.CONSUME2(T.Year);
            const grounds = this.SUBRULE2(this.grounds);
            this.CONSUME(T.Of);
            const amount = this.SUBRULE2(this.expr);
            return { ledgerKind: "tally", amount, grounds };
          },
        },
      ]),
    );
    const after = this.SUBRULE3(this.grounds);
    return { kind: "LedgerDecl", name, ...body, grounds: this.ACTION(() => mergeGrounds(body.grounds, after)), span: this.span(first) };
  });

  private statusDecl = this.RULE("statusDecl", (): A.StatusDecl => {
    const first = this.CONSUME(T.Status);
    const status = this.OR((this.statusDeclAlts ??= [{ ALT: () => this.CONSUME(T.Excluded) }, { ALT: () => this.CONSUME(T.NotApplicable) }]));
    const says = this.OPTION(() => this.SUBRULE(this.string));
    this.CONSUME(T.When);
    const when = this.SUBRULE(this.expr);
    const grounds = this.SUBRULE(this.grounds);
    return {
      kind: "StatusDecl",
      status: oneOf(status.image, ["excluded", "not_applicable"]),
      ...(says ? { says } : {}),
      when,
      grounds,
      span: this.span(first),
    };
  });

  private foreachDecl = this.RULE("foreachDecl", (): A.ForEachDecl => {
    const first = this.CONSUME(T.Foreach);
    const variable = this.SUBRULE(this.declName);
    this.CONSUME(T.In);
    const set = this.SUBRULE(this.expr);
    this.CONSUME(T.Covering);
    const covering = this.SUBRULE2(this.declName);
    this.CONSUME(T.Choose);
    this.CONSUME(T.Highest);
    const choose = this.SUBRULE(this.word);
    const grounds = this.SUBRULE(this.grounds);
    return { kind: "ForEachDecl", variable, set, covering, choose, grounds, span: this.span(first) };
  });

  private outputDecl = this.RULE("outputDecl", (): A.OutputDecl => {
    const first = this.CONSUME(T.Output);
    const name = this.SUBRULE(this.word);
    this.CONSUME(T.Colon);
    const type = this.SUBRULE(this.typeRef);
    const label = this.OPTION(() => this.SUBRULE(this.string));
    const before = this.SUBRULE(this.grounds);
    this.CONSUME(T.Eq);
    const value = this.SUBRULE(this.expr);
    const after = this.SUBRULE2(this.grounds);
    return {
      kind: "OutputDecl",
      name,
      type,
      ...(label ? { label } : {}),
      grounds: this.ACTION(() => mergeGrounds(before, after)),
      value,
      span: this.span(first),
    };
  });

  // What `grounds` is reading, for its repetitions made once (below): the rule holds no other rule, so one
  // reading never starts inside another.
  private groundsCitations: A.Citation[] = [];
  private groundsRulings: A.Ident[] = [];
  private groundsBeforeLabel = false;
  private groundsCitation?: () => void;
  private groundsRuling?: { GATE: () => boolean; DEF: () => void };

  private grounds = this.RULE(
    "grounds",
    (beforeLabel = false): A.Grounds => {
      const citations: A.Citation[] = [];
      const rulings: A.Ident[] = [];
      this.groundsCitations = citations;
      this.groundsRulings = rulings;
      this.groundsBeforeLabel = beforeLabel;
      // Most declarations have grounds in two places: the repetitions are made once, not at every call.
      this.MANY(
        (this.groundsCitation ??= () => {
          this.groundsCitations.push(this.citation(this.CONSUME(T.Citation)));
        }),
      );
      this.OPTION(
        (this.groundsRuling ??= {
          // `ruling X1 "…"` in a document block declares a ruling; it is not the grounds of the item before it.
          GATE: () => this.groundsBeforeLabel || !(tokenMatcher(this.LA(2), T.Identifier) && tokenMatcher(this.LA(3), T.StringLiteral)),
          DEF: () => {
            this.CONSUME(T.Ruling);
            this.groundsRulings.push(this.ident(this.CONSUME(T.Identifier)));
            this.MANY2(() => {
              this.CONSUME(T.Comma);
              this.groundsRulings.push(this.ident(this.CONSUME2(T.Identifier)));
            });
          },
        }),
      );
      return { citations, rulings };
    },
    { recoveryValueFunc: () => ({ citations: [], rulings: [] }) },
  );

  // ------------------------------------------------------------ expressions

  /**
   * Reads the parts of an expression that nest others (an if-then-else, brackets, call arguments, a prefix
   * `-` or `not`), stopping the parse with NestedTooDeep past LIMITS.nesting levels: the parser recurses at
   * each, and without a bound a file could exhaust the stack.
   */
  private nested<R>(read: () => R): R {
    if (this.RECORDING_PHASE) return read();
    if (this.depth >= LIMITS.nesting) throw new NestedTooDeep(this.LA(0));
    this.depth++;
    try {
      return read();
    } finally {
      this.depth--;
    }
  }

  private expr = this.RULE(
    "expr",
    (): A.Expr =>
      this.OR<A.Expr>(
        (this.exprAlts ??= [
          {
            ALT: () => {
              const first = this.CONSUME(T.If);
              return this.nested((): A.Expr => {
                const cond = this.SUBRULE(this.expr);
                this.CONSUME(T.Then);
                const then = this.SUBRULE2(this.expr);
                this.CONSUME(T.Else);
                const otherwise = this.SUBRULE3(this.expr);
                return { kind: "IfExpr", cond, then, else: otherwise, span: this.span(first) };
              });
            },
          },
          { ALT: () => this.SUBRULE(this.orExpr) },
        ]),
      ),
  );

  private orExpr = this.RULE("orExpr", (): A.Expr => {
    const first = this.LA(1);
    let left = this.SUBRULE(this.andExpr);
    this.MANY(() => {
      this.CONSUME(T.Or);
      const right = this.SUBRULE2(this.andExpr);
      left = { kind: "BinaryExpr", op: "or", left, right, span: this.span(first) };
    });
    return left;
  });

  private andExpr = this.RULE("andExpr", (): A.Expr => {
    const first = this.LA(1);
    let left = this.SUBRULE(this.notExpr);
    this.MANY(() => {
      this.CONSUME(T.And);
      const right = this.SUBRULE2(this.notExpr);
      left = { kind: "BinaryExpr", op: "and", left, right, span: this.span(first) };
    });
    return left;
  });

  private notExpr = this.RULE(
    "notExpr",
    (): A.Expr =>
      this.OR<A.Expr>(
        (this.notExprAlts ??= [
          {
            ALT: () => {
              const first = this.CONSUME(T.Not);
              const operand = this.nested(() => this.SUBRULE(this.notExpr));
              return { kind: "UnaryExpr", op: "not", operand, span: this.span(first) };
            },
          },
          { ALT: () => this.SUBRULE(this.cmpExpr) },
        ]),
      ),
  );

  private cmpExpr = this.RULE("cmpExpr", (): A.Expr => {
    const first = this.LA(1);
    const left = this.SUBRULE(this.ledgerExpr);
    // The alternatives say what follows the left side; the node is made here, where `left` is known.
    const rest = this.OPTION(() =>
      this.OR<Comparison>(
        (this.cmpExprAlts ??= [
          {
            ALT: () => {
              const op = oneOf(this.CONSUME(T.CmpOp).image, ["=", "!=", "<", "<=", ">", ">="]);
              return { op, right: this.SUBRULE2(this.ledgerExpr) };
            },
          },
          {
            ALT: () => {
              const negated = this.OPTION2(() => this.CONSUME(T.Not)) !== undefined;
              this.CONSUME(T.In);
              this.CONSUME(T.LBrace);
              const members = [this.ident(this.CONSUME(T.Identifier))];
              this.MANY(() => {
                this.CONSUME(T.Comma);
                members.push(this.ident(this.CONSUME2(T.Identifier)));
              });
              this.CONSUME(T.RBrace);
              return { members, negated };
            },
          },
        ]),
      ),
    );
    if (!rest) return left;
    const span = this.span(first);
    return "op" in rest
      ? { kind: "BinaryExpr", op: rest.op, left, right: rest.right, span }
      : { kind: "InExpr", subject: left, members: rest.members, negated: rest.negated, span };
  });

  private ledgerExpr = this.RULE("ledgerExpr", (): A.Expr => {
    const first = this.LA(1);
    let amount = this.SUBRULE(this.addExpr);
    this.MANY(() => {
      const op = oneOf(this.CONSUME(T.LedgerOp).image, ["within", "beyond"]);
      const ledger = this.ident(this.CONSUME(T.Identifier));
      amount = { kind: "LedgerExpr", op, amount, ledger, span: this.span(first) };
    });
    return amount;
  });

  private addExpr = this.RULE("addExpr", (): A.Expr => {
    const first = this.LA(1);
    let left = this.SUBRULE(this.mulExpr);
    this.MANY(() => {
      const op = oneOf(this.CONSUME(T.AddOp).image, ["+", "-"]);
      const right = this.SUBRULE2(this.mulExpr);
      left = { kind: "BinaryExpr", op, left, right, span: this.span(first) };
    });
    return left;
  });

  private mulExpr = this.RULE("mulExpr", (): A.Expr => {
    const first = this.LA(1);
    let left = this.SUBRULE(this.unaryExpr);
    this.MANY(() => {
      const op = oneOf(this.CONSUME(T.MulOp).image, ["*", "/"]);
      const right = this.SUBRULE2(this.unaryExpr);
      left = { kind: "BinaryExpr", op, left, right, span: this.span(first) };
    });
    return left;
  });

  private unaryExpr = this.RULE(
    "unaryExpr",
    (): A.Expr =>
      this.OR<A.Expr>(
        (this.unaryExprAlts ??= [
          {
            ALT: () => {
              const first = this.CONSUME(T.Minus);
              const operand = this.nested(() => this.SUBRULE(this.unaryExpr));
              return { kind: "UnaryExpr", op: "-", operand, span: this.span(first) };
            },
          },
          { ALT: () => this.SUBRULE(this.postfixExpr) },
        ]),
      ),
  );

  private postfixExpr = this.RULE("postfixExpr", (): A.Expr => {
    const first = this.LA(1);
    let object = this.SUBRULE(this.primary);
    this.MANY(() => {
      const step = this.OR<Postfix>(
        (this.postfixExprAlts ??= [
          {
            ALT: () => {
              this.CONSUME(T.Dot);
              return { member: this.SUBRULE(this.word) };
            },
          },
          {
            ALT: () => {
              this.CONSUME(T.LBracket);
              const index = this.nested(() => this.SUBRULE(this.expr));
              this.CONSUME(T.RBracket);
              return { index };
            },
          },
        ]),
      );
      const span = this.span(first);
      object = "member" in step ? { kind: "MemberRef", object, member: step.member, span } : { kind: "IndexExpr", object, index: step.index, span };
    });
    return object;
  });

  private primary = this.RULE(
    "primary",
    (): A.Expr =>
      this.OR<A.Expr>(
        (this.primaryAlts ??= [
          {
            ALT: () => {
              const literal = this.SUBRULE(this.literal);
              const derived = this.OPTION2(() => {
                this.CONSUME(T.Per);
                return this.SUBRULE(this.string);
              });
              return derived ? this.ACTION(() => ({ ...literal, derived })) : literal;
            },
          },
          {
            ALT: () => {
              // `year(date)` shares its name with the keyword of `per year`.
              const callee = this.OR2((this.primaryAlts2 ??= [{ ALT: () => this.CONSUME(T.Identifier) }, { ALT: () => this.CONSUME(T.Year) }]));
              this.CONSUME(T.LParen);
              const args: A.Expr[] = [];
              this.nested(() =>
                this.OPTION(() => {
                  args.push(this.SUBRULE(this.expr));
                  this.MANY(() => {
                    this.CONSUME(T.Comma);
                    args.push(this.SUBRULE2(this.expr));
                  });
                }),
              );
              this.CONSUME(T.RParen);
              return this.ACTION(() => ({ kind: "CallExpr", callee: this.ident(callee), args, span: this.span(callee) }));
            },
          },
          {
            ALT: () => {
              const token = this.CONSUME2(T.Identifier);
              return { kind: "NameRef", name: this.ident(token), span: tokenSpan(this.file, token) };
            },
          },
          {
            ALT: () => {
              const token = this.CONSUME(T.SelfName);
              return { kind: "NameRef", name: this.ident(token), span: tokenSpan(this.file, token) };
            },
          },
          {
            ALT: () => {
              const first = this.CONSUME2(T.LParen);
              const inner = this.nested(() => this.SUBRULE3(this.expr));
              this.CONSUME2(T.RParen);
              return { kind: "ParenExpr", inner, span: this.span(first) };
            },
          },
        ]),
      ),
  );

  private literal = this.RULE(
    "literal",
    (): A.Literal =>
      this.OR<A.Literal>(
        (this.literalAlts ??= [
          {
            ALT: () => {
              const token = this.CONSUME(T.MoneyLiteral);
              return { kind: "MoneyLit", ...readMoney(token.image), span: tokenSpan(this.file, token) };
            },
          },
          {
            ALT: () => {
              const token = this.CONSUME(T.PercentLiteral);
              return { kind: "PercentLit", digits: readDigits(token.image), span: tokenSpan(this.file, token) };
            },
          },
          {
            ALT: () => {
              const token = this.CONSUME(T.PointsLiteral);
              return { kind: "PointsLit", digits: readDigits(token.image), span: tokenSpan(this.file, token) };
            },
          },
          { ALT: () => this.SUBRULE(this.duration) },
          { ALT: () => this.SUBRULE(this.date) },
          {
            ALT: () => {
              const token = this.CONSUME(T.NumberLiteral);
              return { kind: "NumberLit", digits: readDigits(token.image), span: tokenSpan(this.file, token) };
            },
          },
          {
            ALT: () => {
              const token = this.CONSUME(T.True);
              return { kind: "BoolLit", value: true, span: tokenSpan(this.file, token) };
            },
          },
          {
            ALT: () => {
              const token = this.CONSUME(T.False);
              return { kind: "BoolLit", value: false, span: tokenSpan(this.file, token) };
            },
          },
        ]),
      ),
  );

  /**
   * The name a declaration or enum member introduces. A keyword is accepted here and reported, so that the
   * rest of the declaration is still read and checked.
   */
  private declName = this.RULE("declName", (): A.Ident => {
    const token = this.OR(
      (this.declNameAlts ??= [
        { ALT: () => this.CONSUME(T.Identifier) },
        // `adjust a on when …` lacks a name; it does not name something `when`.
        { GATE: () => !CONNECTIVES.has(this.LA(1).tokenType), ALT: () => this.CONSUME(T.Keyword) },
      ]),
    );
    return this.ACTION(() => {
      if (tokenMatcher(token, T.Keyword)) this.reports.push(keywordAsName(this.file, token));
      return this.ident(token);
    });
  });

  /**
   * A name that may also be a keyword: field and output names are keys of the input and output contracts
   * (`output deductible`, `claim.date`) and are never read as bare names, so they cannot clash.
   */
  private word = this.RULE("word", (): A.Ident => {
    const token = this.OR((this.wordAlts ??= [{ ALT: () => this.CONSUME(T.Identifier) }, { ALT: () => this.CONSUME(T.Keyword) }]));
    return this.ACTION(() => this.ident(token));
  });

  private duration = this.RULE("duration", (): A.DurationLit => {
    const token = this.CONSUME(T.DurationLiteral);
    return { kind: "DurationLit", ...readDuration(token.image), span: tokenSpan(this.file, token) };
  });

  private date = this.RULE("date", (): A.DateLit => {
    const token = this.CONSUME(T.DateLiteral);
    return { kind: "DateLit", iso: readDate(token.image).iso, span: tokenSpan(this.file, token) };
  });

  private string = this.RULE("string", (): A.StringLit => {
    const token = this.CONSUME(T.StringLiteral);
    return { kind: "StringLit", value: unquote(token), span: tokenSpan(this.file, token) };
  });
}

export const grammar = new RuleGrammar();
