// The shapes the source layer hands to the rest of the compiler: a gazette document split into
// provisions that rule files can cite, and the quantities a provision's text states.

/**
 * - `article` 第X条 (statutes); `section` 一、; `subsection` （一）; `item` 1.;
 * - `paragraph` a 款 of an article (`第X条第二款`) or a 段 of a plan provision (`二（三）2第二段`),
 *   made only when a provision has two or more paragraphs of its own;
 * - `annex` 附件 / 附件1;
 * - `group` one of several rule sets a notice publishes, each numbering its articles from 第一条
 *   (`公众参与工作规则`, its articles `公众参与工作规则第七条`).
 */
export type ProvisionKind = "article" | "section" | "subsection" | "item" | "paragraph" | "annex" | "group";

export interface Provision {
  /** Canonical citation: `第二十七条`, `第二十七条（三）`, `第八条第二款`, `二（三）2`, `附件1`, `附件三（四）`. */
  path: string;
  kind: ProvisionKind;
  /**
   * The marker as printed, e.g. `第二十一　条`, `(三)`, `1．`, `附件`; for paragraphs the generated `第二款`;
   * for a group its title line.
   */
  label: string;
  /** A title printed with the marker (`总体要求`, `加强组织领导。`), when the marker line is a heading. */
  heading?: string;
  /** The chapter an article stands in (`第六章 统筹基金支付`); chapters are not part of citations. */
  chapter?: string;
  /**
   * The provision's own text and that of its sub-provisions (each sub-provision prefixed by its label),
   * without its own label, page artifacts removed and wrapped lines joined. Paragraphs and table rows
   * are separated by `\n`.
   */
  text: string;
  /** Numbered sub-provisions (items of an article, subsections of a section, …), in order. */
  children: Provision[];
  /** The provision's paragraphs when it has two or more of its own; each also reachable by path. */
  paragraphs: Provision[];
  /** 1-based line numbers in the source file, inclusive. */
  start: number;
  end: number;
}

/** Unnumbered text: the notice and title before the first provision, closing clauses, the colophon. */
export interface Block {
  text: string;
  start: number;
  end: number;
}

export type ArtifactReason = "page-number" | "running-header" | "rule";

/** A line the parser dropped from provision text, kept so the choice can be inspected. */
export interface Artifact {
  line: number;
  text: string;
  reason: ArtifactReason;
}

export interface SourceDoc {
  file: string;
  /** The issuing number found in the title block, digits folded: `绵府发〔2018〕3号`. */
  docNumber?: string;
  /** Whether the body is numbered in articles (第X条) or in sections (一、). */
  scheme: "articles" | "sections";
  preamble?: Block;
  /** Unnumbered clauses after the last section of a plan: `本方案自…施行`, the annex list. */
  closing?: Block;
  /** The 版记 after a rule line: 抄送, printing office, printing date. */
  colophon?: Block;
  /** Top-level provisions: articles or sections (or rule-set groups of articles), then annexes. */
  provisions: Provision[];
  /** Every provision (at any depth, paragraphs included) by canonical path. */
  index: ReadonlyMap<string, Provision>;
  artifacts: Artifact[];
  /** Oddities worth a look: rejected markers, duplicate paths. */
  warnings: string[];
}

export type CitationResult = { provision: Provision } | { candidates: string[] };

export type QuantityKind = "money" | "rate" | "points" | "days" | "workdays" | "months" | "years" | "age" | "date" | "factor" | "number";

/** A number a provision states. */
export interface Quantity {
  kind: QuantityKind;
  /**
   * Exact ASCII decimal in the kind's base unit: money in 元 ("100000" for 10万元), rates as a share
   * ("0.045" for 4.5%). Dates are ISO, as far as printed: "2018-01-01", "2021-04", "2021", "--06-30".
   */
  value: string;
  /** The words as printed, e.g. `１０万元`, `百分之七十`. */
  text: string;
}
