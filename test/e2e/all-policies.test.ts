// Every hand-worked YAML case of every policy (policies/**/tests/*.yaml) passes, run as `regc test` runs
// them, in a copy of the project so that a stale module rebuilt on the way never touches generated/.
import { cpSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findTestFiles } from "../../cli/test-files.js";
import { linkRuntime, regc, ROOT, tempDir } from "./regc.js";

function fullCopy(): string {
  const dir = tempDir();
  cpSync(join(ROOT, "policies"), join(dir, "policies"), { recursive: true });
  cpSync(join(ROOT, "generated"), join(dir, "generated"), { recursive: true });
  return linkRuntime(dir);
}

describe("regc test on every policy", () => {
  it("passes every case of every test file", async () => {
    const dir = fullCopy();
    const files = findTestFiles(dir, []);
    expect(files.length).toBeGreaterThan(30);
    const r = await regc(["test"], dir);
    // On failure, show the failing cases with their explanations.
    expect(r.code, r.err.slice(r.err.indexOf("FAIL"))).toBe(0);
    const m = /^(\d+) passed, 0 failed\n$/.exec(r.out);
    expect(m, r.out).not.toBeNull();
    // Each file reports all of its cases passed.
    for (const f of files) expect(r.err).toMatch(new RegExp(`^${f.slice(dir.length + 1).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: (\\d+)/\\1 passed$`, "m"));
    expect(Number(m![1])).toBeGreaterThan(400);
  }, 120_000);
});
