// docs/language.md's table of functions is generated from the built-ins' own files (npm run docs): it fails
// here when a function was added or changed without regenerating it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { functionTable, regionOf } from "../../scripts/docs.js";
import { ROOT } from "../e2e/regc.js";

describe("docs/language.md", () => {
  it("lists every built-in function as compiler/builtins/ declares it", () => {
    const text = readFileSync(join(ROOT, "docs/language.md"), "utf8");
    expect(regionOf(text, "functions")).toBe(functionTable());
  });
});
