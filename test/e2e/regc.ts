// Runs regc the way a user would, but in-process: `main(argv, io)` with streams that are captured, in the
// repository or in a throwaway copy of it, so a test never rewrites the committed generated/ modules.
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { main } from "../../cli/main.js";
import { tempDir } from "../temp.js";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export { tempDir };

export interface Ran {
  code: number;
  out: string;
  err: string;
}

export async function regc(argv: string[], cwd = ROOT): Promise<Ran> {
  let out = "";
  let err = "";
  const code = await main(argv, { cwd, out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/**
 * A temporary project holding the policies of some folders (the Mianyang ones unless told) and their generated
 * modules, with the runtime and node_modules linked, as an ESM package (generated modules are ES modules).
 * `regc run` may rebuild modules here freely, and policies being written elsewhere in the repository do not
 * affect it.
 */
export function projectCopy(folders: readonly string[] = ["mianyang"]): string {
  const dir = tempDir();
  cpSync(join(ROOT, "policies/rulings.yaml"), join(dir, "policies/rulings.yaml"));
  cpSync(join(ROOT, "policies/calendar"), join(dir, "policies/calendar"), { recursive: true });
  for (const folder of folders) {
    cpSync(join(ROOT, "policies", folder), join(dir, "policies", folder), { recursive: true });
    cpSync(join(ROOT, "generated", folder), join(dir, "generated", folder), { recursive: true });
  }
  return linkRuntime(dir);
}

/** Makes `dir` a project generated modules run in: the runtime and node_modules linked, an ESM package. */
export function linkRuntime(dir: string): string {
  symlinkSync(join(ROOT, "runtime"), join(dir, "runtime"), "dir");
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module", private: true }) + "\n");
  return dir;
}

/** A document of one rule: the smallest rule file a build compiles. */
export const ONE_POLICY = `document "测试〔2024〕1号" {
  title "测试办法"
  effective 2024-01-01 @ 第一条
}

facts {
  amount: money "金额"
}

output pay: money "支付" @ 第一条 = facts.amount
`;

/** An empty project with the shared rulings and the official calendar, for rule files written by a test. */
export function emptyProject(files: Record<string, string>): string {
  const dir = tempDir();
  cpSync(join(ROOT, "policies/rulings.yaml"), join(dir, "policies/rulings.yaml"));
  cpSync(join(ROOT, "policies/calendar"), join(dir, "policies/calendar"), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** An empty project as emptyProject makes it, where `regc run` can also build and load modules. */
export function runnableProject(files: Record<string, string>): string {
  const dir = emptyProject(files);
  symlinkSync(join(ROOT, "runtime"), join(dir, "runtime"), "dir");
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module", private: true }) + "\n");
  return dir;
}

/** Writes a JSON case into `dir` and returns its path. */
export function writeCase(dir: string, name: string, json: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof json === "string" ? json : JSON.stringify(json, null, 2));
  return file;
}

/** A message for people: never a JavaScript stack trace. */
export function expectNoStackTrace(text: string): void {
  expect(text).not.toMatch(/^\s+at .+[:(]/m);
}
