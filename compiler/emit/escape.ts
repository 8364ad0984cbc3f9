// Everything the emitters write into generated code that comes from outside the compiler — titles, labels,
// citations, rulings, member names, file paths — is written through `escapeText`, whether it lands in a
// string literal or in a comment. A rule file is data: no string in it may end a comment or a literal and
// go on as code. The checker already rejects control and line-separator characters in rule files (E0112);
// this is the second wall, and the property test (test/compiler/emit-escape.test.ts) holds it for any string.

// - a backslash and the three quote characters, so no literal can be closed early;
// - `${`, which would open a substitution inside a template literal;
// - `*/`, which would close a block comment;
// - every line terminator (LF, CR, U+2028, U+2029), which would end a line comment, and every other control,
//   format or unpaired surrogate code unit, which would be invisible or malformed in the module.
const UNSAFE =
  /[\\"'`]|\$\{|\*\/|[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF\uFFF9-\uFFFB]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` safe inside a double-quoted string literal, a `//` comment and a block comment alike. */
export function escapeText(text: string): string {
  return text.replace(UNSAFE, (m) => {
    switch (m) {
      case "${":
        return "\\${";
      case "*/":
        return "*\\/";
      case "\\":
      case '"':
      case "'":
      case "`":
        return `\\${m}`;
      default:
        return `\\u${m.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
    }
  });
}

/** A string literal. */
export function tsString(text: string): string {
  return `"${escapeText(text)}"`;
}

/** The text of a comment (after `//`, or inside a block comment). */
export function tsComment(text: string): string {
  return escapeText(text);
}

/**
 * An integer literal. Only safe integers reach generated code (the checker rejects any other value: E0320),
 * and they are written in full, never in exponent form.
 */
export function tsNumber(n: number): string {
  if (!Number.isSafeInteger(n)) throw new Error(`internal error: ${n} is not an exact integer and cannot be emitted`);
  return n < 0 ? `(${n})` : String(n);
}

const IDENTIFIER = /^[\p{ID_Start}_$][\p{ID_Continue}$\u200C\u200D]*$/u;

/** A name written as code (a constant, a property): the lexer admits only such names; this makes sure. */
export function tsIdentifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`internal error: ${JSON.stringify(name)} is not an identifier`);
  return name;
}

export type Literal = string | number | boolean | null | undefined | readonly Literal[] | { readonly [key: string]: Literal };

/**
 * A JSON-like value as a TypeScript expression: strings through escapeText, numbers through tsNumber.
 * `expanded` puts each object's properties on lines of their own, which the layout keeps (layout.ts).
 */
export function tsValue(value: Literal, expanded = false): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return tsString(value);
  if (typeof value === "number") return tsNumber(value);
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => tsValue(v as Literal, expanded)).join(", ")}]`;
  const entries = Object.entries(value as { readonly [key: string]: Literal })
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${tsString(k)}: ${tsValue(v, expanded)}`);
  if (!entries.length) return "{}";
  return expanded ? `{\n${entries.join(",\n")}\n}` : `{ ${entries.join(", ")} }`;
}
