// Errors raised while evaluating a case. They are expected outcomes of bad input or of a rule set that
// cannot decide (two exceptions in conflict), so the CLI prints them as messages, never as stack traces.

/** A rule could not be applied to this case: the message names the article responsible. */
export class RuleError extends Error {
  constructor(
    message: string,
    readonly citation?: string,
  ) {
    super(message);
    this.name = "RuleError";
  }
}

/** The case does not match the policy's schema; `path` is a JSON path such as `$.claims[0].totalCost`. */
export class CaseError extends Error {
  constructor(
    readonly issues: { path: string; message: string }[],
  ) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join("\n"));
    this.name = "CaseError";
  }
}
