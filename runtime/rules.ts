// Small helpers generated rules call where the law itself can fail to decide.
import { RuleError } from "./errors.js";
import { conflicting, needed } from "./rule-messages.js";

/**
 * Two exceptions without a declared precedence both apply and give different values: the rule set does not
 * decide, so evaluation stops naming both articles instead of picking one.
 */
export function conflict(target: string, first: string, second: string): never {
  throw new RuleError(conflicting(target, first, second), first);
}

/** An optional input read where the rule needs it. */
export function need<T>(value: T | undefined, field: string, citation: string): T {
  if (value === undefined) throw new RuleError(needed(field, citation), citation);
  return value;
}
