// How large a case may be. A case is one person's claims, or one set of facts: the examples nest four levels
// and take a few hundred characters. The limits are checked before anything reads a case recursively (the
// JSON parser, the schema validator, its messages), so no case can exhaust the stack or the memory.
import { CaseError } from "./errors.js";

export const CASE_LIMITS = {
  /** Characters of a case's JSON text (a JSON Lines line in a batch). */
  length: 4 << 20,
  /** Levels of arrays and objects, the case itself the first. */
  depth: 32,
} as const;

/** Throws a CaseError naming the JSON path where `json` nests deeper than the limit. */
export function checkCaseDepth(json: unknown): void {
  const stack: { value: unknown; depth: number; path: () => string }[] = [{ value: json, depth: 1, path: () => "$" }];
  while (stack.length) {
    const { value, depth, path } = stack.pop()!;
    if (value === null || typeof value !== "object") continue;
    if (depth > CASE_LIMITS.depth) {
      throw new CaseError([{ path: path(), message: `the case nests deeper than ${CASE_LIMITS.depth} levels of arrays and objects` }]);
    }
    if (Array.isArray(value)) value.forEach((v, i) => stack.push({ value: v, depth: depth + 1, path: () => `${path()}[${i}]` }));
    else for (const [k, v] of Object.entries(value)) stack.push({ value: v, depth: depth + 1, path: () => `${path()}${/^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`}` });
  }
}
