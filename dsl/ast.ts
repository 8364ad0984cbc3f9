// The syntax tree of a rule file. Every node carries the span it was parsed from so that
// diagnostics, provenance and the formatter can point back at the author's text.

export interface Pos {
  /** 0-based character offset into the file text. */
  offset: number;
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in UTF-16 code units like editors do. */
  column: number;
}

export interface Span {
  file: string;
  start: Pos;
  /** Exclusive end. */
  end: Pos;
}

export interface Node {
  span: Span;
}

export interface Ident extends Node {
  kind: "Ident";
  name: string;
}

/** `@ 第二十七条（三）` — the article path exactly as written after `@`. */
export interface Citation extends Node {
  kind: "Citation";
  path: string;
}

/** In a document that extends a template: this declaration replaces the template's one of the same name. */
export interface Overriding {
  override?: boolean;
}

/** Comments that stand on their own lines before a declaration, kept for the formatter. */
export interface Commented {
  /** Own-line comments above the node; the entry BLANK_LINE stands for an empty line between them. */
  comments?: string[];
  /** A top-level declaration the author separated from the one before by an empty line. */
  blankBefore?: boolean;
  /** A comment at the end of the node's last line. */
  trailingComment?: string;
}

/** A `{ … }` block: comments after its last item, before the closing brace. */
export interface Block {
  endComments?: string[];
}

/** In `Commented.comments`: an empty line the author left between comments (comment text has no newline). */
export const BLANK_LINE = "\n";

/** Citation and interpretive choices attached to a declaration. */
export interface Grounds {
  citations: Citation[];
  rulings: Ident[];
}

// ---------------------------------------------------------------- units and literals

export type MoneyUnit = "元" | "万元";
export type DurationUnit = "日" | "工作日" | "个月" | "年" | "周岁";

export type Literal = MoneyLit | PercentLit | PointsLit | DurationLit | DateLit | NumberLit | BoolLit;

/**
 * `0元 per "不设起付标准"`: a value the gazette implies rather than prints, with the words of the cited
 * provision it follows from (the citation check looks for those words instead of the number).
 */
export interface Derivable {
  derived?: StringLit;
}

/** `500元`, `１０万元`, `1.5万元`. `digits` is the ASCII decimal as written (full-width folded). */
export interface MoneyLit extends Node, Derivable {
  kind: "MoneyLit";
  digits: string;
  unit: MoneyUnit;
}
/** `70%`, `4.5%`. */
export interface PercentLit extends Node, Derivable {
  kind: "PercentLit";
  digits: string;
}
/** `5个百分点`. */
export interface PointsLit extends Node, Derivable {
  kind: "PointsLit";
  digits: string;
}
/** `30日`, `5工作日`, `3个月`, `3年`, `100周岁`. Integer counts only. */
export interface DurationLit extends Node, Derivable {
  kind: "DurationLit";
  digits: string;
  unit: DurationUnit;
}
/** `2023-06-07` or `2023年6月7日`; `iso` is always `YYYY-MM-DD`. */
export interface DateLit extends Node, Derivable {
  kind: "DateLit";
  iso: string;
}
/** A bare number: an integer or a decimal factor (`6`, `0.5`). */
export interface NumberLit extends Node, Derivable {
  kind: "NumberLit";
  digits: string;
}
export interface BoolLit extends Node, Derivable {
  kind: "BoolLit";
  value: boolean;
}

// ---------------------------------------------------------------- expressions

export type Expr = Literal | NameRef | MemberRef | IndexExpr | CallExpr | UnaryExpr | BinaryExpr | InExpr | IfExpr | LedgerExpr | ParenExpr;

/** A bare name: a param, value, bands, ledger, enum member, or `person` / `claim` / `facts`. */
export interface NameRef extends Node {
  kind: "NameRef";
  name: Ident;
}
/** `claim.hospitalLevel`, `累计自付.before`, `claim.referredFrom.起付标准`, `医院级别.一级`. */
export interface MemberRef extends Node {
  kind: "MemberRef";
  object: Expr;
  member: Ident;
}
/** `起付标准[claim.hospitalLevel]`. */
export interface IndexExpr extends Node {
  kind: "IndexExpr";
  object: Expr;
  index: Expr;
}
/** `max(0元, x)`, `round(x)`, `age(person.birthDate, claim.date)`, `marginal(分段, x)`, `present(claim.referredFrom)`. */
export interface CallExpr extends Node {
  kind: "CallExpr";
  callee: Ident;
  args: Expr[];
}
export interface UnaryExpr extends Node {
  kind: "UnaryExpr";
  op: "-" | "not";
  operand: Expr;
}
export type BinaryOp = "+" | "-" | "*" | "/" | "=" | "!=" | "<" | "<=" | ">" | ">=" | "and" | "or";
export interface BinaryExpr extends Node {
  kind: "BinaryExpr";
  op: BinaryOp;
  left: Expr;
  right: Expr;
}
/** `claim.hospitalLevel in {一级, 二级}` (negated: `not in`). */
export interface InExpr extends Node {
  kind: "InExpr";
  subject: Expr;
  members: Ident[];
  negated: boolean;
}
export interface IfExpr extends Node {
  kind: "IfExpr";
  cond: Expr;
  then: Expr;
  else: Expr;
}
/** `x within 年度限额` (cap: take what is left) / `x beyond 年度起付线` (deductible: only the excess counts). */
export interface LedgerExpr extends Node {
  kind: "LedgerExpr";
  op: "within" | "beyond";
  amount: Expr;
  ledger: Ident;
}
/** Kept so the formatter can reproduce the author's grouping. */
export interface ParenExpr extends Node {
  kind: "ParenExpr";
  inner: Expr;
}

// ---------------------------------------------------------------- types

export type TypeRef =
  | { kind: "PrimType"; name: PrimName; span: Span }
  | { kind: "DurationType"; unit: DurationUnit; span: Span }
  | { kind: "NamedType"; name: Ident; span: Span }
  /** `set of 人员类别`: several members at once (a person's categories). */
  | { kind: "SetType"; of: Ident; span: Span };

export type PrimName = "money" | "rate" | "points" | "int" | "decimal" | "bool" | "date" | "claimref";

// ---------------------------------------------------------------- declarations

export interface PolicyFile {
  kind: "PolicyFile";
  file: string;
  header: DocumentDecl | PartDecl | TemplateDecl;
  decls: Decl[];
  /** Comments after the last declaration. */
  trailingComments?: string[];
}

export interface DocumentDecl extends Node, Commented, Block {
  kind: "DocumentDecl";
  /** The 文号, e.g. `绵府发〔2018〕3号`. */
  number: StringLit;
  /** `extends 医疗救助`: the template this document derives from. */
  template?: Ident;
  items: DocItem[];
}

/**
 * `template 医疗救助 "…"`: the rules a plan shares across jurisdictions. A document derives from it with
 * `document "…" extends 医疗救助 { … }` and overrides what differs.
 */
export interface TemplateDecl extends Node, Commented {
  kind: "TemplateDecl";
  name: Ident;
  /** `template 重庆医疗救助 extends 医疗救助方案`: templates may build on one another. */
  base?: Ident;
  title?: StringLit;
}

/** `part 缴费 of "绵府发〔2018〕3号"`: a further rule file of an already declared document. */
export interface PartDecl extends Node, Commented {
  kind: "PartDecl";
  name: Ident;
  document: StringLit;
  /** `part 资助参保 of "…" extends 重庆资助参保`: a part several documents share, written once as a template. */
  template?: Ident;
}

export interface StringLit extends Node {
  kind: "StringLit";
  value: string;
}

export type DocItem =
  /** `plan "…"`: the series of versions this document belongs to (lifecycle checks compare its versions). */
  | { kind: "DocText"; key: "title" | "issuer" | "source" | "plan"; value: StringLit; span: Span; comments?: string[]; trailingComment?: string }
  | { kind: "DocDate"; key: "signed" | "published"; value: DateLit; span: Span; comments?: string[]; trailingComment?: string }
  | {
      kind: "DocEffective";
      value: DateLit;
      /** `assumed R6`: the date is an interpretation, not printed in the gazette. */
      assumed?: Ident;
      grounds: Grounds;
      span: Span;
      comments?: string[];
      trailingComment?: string;
    }
  /** `effective unknown`: a document known only because another names it; the seeds print no date for it. */
  | { kind: "DocEffectiveUnknown"; span: Span; comments?: string[]; trailingComment?: string }
  | { kind: "DocValidity"; duration: DurationLit; grounds: Grounds; span: Span; comments?: string[]; trailingComment?: string }
  | { kind: "DocExpires"; value: DateLit; grounds: Grounds; span: Span; comments?: string[]; trailingComment?: string }
  | {
      kind: "DocRelation";
      relation: "repeals" | "amends" | "supersedes" | "extends";
      target: StringLit;
      /** `extends "锦政办发〔2017〕61号" until 2027-06-22`. */
      until?: DateLit;
      /** `amends "…" from 2025-01-01`: the amended text applies to claims from that day. */
      from?: DateLit;
      grounds: Grounds;
      /** `supersedes "…" { carries …; replaces … by …; ends … }`: what becomes of the earlier document's parts. */
      parts?: PartClause[];
      span: Span;
      comments?: string[];
      trailingComment?: string;
    }
  /**
   * `ruling X1 "…justification…" en "…"`: a policy-local interpretive choice (RULINGS.md asks for these), written
   * in Chinese, with its English for explanations in English when the rule file gives one.
   */
  | { kind: "DocRuling"; id: Ident; text: StringLit; en?: StringLit; span: Span; comments?: string[]; trailingComment?: string }
  /** `appeal "…" @ 第X条`: the appeal notice the gazette prints, word for word, for decision notices. */
  | { kind: "DocAppeal"; text: StringLit; grounds: Grounds; span: Span; comments?: string[]; trailingComment?: string };

/**
 * One clause of a supersession's or repeal's block: the earlier document's parts it `carries` over unchanged,
 * `replaces` by a part of its own (`by`), or `ends`, each with a citation or a ruling.
 */
export interface PartClause extends Node, Commented {
  kind: "PartClause";
  action: "carries" | "replaces" | "ends";
  /** The verb as written (reported when it is none of the three). */
  verb: Ident;
  names: Ident[];
  by?: Ident;
  grounds: Grounds;
}

export type Decl =
  | EnumDecl
  | InputDecl
  | ParamDecl
  | BandsDecl
  | ValueDecl
  | ExceptionDecl
  | AdjustDecl
  | LimitDecl
  | PrecedenceDecl
  | LedgerDecl
  | StatusDecl
  | OutputDecl
  | ForEachDecl;

/**
 * `foreach 类别 in person.categories covering 救助类别 choose highest total @ 三（二） ruling R7`:
 * the claim is evaluated once per covered member the person holds, and the evaluation with the highest
 * output wins (ties: the first in the covering list). No covered member: `not_applicable`.
 */
export interface ForEachDecl extends Node, Commented, Overriding {
  kind: "ForEachDecl";
  variable: Ident;
  set: Expr;
  /** A sub-enum (`enum 救助类别 of 救助对象类别 { … }`): the covered members, in the policy's table order. */
  covering: Ident;
  choose: Ident;
  grounds: Grounds;
}

/** `enum 医院级别 { 一级, 二级, 社区卫生服务中心 alias 社区医院 }` */
export interface EnumDecl extends Node, Commented, Block, Overriding {
  kind: "EnumDecl";
  name: Ident;
  /** `enum 救助类别 of 救助对象类别 { … }`: a subset of another enum's members (e.g. the categories a plan covers). */
  parent?: Ident;
  members: EnumMember[];
}
export interface EnumMember extends Node, Commented {
  name: Ident;
  aliases: Ident[];
}

/** `person { … }`, `claim { … }`, `facts { … }` */
export interface InputDecl extends Node, Commented, Block, Overriding {
  kind: "InputDecl";
  scope: "person" | "claim" | "facts";
  fields: InputField[];
}
/**
 * `previousYearAverageWage: money "上年度城镇全部单位就业人员年平均工资"`, `referredFrom: optional claimref`,
 * `classBDrugCost: money default 0元 ruling X5` (a default states why absence means that value),
 * `largeMedicalContribution: money required when facts.kind = 单建统筹退休人员` (needed only in some cases),
 * `balance: signed money` (a number that may be negative; every other number in a case is at least 0).
 */
export interface InputField extends Node, Commented {
  name: Ident;
  type: TypeRef;
  optional: boolean;
  signed?: boolean;
  default?: Literal;
  /** Why absence means the default: the provision that says so, or a ruling. */
  defaultGrounds?: Grounds;
  /** The cases in which the field must be given; in the others it may be absent. */
  requiredWhen?: Expr;
  label?: StringLit;
}

/**
 * `param 起付标准: money @ 第二十七条 = 500元`, or a table keyed by an enum:
 * `param 起付标准: money by 医院级别 @ 第二十七条 { 一级: 500元; 社区卫生服务中心, 乡镇卫生院: 200元 }`
 */
export interface ParamDecl extends Node, Commented, Block, Overriding {
  kind: "ParamDecl";
  name: Ident;
  type: TypeRef;
  keyedBy?: Ident;
  grounds: Grounds;
  value?: Expr;
  rows?: TableRow[];
}
export interface TableRow extends Node, Commented {
  keys: Ident[];
  value: Expr;
  grounds: Grounds;
}

/**
 * `bands 分段支付比例 @ 第八条 { 0元 < x <= 30000元: 53%; 30000元 < x <= 60000元: 63%; 100000元 < x: 83% }`
 * Each band declares its edges and whether each edge is inclusive.
 */
export interface BandsDecl extends Node, Commented, Block, Overriding {
  kind: "BandsDecl";
  name: Ident;
  grounds: Grounds;
  bands: Band[];
}
export interface Band extends Node, Commented {
  lower?: { value: Expr; inclusive: boolean };
  upper?: { value: Expr; inclusive: boolean };
  rate: Expr;
  grounds: Grounds;
}

/** `value 年龄: 周岁 @ 第二十七条（二） = age(person.birthDate, claim.date)` */
export interface ValueDecl extends Node, Commented, Overriding {
  kind: "ValueDecl";
  name: Ident;
  type?: TypeRef;
  grounds: Grounds;
  value: Expr;
}

/** `exception 艾滋病 on 起付标准 when claim.aids = 0元 @ 第二十七条（一）` — replaces the target's value. */
export interface ExceptionDecl extends Node, Commented, Overriding {
  kind: "ExceptionDecl";
  name: Ident;
  target: Ident;
  when: Expr;
  value: Expr;
  grounds: Grounds;
}
/** `adjust 退休减免 on 起付标准 when person.retired = 起付标准 - 100元 @ 第二十七条（三）` — modifies it. */
export interface AdjustDecl extends Node, Commented, Overriding {
  kind: "AdjustDecl";
  name: Ident;
  target: Ident;
  when: Expr;
  value: Expr;
  grounds: Grounds;
}
/**
 * A limit the text puts on a yes/no value, in its own words:
 * `carveout 不含伤残人员 "不含伤残人民警察、伤残国家机关工作人员" on 优抚参保 when … @ 二第一段` — when the
 * condition holds the value is false (不含…, …除外);
 * `precondition 基本达到 "在基本达到认定条件的前提下" on 以认促建 when … @ 第五条第二款` — unless the condition
 * holds the value is false (在…的前提下).
 */
export interface LimitDecl extends Node, Commented, Overriding {
  kind: "LimitDecl";
  form: "carveout" | "precondition";
  name: Ident;
  /** The words of the cited provision that make the limit. */
  words: StringLit;
  target: Ident;
  when: Expr;
  grounds: Grounds;
}

/** `precedence 艾滋病 > 百岁老人 > 市外转诊 ruling M2` */
export interface PrecedenceDecl extends Node, Commented, Overriding {
  kind: "PrecedenceDecl";
  order: Ident[];
  grounds: Grounds;
}

/**
 * `ledger 统筹年度限额: cap per year = 6 * person.previousYearAverageWage @ 第二十八条`
 * `ledger 年度起付线: deductible per year = …`
 * `ledger 年度自付累计: tally per year of claim.selfPayCompliant @ 第八条`
 */
export interface LedgerDecl extends Node, Commented, Overriding {
  kind: "LedgerDecl";
  name: Ident;
  ledgerKind: "cap" | "deductible" | "tally";
  /** For cap and deductible: the annual amount. For tally: what each claim adds. */
  amount: Expr;
  grounds: Grounds;
}

/** `status excluded "未按规定转诊，不纳入医疗救助范围" when not claim.referral @ 二（六） ruling N8` */
export interface StatusDecl extends Node, Commented, Overriding {
  kind: "StatusDecl";
  status: "excluded" | "not_applicable";
  /** What the status means for the person, in the words of the provision: the plain statement notices print. */
  says?: StringLit;
  when: Expr;
  grounds: Grounds;
}

/** `output fundPays: money "统筹基金支付" @ 第二十九条 = …` */
export interface OutputDecl extends Node, Commented, Overriding {
  kind: "OutputDecl";
  name: Ident;
  type: TypeRef;
  label?: StringLit;
  grounds: Grounds;
  value: Expr;
}
