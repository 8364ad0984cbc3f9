// The module the emitter writes for one rule file, in a project of its own (for tests of the module's shape).
import { rmSync } from "node:fs";
import { expect } from "vitest";
import { emitModule } from "../../compiler/emit/module.js";
import { compileProgram } from "../../compiler/program.js";
import { emptyProject } from "../e2e/regc.js";

export function emitted(policy: string): string {
  const dir = emptyProject({ "policies/t/a.policy": policy });
  try {
    const program = compileProgram(dir);
    expect(program.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    return emitModule(program.units[0]!, "../../runtime/index.js", "0");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
