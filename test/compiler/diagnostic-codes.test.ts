// docs/diagnostics.md is the reference of every code regc reports: each code the sources raise must be
// listed there, in the table of its family.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../e2e/regc.js";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith(".ts") ? [p] : [];
  });
}

function codesInSources(): Map<string, string> {
  const found = new Map<string, string>();
  for (const dir of ["dsl", "compiler", "cli"]) {
    for (const file of sourceFiles(join(ROOT, dir))) {
      for (const m of readFileSync(file, "utf8").matchAll(/["'`]([EW]0\d{3})["'`]/g)) {
        if (!found.has(m[1]!)) found.set(m[1]!, file.slice(ROOT.length));
      }
    }
  }
  return found;
}

/** Code → the `## heading` of the table that lists it. */
function documentedCodes(): Map<string, string> {
  const out = new Map<string, string>();
  let heading = "";
  for (const line of readFileSync(join(ROOT, "docs/diagnostics.md"), "utf8").split("\n")) {
    const h = /^## (.+)$/.exec(line);
    if (h) heading = h[1]!;
    const row = /^\| ([EW]0\d{3}) \|/.exec(line);
    if (row) out.set(row[1]!, heading);
  }
  return out;
}

describe("docs/diagnostics.md", () => {
  const used = codesInSources();
  const documented = documentedCodes();

  it("finds the codes the sources raise", () => {
    // a guard on the scan itself: one code of each layer the tests below rely on
    expect([...used.keys()]).toEqual(expect.arrayContaining(["E0101", "E0201", "E0301", "E0401", "E0501", "E0601", "E0701", "W0401"]));
  });

  it("lists every code the sources use", () => {
    const missing = [...used].filter(([code]) => !documented.has(code)).map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });

  it("lists each code in the one table of its family, and the family in the table of ranges", () => {
    // E0401 and W0401 are of family "04"
    const family = (code: string) => code.slice(1, 3);
    const headingsOf = new Map<string, Set<string>>();
    for (const [code, heading] of documented) headingsOf.set(family(code), (headingsOf.get(family(code)) ?? new Set()).add(heading));
    const scattered = [...headingsOf].filter(([, headings]) => headings.size > 1).map(([f, headings]) => `${f}: ${[...headings].join(", ")}`);
    expect(scattered).toEqual([]);
    const familiesOf = new Map<string, Set<string>>();
    for (const [code, heading] of documented) familiesOf.set(heading, (familiesOf.get(heading) ?? new Set()).add(family(code)));
    const mixed = [...familiesOf].filter(([, families]) => families.size > 1).map(([h, families]) => `${h}: ${[...families].join(", ")}`);
    expect(mixed).toEqual([]);
    const text = readFileSync(join(ROOT, "docs/diagnostics.md"), "utf8");
    const ranges = new Set([...text.matchAll(/^\| E(\d\d)xx \|/gm)].map((m) => m[1]!));
    expect([...headingsOf.keys()].filter((f) => !ranges.has(f))).toEqual([]);
  });

  it("includes the syntax codes in place of the old placeholder", () => {
    const text = readFileSync(join(ROOT, "docs/diagnostics.md"), "utf8");
    expect(text).not.toContain("SYNTAX-CODES");
    for (let n = 1; n <= 11; n++) expect(documented.get(`E01${String(n).padStart(2, "0")}`)).toBe("Syntax");
  });
});
