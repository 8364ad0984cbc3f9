// The built-in functions, one file each, registered in list.ts. The checker, the emitter, docs/language.md's
// table of functions and the test of every function's examples all read BUILTINS.
import { byCodePoint } from "../../dsl/text-order.js";
import type { Builtin } from "./builtin.js";
import * as registered from "./list.js";

/** Every built-in function, in the order of their names (a module's exports have no order of their own). */
export const BUILTINS: readonly Builtin[] = Object.values(registered).sort((a, b) => byCodePoint(a.name, b.name));

const BY_NAME = new Map(BUILTINS.map((b) => [b.name, b]));

/** The built-in a rule file calls by `name`, if there is one. */
export function builtin(name: string): Builtin | undefined {
  return BY_NAME.get(name);
}
