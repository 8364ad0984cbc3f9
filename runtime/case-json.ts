// Reading a case from JSON text. Two things JSON.parse does not do are done here:
// - numbers are read as written: a number whose digits a double cannot reproduce (10000000000000.009 reads
//   back as 10000000000000.01) is kept as its text, so that it is judged as the same text in quotes would be,
//   never silently rounded to a neighbour that happens to be valid;
// - the text's length and nesting are held to CASE_LIMITS first, with a message saying where.
import { CASE_LIMITS } from "./case-limits.js";
import { CASE_MESSAGES as M } from "./case-messages.js";
import { CaseError } from "./errors.js";

const NUMBER = /-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?/y;

/** The decimal a number's text stands for, as digits and a power of ten, for comparing two spellings. */
function canonical(text: string): string | undefined {
  const m = /^(-?)([0-9]+)(?:\.([0-9]+))?(?:[eE]([-+]?[0-9]+))?$/.exec(text);
  if (!m) return undefined;
  let digits = `${m[2]}${m[3] ?? ""}`.replace(/^0+/, "");
  let exponent = Number(m[4] ?? 0) - (m[3]?.length ?? 0);
  for (; digits.endsWith("0"); exponent++) digits = digits.slice(0, -1);
  return digits === "" ? "0" : `${m[1]}${digits}e${exponent}`;
}

/** A number's text as a number when the double holds exactly the decimal written, else the text itself. */
export function readNumber(text: string): number | string {
  const n = Number(text);
  return Number.isFinite(n) && canonical(String(n)) === canonical(text) ? n : text;
}

// Any decimal of at most 15 significant digits survives a double unchanged; only longer ones (17 characters of
// digits and points in a row), and exponent forms, need a closer look.
const LONG_RUN = 17;
const EXPONENT = /[0-9][eE][-+]?[0-9]/;

function maybeInexact(text: string): boolean {
  return hasLongRun(text) || EXPONENT.test(text);
}

/**
 * Whether the text holds LONG_RUN digits or points in a row. Every such run covers one of the positions
 * LONG_RUN − 1, 2·LONG_RUN − 1, …, so only those are looked at, and the run around one only when it is a digit
 * or a point: a case's text is read a character in LONG_RUN, not every character (a regular expression took
 * half as long as JSON.parse on a batch's lines).
 */
function hasLongRun(text: string): boolean {
  for (let p = LONG_RUN - 1; p < text.length; p += LONG_RUN) {
    if (!numeric(text.charCodeAt(p))) continue;
    let from = p;
    while (from > 0 && numeric(text.charCodeAt(from - 1))) from--;
    let to = p + 1;
    while (to < text.length && numeric(text.charCodeAt(to))) to++;
    if (to - from >= LONG_RUN) return true;
  }
  return false;
}

function numeric(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2e;
}

// Below this length a text is handed to JSON.parse before its nesting is looked at (V8's parser keeps no stack
// per level, so any nesting parses; a text this short parses in well under a millisecond), and its value's depth
// is checked after; the text is scanned only when that finds it too deep, to say where. Longer texts, and texts
// with numbers a double may not hold, are scanned first.
const PARSE_FIRST = 1 << 16;

/** Parses a case; throws CaseError (path `$`) for text that is not JSON, too long or too deep. */
export function parseCaseJson(text: string, name = "the case"): unknown {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.length > CASE_LIMITS.length) throw new CaseError([{ path: "$", message: M.tooLong(name, CASE_LIMITS.length) }]);
  const inexact = maybeInexact(text);
  if (inexact || text.length > PARSE_FIRST) return scanned(text, name, inexact);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // Said as the scan says it: a text too deep before its error is said to be too deep.
    return scanned(text, name, false);
  }
  return deeper(json, CASE_LIMITS.depth) ? scanned(text, name, false) : json;
}

/** Whether a parsed value nests more than `levels` levels of arrays and objects. */
function deeper(value: unknown, levels: number): boolean {
  if (value === null || typeof value !== "object") return false;
  if (levels === 0) return true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (deeper(value[i], levels - 1)) return true;
    return false;
  }
  for (const key in value) if (deeper((value as Record<string, unknown>)[key], levels - 1)) return true;
  return false;
}

/** The text scanned for its nesting (and, when `inexact`, for numbers to keep as text) before it is parsed. */
function scanned(text: string, name: string, inexact: boolean): unknown {
  const kept: [number, number][] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // a string: skip to its closing quote
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > CASE_LIMITS.depth) {
        const before = text.slice(0, i);
        const line = before.split("\n").length;
        throw new CaseError([
          {
            path: "$",
            message: M.tooDeepAt(name, CASE_LIMITS.depth, line, i - before.lastIndexOf("\n")),
          },
        ]);
      }
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    } else if (inexact && (c === 0x2d || (c >= 0x30 && c <= 0x39))) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m) continue;
      if (typeof readNumber(m[0]) === "string") kept.push([i, i + m[0].length]);
      i += m[0].length - 1;
    }
  }
  let json = text;
  for (const [start, end] of kept.reverse()) json = `${json.slice(0, start)}"${json.slice(start, end)}"${json.slice(end)}`;
  try {
    return JSON.parse(json);
  } catch (e) {
    throw new CaseError([{ path: "$", message: M.notJson(name, (e as Error).message) }]);
  }
}
