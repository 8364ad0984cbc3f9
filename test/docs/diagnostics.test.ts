// docs/diagnostics.md's tables of catalogued codes are generated from the catalogue (npm run docs): it fails here
// when an entry was added or reworded without regenerating them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../../compiler/messages/catalogue.js";
import { diagnosticRegion, diagnosticTable, regionOf } from "../../scripts/docs.js";
import { ROOT } from "../e2e/regc.js";

describe("docs/diagnostics.md", () => {
  const text = readFileSync(join(ROOT, "docs/diagnostics.md"), "utf8");
  for (const family of CATALOGUE) {
    it(`shows the catalogued codes of "${family.heading}" as compiler/messages/ words them, in English and Chinese`, () => {
      expect(regionOf(text, diagnosticRegion(family))).toBe(diagnosticTable(family));
      // the generated table sits under its family's heading
      expect(text.indexOf(`## ${family.heading}\n`)).toBeGreaterThan(-1);
      expect(text.indexOf(`generated: ${diagnosticRegion(family)} `)).toBeGreaterThan(text.indexOf(`## ${family.heading}\n`));
    });
  }
});
