// `npm run vsix` packages the extension offline: the bundled client, the grammar, the language configuration
// and the schemas, in a .vsix that VS Code installs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildVsix } from "../../scripts/build-vsix.js";
import { tempDir } from "../e2e/regc.js";

describe("the VS Code extension", () => {
  it("is packaged into a .vsix with everything its manifest names", async () => {
    const out = await buildVsix(join(tempDir(), "regc-policy.vsix"));
    const listing = zipEntries(readFileSync(out)).join("\n");
    for (const file of [
      "extension/package.json",
      "extension/dist/extension.js",
      "extension/syntaxes/regc.tmLanguage.json",
      "extension/language-configuration.json",
      "extension/schemas/regc-tests.schema.json",
      "extension/schemas/regc-case.schema.json",
      "extension.vsixmanifest",
    ]) {
      expect(listing).toContain(file);
    }
    expect(listing).not.toContain("extension/src/");
  });
});

/** The names in a zip file's central directory (a .vsix is a zip). */
function zipEntries(zip: Buffer): string[] {
  const names: string[] = [];
  for (let i = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); i >= 0; i = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), i + 46)) {
    const length = zip.readUInt16LE(i + 28);
    names.push(zip.toString("utf8", i + 46, i + 46 + length));
  }
  return names;
}
