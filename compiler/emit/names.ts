// Rule names are used as TypeScript identifiers as written (Chinese included) so generated code reads like
// the rule file; only names that would clash with the language or with the generated code's own locals change.
import { tsIdentifier } from "./escape.js";

const RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for function if " +
    "import in instanceof new null return super switch this throw true try typeof var void while with yield let static " +
    "implements interface package private protected public await arguments eval undefined NaN Infinity " +
    // locals and imports of the generated module
    "rt tr cx at person claim facts on policy meta provenance schema evaluate Math point files byCategory rankCategories held out used covering"
  ).split(" "),
);

export function jsName(name: string): string {
  return tsIdentifier(RESERVED.has(name) ? `${name}_` : name);
}
