// The canonical layout of a generated module, printed straight from the emitter's text without a formatter's
// parse: the emitter writes one statement (or one brace) per line, and this lays each line out. A line is
// indented two spaces for every bracket still open before it; parentheses that precedence makes needless are
// dropped (`(a === 1) && (b)` reads `a === 1 && b`); a line wider than 120 columns breaks inside its
// brackets, one argument or element per line, and before the `?`, `:`, `&&` and `||` of its chains, using
// prettier's document printer. Only whitespace changes, and needless parentheses: never the text of a string
// or a comment, so what the emitter escaped stays escaped.
import { builders as b, printer } from "prettier/doc";

type Doc = b.Doc;

const WIDTH = 120;
const INDENT = "  ";

interface Token {
  text: string;
  kind: "word" | "number" | "string" | "comment" | "punct";
  /** Whitespace stood before it in the emitter's text. */
  spaced: boolean;
}

/** A bracketed part of a line: `(`…`)`, `[`…`]` or `{`…`}`, with what it holds. */
interface Group {
  open: Token;
  items: Item[];
  close: Token | undefined;
}

type Item = Token | Group;

const PUNCT = ["===", "!==", "...", "=>", "&&", "||", "??", "?.", "==", "!=", "<=", ">=", "+=", "-="];
// A name or a number (`1.5`, `0x1F`): letters, digits, `_`, `$`, and the `.` of a number.
const WORD = /[\p{L}\p{N}_$]/u;
const WORD_RUN = /[\p{L}\p{N}_$]+(?:\.[0-9]+)?/uy;
const OPEN: Record<string, string> = { "(": ")", "[": "]", "{": "}" };
const CLOSE = new Set([")", "]", "}"]);

/** The module's text laid out. */
export function layoutModule(text: string): string {
  const out: string[] = [];
  let depth = 0;
  let inComment = false;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (inComment) {
      // The inner lines of a block comment the emitter wrote over several lines: ` * …` under its `/**`.
      out.push(line ? `${INDENT.repeat(depth)} ${line}` : "");
      inComment = !line.includes("*/");
      continue;
    }
    if (!line) {
      out.push("");
      continue;
    }
    const tokens = tokenize(line);
    const last = tokens[tokens.length - 1]!;
    inComment = last.kind === "comment" && last.text.startsWith("/*") && !last.text.endsWith("*/");
    let leading = 0;
    while (leading < tokens.length && CLOSE.has(tokens[leading]!.text)) leading++;
    const here = Math.max(0, depth - leading);
    for (const t of tokens) if (t.kind === "punct") depth += OPEN[t.text] ? 1 : CLOSE.has(t.text) ? -1 : 0;
    depth = Math.max(0, depth);
    out.push(layoutLine(parse(tokens), INDENT.repeat(here)));
  }
  return out.join("\n");
}

function layoutLine(items: Item[], indent: string): string {
  dropParens(items);
  const flat = indent + printFlat(items);
  if (width(flat) <= WIDTH) return flat;
  const doc = sequence(items, true);
  const laid = printer.printDocToString(doc, { printWidth: WIDTH - indent.length, tabWidth: 2, useTabs: false }).formatted;
  return laid
    .split("\n")
    .map((l) => (l ? indent + l : l))
    .join("\n");
}

// ------------------------------------------------------------------ tokens

function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let spaced = false;
  const push = (kind: Token["kind"], end: number) => {
    tokens.push({ text: line.slice(i, end), kind, spaced });
    spaced = false;
    i = end;
  };
  while (i < line.length) {
    const c = line[i]!;
    if (c === " " || c === "\t") {
      spaced = true;
      i++;
    } else if (c === '"' || c === "'" || c === "`") {
      let j = i + 1;
      while (j < line.length && line[j] !== c) j += line[j] === "\\" ? 2 : 1;
      push("string", Math.min(j + 1, line.length));
    } else if (line.startsWith("//", i)) {
      push("comment", line.length);
    } else if (line.startsWith("/*", i)) {
      const end = line.indexOf("*/", i + 2);
      push("comment", end < 0 ? line.length : end + 2);
    } else if (WORD.test(c)) {
      WORD_RUN.lastIndex = i;
      WORD_RUN.exec(line);
      push(c >= "0" && c <= "9" ? "number" : "word", WORD_RUN.lastIndex);
    } else {
      const p = PUNCT.find((x) => line.startsWith(x, i));
      push("punct", i + (p?.length ?? 1));
    }
  }
  return tokens;
}

function parse(tokens: Token[]): Item[] {
  const root: Item[] = [];
  const stack: Group[] = [];
  for (const t of tokens) {
    const items = stack.length ? stack[stack.length - 1]!.items : root;
    if (t.kind === "punct" && OPEN[t.text]) {
      const g: Group = { open: t, items: [], close: undefined };
      items.push(g);
      stack.push(g);
    } else if (t.kind === "punct" && CLOSE.has(t.text) && stack.length && OPEN[stack[stack.length - 1]!.open.text] === t.text) {
      stack.pop()!.close = t;
    } else items.push(t);
  }
  return root;
}

const isGroup = (x: Item | undefined): x is Group => x !== undefined && "items" in x;
const first = (x: Item): Token => (isGroup(x) ? x.open : x);

// ------------------------------------------------------------------ needless parentheses

/** Binding strength of binary operators (JavaScript's, and `|` of type unions); higher binds tighter. */
const BINARY: Record<string, number> = {
  "=": 1,
  "+=": 1,
  "-=": 1,
  "?": 2,
  ":": 2,
  "||": 3,
  "??": 3,
  "&&": 4,
  "|": 5,
  "&": 6,
  "===": 7,
  "!==": 7,
  "==": 7,
  "!=": 7,
  "<": 8,
  ">": 8,
  "<=": 8,
  ">=": 8,
  in: 8,
  instanceof: 8,
  as: 8,
  satisfies: 8,
  "+": 10,
  "-": 10,
  "*": 11,
  "/": 11,
  "%": 11,
};
/** Operators that group from the right, or (`??`) not at all with their neighbours. */
const RIGHT_TO_LEFT = new Set(["=", "+=", "-=", "?", ":", "??"]);
const PREFIX = 12;
const ATOM = 20;
const KEYWORDS_BEFORE_VALUE = new Set(["return", "typeof", "void", "new", "await", "delete", "throw", "case", "in", "of", "as", "satisfies", "instanceof"]);

/** Whether an item ends a value, so that a `(` after it calls it and a `!` after it is postfix. */
function endsValue(x: Item | undefined): boolean {
  if (x === undefined) return false;
  if (isGroup(x)) return true;
  if (x.kind === "word") return !KEYWORDS_BEFORE_VALUE.has(x.text);
  return x.kind === "number" || x.kind === "string";
}

/** The loosest operator at the top level of `items`: ATOM when there is none. */
function loosest(items: Item[]): number {
  let min = ATOM;
  let prev: Item | undefined;
  for (const x of items) {
    if (!isGroup(x) && x.kind !== "comment") {
      const t = x.text;
      if (t === "," || t === "=>" || t === ";") return 0;
      if ((t === "!" || t === "-" || t === "+" || t === "typeof" || t === "void" || t === "new" || t === "await") && !endsValue(prev))
        min = Math.min(min, PREFIX);
      else if ((t === "!" && endsValue(prev)) || t === "." || t === "?.") {
        // postfix
      } else if (BINARY[t] !== undefined) min = Math.min(min, BINARY[t]!);
      else if (x.kind === "punct") return 0;
    }
    if (isGroup(x) || x.kind !== "comment") prev = x;
  }
  return min;
}

/** The strength with which the neighbour of a parenthesised item holds it: 0 for a separator. */
function holdFrom(x: Item | undefined, before: Item | undefined, right: boolean): number | undefined {
  if (x === undefined) return 0;
  if (isGroup(x)) return right ? undefined : ATOM;
  if (x.kind === "comment") return undefined;
  const t = x.text;
  if (t === "," || t === ";" || (right ? CLOSE.has(t) : OPEN[t] !== undefined) || (!right && t === "return")) return 0;
  if (right && (t === "." || t === "?." || t === "!" || t === "=>")) return undefined;
  if (!right && (t === "!" || t === "-" || t === "+") && !endsValue(before)) return PREFIX;
  // `??` cannot stand beside `&&` or `||` without parentheses.
  if (t === "??") return ATOM;
  return BINARY[t];
}

/** Drops the parentheses around an operand that binds tighter than what is on both sides of it. */
function dropParens(items: Item[], nested = false): void {
  for (let i = 0; i < items.length; i++) {
    const x = items[i]!;
    if (!isGroup(x)) continue;
    dropParens(x.items, x.close !== undefined);
    // A line's first parenthesis is left alone (a statement may not start with `{` or `function`).
    if (x.open.text !== "(" || !x.close || (i === 0 && !nested) || endsValue(items[i - 1]) || x.items.length === 0) continue;
    if (i > 0 && !isGroup(items[i - 1]) && (items[i - 1] as Token).text === "=>") continue;
    const left = i === 0 ? 0 : holdFrom(items[i - 1], items[i - 2], false);
    const right = holdFrom(items[i + 1], undefined, true);
    if (left === undefined || right === undefined) continue;
    const inner = loosest(x.items);
    const before = i > 0 ? items[i - 1] : undefined;
    const after = items[i + 1];
    // `(a && b) && c` is `a && b && c` (operators of one strength group from the left), and
    // `c ? x : (d ? y : z)` is `c ? x : d ? y : z` (conditionals group from the right).
    const leftOk = inner > left || (inner === BINARY["?"] && !isGroup(before) && before?.text === ":");
    const rightOk = inner > right || (inner === right && !isGroup(after) && after !== undefined && !RIGHT_TO_LEFT.has(after.text));
    // `a && b || c` is left as `(a && b) || c`, which a reader need not know the rule for.
    const mixed = inner === BINARY["&&"] && [before, after].some((y) => !isGroup(y) && y?.text === "||");
    if (leftOk && rightOk && !mixed && !x.items.some((y) => !isGroup(y) && y.text === "??")) {
      first(x.items[0]!).spaced = x.open.spaced;
      items.splice(i, 1, ...x.items);
      i--;
    }
  }
}

// ------------------------------------------------------------------ printing

function printFlat(items: Item[]): string {
  let s = "";
  const visit = (xs: Item[]) => {
    for (const x of xs) {
      if (isGroup(x)) {
        s += (x.open.spaced && s ? " " : "") + x.open.text;
        visit(x.items);
        if (x.close) s += (x.close.spaced ? " " : "") + x.close.text;
      } else s += (x.spaced && s ? " " : "") + x.text;
    }
  };
  visit(items);
  return s;
}

/** Break points of a sequence: before the operators of its chains; `top` when it is a whole line. */
function sequence(items: Item[], top: boolean): Doc {
  // Split at top-level commas into elements, each laid out on its own.
  const parts: Doc[] = [];
  let ternary = 0;
  const chain = items.some((x) => !isGroup(x) && ["&&", "||", "?", "??", "|"].includes(x.text));
  items.forEach((x, i) => {
    const sep = i === 0 ? "" : (isGroup(x) ? x.open : x).spaced ? " " : "";
    const t = isGroup(x) ? undefined : x.text;
    const breaks = t !== undefined && (t === "&&" || t === "||" || t === "??" || t === "|" || t === "?" || (t === ":" && ternary > 0));
    if (t === "?") ternary++;
    if (t === ":" && ternary > 0) ternary--;
    parts.push(breaks && sep ? b.line : sep);
    parts.push(isGroup(x) ? groupDoc(x) : x.text);
  });
  if (!chain) return parts;
  // The chain's operators break together; a conditional's branches, and a chain that goes on from a line of
  // its own, are indented under its first operand; an assignment's right side starts the chain.
  if (!top && !items.some((x) => !isGroup(x) && x.text === "?")) return b.group(parts);
  const eq = top ? items.findIndex((x) => !isGroup(x) && x.text === "=") : -1;
  if (eq >= 0 && eq < items.length - 1) {
    const head = parts.slice(0, 2 * eq + 2);
    return [...head, b.group(b.indent(parts.slice(2 * eq + 2)))];
  }
  return b.group(b.indent(parts));
}

function groupDoc(g: Group): Doc {
  if (!g.close) return [g.open.text, sequence(g.items, false)];
  if (!g.items.length) return [g.open.text, g.close.text];
  const elements: Item[][] = [[]];
  for (const x of g.items) {
    if (!isGroup(x) && x.text === ",") elements.push([]);
    else elements[elements.length - 1]!.push(x);
  }
  const trailing = elements[elements.length - 1]!.length === 0;
  if (trailing) elements.pop();
  const inner = b.join(
    [",", b.line],
    elements.map((e) => sequence(e, false)),
  );
  const pad = g.open.text === "{" ? b.line : b.softline;
  return b.group([g.open.text, b.indent([pad, inner, trailing ? "," : ""]), pad, g.close.text]);
}

/** Columns a line takes, East Asian wide characters counting two, as the document printer counts them. */
function width(s: string): number {
  let n = 0;
  for (const ch of s) n += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u.test(ch) ? 2 : 1;
  return n;
}
