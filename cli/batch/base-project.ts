// `regc impact --base <dir>`: the old version of a policy read from another checkout of the project (the
// branch a pull request goes into). Only its rule files and gazette texts are taken: they are compiled here,
// by this regc, against this runtime, in a temporary project, so both versions run on the same code.
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import * as say from "../messages/usage.js";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { POLICY_DIR } from "../../compiler/program.js";
import { UsageError } from "../io.js";
import { REGC_ROOT as REGC } from "../regc-root.js";

/** Runs `use` with a project holding `dir`'s policies/; the project is removed afterwards. */
export async function withBaseProject<T>(root: string, dir: string, use: (project: string) => Promise<T>): Promise<T> {
  const policies = join(resolve(root, dir), POLICY_DIR);
  if (!existsSync(policies)) throw new UsageError(say.baseWithoutPolicies({ dir, folder: POLICY_DIR }));
  const project = mkdtempSync(join(tmpdir(), "regc-base-"));
  try {
    cpSync(policies, join(project, POLICY_DIR), { recursive: true });
    // Generated modules import the runtime (and it ajv) by relative path and from node_modules.
    symlinkSync(join(REGC, "runtime"), join(project, "runtime"), "dir");
    symlinkSync(join(REGC, "node_modules"), join(project, "node_modules"), "dir");
    writeFileSync(join(project, "package.json"), JSON.stringify({ type: "module", private: true }) + "\n");
    return await use(project);
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}
