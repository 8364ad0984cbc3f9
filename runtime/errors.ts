// Errors raised while evaluating a case. They are expected outcomes of bad input or of a rule set that
// cannot decide (two exceptions in conflict), so the CLI prints them as messages, never as stack traces.
import type { Lang, Text } from "./lang.js";
import type { Provenance } from "./module.js";

/** The rule a RuleError arose in: its name, the article it cites and where it is written. */
export interface RuleAt {
  name: string;
  citation: string;
  /** `policies/…/x.policy:12:7`. */
  source: string;
}

/** The claim a RuleError arose for: its id and JSON path (`$.claims[0]`), or `$` for a facts case. */
export interface ClaimAt {
  id?: string;
  path: string;
}

// Errors are recognised by a brand, not by class identity: the compiled CLI (dist/) and a rule module built just
// now (loaded from its TypeScript with the runtime's sources, as `regc test` and `--rebuild` do) each have their
// own copy of this file, and `instanceof` must hold across both.
const KINDS = Symbol.for("regc.errorKinds");

/** Marks `e` as an error of `kind` (and keeps the kinds of the classes it extends). */
export function brand(e: object, kind: string): void {
  const own = e as { [KINDS]?: Set<string> };
  (own[KINDS] ??= new Set()).add(kind);
}

/** Whether `v` was made by a class branded `kind`, in whichever copy of the runtime. */
export function branded(v: unknown, kind: string): boolean {
  return typeof v === "object" && v !== null && (v as { [KINDS]?: Set<string> })[KINDS]?.has(kind) === true;
}

/**
 * A rule could not be applied to this case. What happened is said in both languages (runtime/rule-messages.ts);
 * once the evaluation knows it, the rule it happened in (article and rule-file line) and the claim (id and JSON
 * path) are added to it. `message` is in Chinese, the runtime's default (RunOptions.lang); `inLang` gives either.
 */
export class RuleError extends Error {
  rule?: RuleAt;
  claim?: ClaimAt;

  constructor(
    readonly reason: Text,
    readonly citation?: string,
  ) {
    super(reason.zh);
    this.name = "RuleError";
    brand(this, "RuleError");
  }

  static override [Symbol.hasInstance](v: unknown): v is RuleError {
    return branded(v, "RuleError");
  }

  /** Adds what is not known yet of where the error arose, and rewrites the message to say it. */
  locate(where: { rule?: RuleAt; claim?: ClaimAt }): this {
    this.rule ??= where.rule;
    this.claim ??= where.claim;
    this.message = this.inLang("zh");
    return this;
  }

  /** The error, where it arose and what happened, in `lang`. */
  inLang(lang: Lang): string {
    const c = this.claim;
    const r = this.rule;
    if (lang === "zh") {
      const claim = c ? `${c.path}${c.id !== undefined ? `（申请“${c.id}”）` : ""}：` : "";
      return `${claim}${r ? `在 ${r.name}（${r.citation}，${r.source}）中：` : ""}${this.reason.zh}`;
    }
    const claim = c ? `${c.path}${c.id !== undefined ? ` (claim "${c.id}")` : ""}: ` : "";
    return `${claim}${r ? `in ${r.name} (${r.citation}, ${r.source}): ` : ""}${this.reason.en}`;
  }
}

/**
 * What a generated module's evaluate() throws when a step fails: a RuleError with the rule it failed in.
 * Anything else is a defect, and goes on as it is.
 */
export function inRule(e: unknown, p: Provenance | undefined): unknown {
  const rule = p && { name: p.name, citation: p.citation, source: p.source };
  if (e instanceof RuleError) return e.locate({ ...(rule ? { rule } : {}) });
  return e;
}

/** One problem of a case: where (a JSON path) and what, as runtime/case-messages.ts words it. */
export interface CaseProblem {
  path: string;
  message: Text;
}

/**
 * The case does not match the policy's schema; `path` is a JSON path such as `$.claims[0].totalCost`. `issues`
 * are in English (results and the service's problems list them so); `inLang` gives the reader's.
 */
export class CaseError extends Error {
  readonly issues: { path: string; message: string }[];

  constructor(readonly problems: readonly CaseProblem[]) {
    const issues = problems.map((p) => ({ path: p.path, message: p.message.en }));
    super(issues.map((i) => `${i.path}: ${i.message}`).join("\n"));
    this.name = "CaseError";
    this.issues = issues;
    brand(this, "CaseError");
  }

  static override [Symbol.hasInstance](v: unknown): v is CaseError {
    return branded(v, "CaseError");
  }

  inLang(lang: Lang): { path: string; message: string }[] {
    return this.problems.map((p) => ({ path: p.path, message: p.message[lang] }));
  }
}
