// A build where nothing it reads changed does nothing; any change to a rule file, a gazette text or
// generated/ makes it a full build again.
import { appendFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ONE_POLICY as POLICY, regc, runnableProject } from "./regc.js";

/** What the build says last (a full build first repeats the rule file's warnings). */
const said = async (dir: string, argv = ["build"]): Promise<string> => (await regc(argv, dir)).err.trimEnd().split("\n").pop()!;

describe("a build where nothing changed", () => {
  it("writes and compiles nothing, and a change to the rule files or to generated/ builds again", async () => {
    const dir = runnableProject({ "policies/t/a.policy": POLICY });
    expect(await said(dir)).toMatch(/^built 1 policies \(1 emitted, 0 unchanged; 3 modules type-checked\): \d+ files written$/);
    expect(await said(dir)).toBe("built 1 policies: 0 files written (nothing changed since the last build)");
    expect(await said(dir, ["build", "--check"])).toBe("generated/ is up to date (1 policies)");

    // A rule file changed: built again, and its module says so (its version is a hash of the rule file).
    const module = join(dir, "generated/t/a.ts");
    const before = readFileSync(module, "utf8");
    appendFileSync(join(dir, "policies/t/a.policy"), "// 注释\n");
    expect(await said(dir)).toMatch(/^built 1 policies \(1 emitted, 0 unchanged; 1 module type-checked\): 2 files written$/);
    expect(readFileSync(module, "utf8")).not.toBe(before);

    // generated/ touched by hand: the file is written back as the rule file gives it.
    const after = readFileSync(module, "utf8");
    writeFileSync(module, "// edited\n");
    expect(await said(dir)).toBe("built 1 policies (1 emitted, 0 unchanged; 1 module type-checked): 1 file written");
    expect(readFileSync(module, "utf8")).toBe(after);

    // A data file beside the module removed: written again too.
    rmSync(join(dir, "generated/t/a.provenance.json"));
    expect(await said(dir)).toBe("built 1 policies (1 emitted, 0 unchanged; 1 module type-checked): 1 file written");
    expect(await said(dir)).toContain("nothing changed since the last build");
  });
});
