// parseCaseJson hands a short text to JSON.parse first and scans it only when needed: the answers must be those
// of the scan, whichever way a text goes — numbers a double cannot hold kept as their text, nesting past the
// limit said with its line and column, text that is not JSON refused.
import { describe, expect, it } from "vitest";
import { parseCaseJson } from "../../runtime/case-json.js";
import { CaseError } from "../../runtime/errors.js";

function refusal(text: string): string {
  try {
    parseCaseJson(text, "the case");
  } catch (e) {
    expect(e).toBeInstanceOf(CaseError);
    return (e as CaseError).issues.map((i) => i.message).join("; ");
  }
  throw new Error("accepted");
}

describe("parseCaseJson", () => {
  it("keeps as text a number of 17 digits and points anywhere in the line, and reads shorter ones as numbers", () => {
    // 10000000000000.009 has 17 digits: a double holds 10000000000000.01, so the text is kept.
    expect(parseCaseJson('{"a":10000000000000.009}')).toEqual({ a: "10000000000000.009" });
    // The run at the very start and at the very end of a text (positions 0–16 and the last 17).
    expect(parseCaseJson("12345678901234567")).toBe("12345678901234567");
    expect(parseCaseJson(`{"pad":"${"x".repeat(40)}","b":[1,12345678901234567]}`)).toEqual({ pad: "x".repeat(40), b: [1, "12345678901234567"] });
    // 16 characters (15 digits and a point) survive a double: read as the number.
    expect(parseCaseJson('{"a":1234567890123.45}')).toEqual({ a: 1234567890123.45 });
    // An exponent form is looked at closely: 1e400 is no double, so its text is kept.
    expect(parseCaseJson('{"a":1e400}')).toEqual({ a: "1e400" });
  });

  it("says where a short case nests past 32 levels, as the scan of a long one does", () => {
    // Level 1 is the case; `{"claims":[],"x":` is 17 characters, so the 32nd bracket after it, at level 33, is
    // character 17 + 31 = 48 from 0: column 49.
    const deep = `{"claims":[],"x":${"[".repeat(32)}1${"]".repeat(32)}}`;
    expect(refusal(deep)).toBe("the case nests deeper than 32 levels of arrays and objects (line 1, column 49)");
    const long = `{"pad":"${"x".repeat(70_000)}","x":${"[".repeat(32)}1${"]".repeat(32)}}`;
    // Longer than the parse-first limit, so scanned first: `{"pad":"` (8) + 70,000 + `","x":` (6) = 70,014
    // characters before the brackets; the 32nd is at 70,014 + 31 = 70,045 from 0: column 70,046.
    expect(refusal(long)).toMatch(/nests deeper than 32 levels .*\(line 1, column 70046\)/);
    // 31 arrays inside the case: 32 levels, allowed.
    expect(parseCaseJson(`{"x":${"[".repeat(31)}1${"]".repeat(31)}}`)).toBeTruthy();
  });

  it("refuses text that is not JSON, and says so before a depth it never reaches", () => {
    expect(refusal('{"a":')).toMatch(/^the case is not valid JSON: /);
    expect(refusal(`{"x":${"[".repeat(40)}`)).toMatch(/nests deeper than 32 levels/);
  });
});
