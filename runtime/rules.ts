// Small helpers generated rules call where the law itself can fail to decide.
import { RuleError } from "./errors.js";

/**
 * Two exceptions without a declared precedence both apply and give different values: the rule set does not
 * decide, so evaluation stops naming both articles instead of picking one.
 */
export function conflict(target: string, first: string, second: string): never {
  throw new RuleError(`${first} and ${second} both apply to ${target} and give different values; declare their order with a precedence rule`, first);
}

/** An optional input read where the rule needs it. */
export function need<T>(value: T | undefined, field: string, citation: string): T {
  if (value === undefined) throw new RuleError(`${field} is needed by ${citation} but the case does not give it`, citation);
  return value;
}
