// Seeded mutations of rule files and cases. Rule files are mutated as text — ranges deleted, repeated, moved,
// spliced from other rule files, hostile pieces and numbers put in, expressions nested or chained far past any
// limit, names lengthened or misspelt, lines made long, line ends changed — so that every stage from the
// lexer to the emitter meets what it was not written for. Cases are mutated as values (fields removed, given
// the wrong type, hostile strings, numbers a double cannot hold, deep nesting, repeated claims) and then as
// text (a byte-order mark, a cut, a stray character).
import type { Random } from "../../bench/random.js";
import { HOSTILE_PIECES, hostileString } from "./hostile.js";

const KEYWORDS =
  "document part of title source effective validity expires repeals extends ruling enum alias person claim facts optional default money rate int bool date param by bands x value exception on when then else if adjust precedence ledger cap deductible tally per year status excluded not_applicable output and or not in within beyond true false template override foreach covering choose highest".split(
    " ",
  );
const TOKENS = ["(", ")", "{", "}", "[", "]", ",", ":", ";", ".", "=", "!=", "<", "<=", ">", "+", "-", "*", "/", "@", '"', "“", "”", "\n", " "];
const NUMBERS = [
  "1000000000000000000000000000000元",
  "90071992547409.93元",
  "90071992547409.91元",
  "0.00000000000000001%",
  "0.123456789%",
  "99999999999999999999",
  "1000000000000000000000",
  "0元",
  "0.5",
  "1.5年",
  "2023-02-30",
  "2023年13月1日",
  "9999-12-31",
  "１２３．４５万元",
  "100个百分点",
];

function at(r: Random, text: string): number {
  return r.int(0, text.length);
}

function range(r: Random, text: string): [number, number] {
  const start = at(r, text);
  return [start, Math.min(text.length, start + r.int(1, 40))];
}

type TextMutation = (r: Random, text: string, lines: readonly string[]) => string;

const RULE_MUTATIONS: [TextMutation, number][] = [
  // delete, repeat and move ranges
  [
    (r, t) => {
      const [a, b] = range(r, t);
      return t.slice(0, a) + t.slice(b);
    },
    3,
  ],
  [
    (r, t) => {
      const [a, b] = range(r, t);
      return t.slice(0, b) + t.slice(a, b) + t.slice(b);
    },
    2,
  ],
  [
    (r, t) => {
      const lines = t.split("\n");
      const i = r.int(0, lines.length - 1);
      const j = r.int(0, lines.length - 1);
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return lines.join("\n");
    },
    1,
  ],
  // a line of another rule file
  [
    (r, t, lines) => {
      const ls = t.split("\n");
      ls.splice(r.int(0, ls.length), 0, r.pick(lines));
      return ls.join("\n");
    },
    2,
  ],
  // hostile pieces anywhere, strings and comments included
  [
    (r, t) => {
      const i = at(r, t);
      return t.slice(0, i) + hostileString(r, 3, 1) + t.slice(i);
    },
    3,
  ],
  // into a string: a title, a label, a ruling
  [
    (r, t) => {
      const quotes = [...t.matchAll(/"/g)].map((m) => m.index!);
      if (!quotes.length) return t;
      const i = r.pick(quotes) + 1;
      return t.slice(0, i) + r.pick(HOSTILE_PIECES.filter((p) => !/[\r\n]/.test(p))) + t.slice(i);
    },
    2,
  ],
  // after a citation's @: `*/`, quotes, separators
  [
    (r, t) => {
      const ats = [...t.matchAll(/@ ?\S+/g)];
      if (!ats.length) return t;
      const m = r.pick(ats);
      const end = m.index! + m[0].length;
      return t.slice(0, end) + r.pick(["*/", "*/process.exit(7)/*", "${x}", "`", "\\", "\u2028x"]) + t.slice(end);
    },
    2,
  ],
  // numbers no double holds, too many decimals, impossible dates
  [
    (r, t) => {
      const nums = [...t.matchAll(/[0-9]+(?:\.[0-9]+)?(?:元|万元|%|日|年|个月|工作日|周岁)?/g)];
      if (!nums.length) return t;
      const m = r.pick(nums);
      return t.slice(0, m.index!) + r.pick(NUMBERS) + t.slice(m.index! + m[0].length);
    },
    3,
  ],
  // an expression nested or chained far past the limits, after some "="
  [
    (r, t) => {
      const eqs = [...t.matchAll(/= /g)];
      if (!eqs.length) return t;
      const i = r.pick(eqs).index! + 2;
      const n = r.pick([10, 47, 48, 49, 300, 2000]);
      const kind = r.int(0, 4);
      const wrap =
        kind === 0
          ? ["(".repeat(n), ")".repeat(n)]
          : kind === 1
            ? [Array.from({ length: n }, (_, k) => `if 1 > ${k} then ${k}元 else`).join("\n  ") + " ", ""]
            : kind === 2
              ? ["-".repeat(n), ""]
              : kind === 3
                ? ["", " + 1元".repeat(n)]
                : ["not\n".repeat(n), ""];
      // the nested part goes round the expression's first term
      const j = t.indexOf("\n", i);
      const end = j < 0 ? t.length : j;
      return t.slice(0, i) + wrap[0] + t.slice(i, end) + wrap[1] + t.slice(end);
    },
    2,
  ],
  // a reverse chain of values longer than the limit
  [
    (r, t) => {
      const n = r.pick([15, 16, 17, 40]);
      const chain = Array.from({ length: n }, (_, k) => `value 链${n - k}: money @ 第一条 = 链${n - k - 1} + 1元`).join("\n");
      return `${t}\n${chain}\nvalue 链0: money @ 第一条 = 1元\n`;
    },
    1,
  ],
  // keywords and punctuation out of place
  [
    (r, t) => {
      const i = at(r, t);
      return t.slice(0, i) + ` ${r.pick(r.chance(0.5) ? KEYWORDS : TOKENS)} ` + t.slice(i);
    },
    3,
  ],
  // names made long, or one character off (did you mean)
  [
    (r, t) => {
      const names = [...t.matchAll(/[\u4e00-\u9fffA-Za-z_][\u4e00-\u9fffA-Za-z_0-9]{2,}/g)];
      if (!names.length) return t;
      const m = r.pick(names);
      const name = m[0];
      const replaced = r.chance(0.3) ? name.repeat(r.pick([3, 20, 60])) : name.slice(0, -1) + r.pick(["准", "淮", "x", "额", ""]);
      return t.slice(0, m.index!) + replaced + t.slice(m.index! + name.length);
    },
    3,
  ],
  // long lines, long strings, long lists
  [
    (r, t) => {
      const i = t.lastIndexOf("\n", at(r, t)) + 1;
      const kind = r.int(0, 2);
      const long =
        kind === 0
          ? `// ${"长".repeat(r.pick([3999, 4001, 20_000]))}\n`
          : kind === 1
            ? `enum 长 { ${Array.from({ length: r.pick([256, 257, 2000]) }, (_, k) => `成员${k}`).join(", ")} }\n`
            : `value 长串: money @ 第一条${"条".repeat(r.pick([1999, 2001]))} = 1元\n`;
      return t.slice(0, i) + long + t.slice(i);
    },
    1,
  ],
  // line ends and a byte-order mark
  [(r, t) => (r.chance(0.5) ? t.replace(/\n/g, r.pick(["\r\n", "\r"])) : `\ufeff${t}`), 1],
  // cut short
  [(r, t) => t.slice(0, at(r, t)), 1],
];

/** One to three mutations of a rule file's text. */
export function mutateRuleFile(r: Random, text: string, lines: readonly string[]): string {
  let out = text;
  for (let n = r.int(1, 3); n > 0; n--) out = r.weighted(RULE_MUTATIONS)(r, out, lines);
  return out;
}

// ------------------------------------------------------------------ cases

const HOSTILE_VALUES: (() => unknown)[] = [
  () => "\u2028",
  () => "*/ process.exit(7) /*",
  () => "constructor",
  () => "__proto__",
  () => "",
  () => -1,
  () => -0,
  () => 0,
  () => 1e21,
  () => 2 ** 53,
  () => 0.1 + 0.2,
  () => 123.456,
  () => true,
  () => null,
  () => [],
  () => ({}),
  () => "2019-02-30",
  () => "0000-01-01",
  () => "9999-12-31",
  () => "1e400",
  () => "１２３",
  () => "x".repeat(100_000),
  () => nest(40),
];

/** Written into the JSON text as it is: numbers no double reproduces. */
const RAW_NUMBERS = ["10000000000000.009", "90071992547409.93", "1e400", "-1e-400", "0.1000000000000000055511151231257827", "123456789012345678901234567890"];

function nest(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

/** Every object and array of a JSON value, with the value itself first. */
function containers(v: unknown, out: (Record<string, unknown> | unknown[])[] = []): (Record<string, unknown> | unknown[])[] {
  if (v === null || typeof v !== "object") return out;
  out.push(v as Record<string, unknown>);
  for (const x of Object.values(v)) containers(x, out);
  return out;
}

type CaseMutation = (r: Random, json: Record<string, unknown>) => void;

/** Values a case may well give: amounts at the edges of exact arithmetic, dates far apart, flags flipped. */
function plausible(r: Random, v: unknown): unknown {
  if (typeof v === "number") return r.pick([0, 0.01, 1, 999_999.99, 9e13, 90_071_992_547_409.91, -v, v * 1000]);
  if (typeof v === "boolean") return !v;
  if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v)) return r.pick(["1900-01-01", "2018-02-01", "2024-02-29", "2024-12-31", "2099-12-31"]);
  return v;
}

const CASE_MUTATIONS: [CaseMutation, number][] = [
  // values a case may well give, so that the rules run on them: large amounts, other dates, flipped flags
  [
    (r, j) => {
      for (const c of containers(j)) {
        for (const k of Object.keys(c)) if (r.chance(0.3)) (c as Record<string, unknown>)[k] = plausible(r, (c as Record<string, unknown>)[k]);
      }
    },
    6,
  ],
  // a field removed
  [
    (r, j) => {
      const c = r.pick(containers(j));
      const keys = Object.keys(c);
      if (keys.length) delete (c as Record<string, unknown>)[r.pick(keys)];
    },
    3,
  ],
  // a field given another value: hostile, of the wrong type, or one a double cannot hold
  [
    (r, j) => {
      const c = r.pick(containers(j)) as Record<string, unknown>;
      const keys = Object.keys(c);
      if (keys.length) c[r.pick(keys)] = r.pick(HOSTILE_VALUES)();
    },
    6,
  ],
  // a field no policy reads, under a hostile name
  [
    (r, j) => {
      const c = r.pick(containers(j)) as Record<string, unknown>;
      if (!Array.isArray(c))
        Object.defineProperty(c, r.pick(["__proto__", "constructor", hostileString(r, 2, 1), "toString"]), {
          value: r.pick(HOSTILE_VALUES)(),
          enumerable: true,
          writable: true,
          configurable: true,
        });
    },
    2,
  ],
  // claims repeated (ids twice), or many of them
  [
    (r, j) => {
      const claims = j.claims;
      if (Array.isArray(claims) && claims.length) {
        const copy = structuredClone(claims[0]);
        for (let n = r.pick([1, 2, 50]); n > 0; n--) claims.push(structuredClone(copy));
      }
    },
    1,
  ],
  // the notice's block of case facts
  [
    (r, j) => {
      j.meta = { caseNumber: hostileString(r, 3), applicant: { name: hostileString(r, 3) }, decisionDate: r.pick(["2023-11-01", "2023-02-30", 5]) };
    },
    1,
  ],
];

/** A case's JSON text after one to three value mutations and, sometimes, one to its text. */
export function mutateCase(r: Random, json: unknown): string {
  const copy = structuredClone(json) as Record<string, unknown>;
  for (let n = r.int(1, 3); n > 0; n--) r.weighted(CASE_MUTATIONS)(r, copy);
  let text = JSON.stringify(copy);
  if (r.chance(0.2)) {
    const numbers = [...text.matchAll(/-?[0-9]+(?:\.[0-9]+)?/g)];
    if (numbers.length) {
      const m = r.pick(numbers);
      text = text.slice(0, m.index!) + r.pick(RAW_NUMBERS) + text.slice(m.index! + m[0].length);
    }
  }
  if (r.chance(0.1)) {
    const i = r.int(0, text.length);
    text = r.chance(0.3) ? text.slice(0, i) : text.slice(0, i) + r.pick(["\ufeff", "[", "}", ",", '"', "\u2028", "[".repeat(5000)]) + text.slice(i);
  }
  if (r.chance(0.05)) text = `\ufeff${text}`;
  return text;
}
