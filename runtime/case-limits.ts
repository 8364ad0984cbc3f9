// How large a case may be. A case is one person's claims, or one set of facts: the examples nest four levels
// and take a few hundred characters. The limits are checked before anything reads a case recursively (the
// JSON parser, the schema validator, its messages), so no case can exhaust the stack or the memory.
import { CASE_MESSAGES as M } from "./case-messages.js";
import { CaseError } from "./errors.js";

export const CASE_LIMITS = {
  /** Characters of a case's JSON text (a JSON Lines line in a batch). */
  length: 4 << 20,
  /** Levels of arrays and objects, the case itself the first. */
  depth: 32,
} as const;

/**
 * Throws a CaseError naming the JSON path where `json` nests deeper than the limit. Every case of a batch
 * passes here, so the walk keeps only a depth: the path is written only on the way back from a value too deep
 * (the recursion is bounded by the limit itself).
 */
export function checkCaseDepth(json: unknown): void {
  const path = tooDeep(json, 1);
  if (path !== undefined) throw new CaseError([{ path: `$${path}`, message: M.tooDeep(CASE_LIMITS.depth) }]);
}

/** The path below `value` (`.key` and `[i]` steps) to the first array or object past the limit, if any. */
function tooDeep(value: unknown, depth: number): string | undefined {
  if (value === null || typeof value !== "object") return undefined;
  if (depth > CASE_LIMITS.depth) return "";
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const below = tooDeep(value[i], depth + 1);
      if (below !== undefined) return `[${i}]${below}`;
    }
    return undefined;
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const below = tooDeep((value as Record<string, unknown>)[key], depth + 1);
    if (below !== undefined) return `${/^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`}${below}`;
  }
  return undefined;
}
