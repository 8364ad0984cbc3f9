// What a command loads before it does anything: `regc --version` and `--help` load no compiler, and `regc run`
// none of the parser, checker, emitter, prettier or TypeScript — only the runtime and a few small helpers. The
// graph is followed through static imports (a command's own code is imported when it runs, by `import()`).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./regc.js";

/** Every project file and package reached from `entry` by static imports. */
function staticGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(join(ROOT, file), "utf8");
    for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s+"([^"]+)";/gms)) {
      const spec = m[1]!;
      if (!spec.startsWith(".")) {
        if (!spec.startsWith("node:")) packages.add(spec);
        continue;
      }
      const ts = resolve(dirname(join(ROOT, file)), spec).replace(/\.js$/, ".ts");
      if (existsSync(ts)) visit(relative(ROOT, ts));
    }
  };
  visit(entry);
  return { files: [...files].sort(), packages: [...packages].sort() };
}

describe("start-up", () => {
  it("regc --version and --help load no compiler", () => {
    const g = staticGraph("cli/main.ts");
    expect(g.files.filter((f) => f.startsWith("compiler/"))).toEqual([
      "compiler/build/generated-dir.ts",
      "compiler/load/files.ts",
      "compiler/messages/read-problems.ts",
    ]);
    expect(g.packages).toEqual(["commander"]);
  });

  it("regc run loads the runtime and the compiled-module loader, not the compiler", () => {
    const g = staticGraph("cli/commands/run.ts");
    expect(g.files.filter((f) => f.startsWith("compiler/") || f.startsWith("dsl/"))).toEqual([
      "compiler/build/content-version.ts",
      "compiler/load/files.ts",
      "compiler/messages/read-problems.ts",
      "dsl/lines.ts",
      // the wording helpers of usage errors (lists, "did you mean"), shared with the catalogue of diagnostics
      "dsl/messages/entry.ts",
      "dsl/text-order.ts",
    ]);
    expect(g.packages.filter((p) => !p.startsWith("ajv"))).toEqual([]);
  });
});
