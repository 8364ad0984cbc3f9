// Type-checks generated modules as `tsc --strict` does, with TypeScript's own compiler (the native tsc of
// TypeScript 7, which checks on every core), before any of them is written to generated/: a module that does
// not type-check is never written there. tsc reads files, so the modules go to a folder of the project's cache
// laid out as the project is (generated/… beside a link to the project's runtime/), removed afterwards.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

const OPTIONS = {
  strict: true,
  noImplicitReturns: true,
  target: "ES2022",
  // The modules are ES modules (they find the files beside them from import.meta.url).
  module: "ES2022",
  moduleResolution: "Bundler",
  noEmit: true,
  skipLibCheck: true,
  // The language and Node's types only (the runtime reads a module's data files with Node's fs), not the DOM.
  lib: ["ES2022"],
  types: ["node"],
};

/** tsc's diagnostics of the modules among `files` (paths relative to the root), rendered; empty when they type-check. */
export async function typecheckGenerated(root: string, files: ReadonlyMap<string, string>): Promise<string[]> {
  // Under the project, so that Node's types resolve from the project's node_modules as they do for its sources.
  const cache = join(root, "node_modules", ".cache", "regc");
  mkdirSync(cache, { recursive: true });
  const work = mkdtempSync(join(cache, "typecheck-"));
  try {
    const folders = new Set<string>();
    for (const [path, content] of files) {
      if (!path.endsWith(".ts")) continue;
      const folder = dirname(join(work, path));
      if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
      folders.add(folder);
      writeFileSync(join(work, path), content);
    }
    symlinkSync(join(root, "runtime"), join(work, "runtime"), "dir");
    writeFileSync(join(work, "tsconfig.json"), JSON.stringify({ compilerOptions: OPTIONS, include: ["generated/**/*.ts"] }));
    const { status, output } = await run(await tscPath(), ["-p", "tsconfig.json", "--pretty", "false"], work);
    return status === 0 ? [] : [output.trim() || `tsc ended with status ${status}`];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The native tsc of the installed TypeScript package (its platform binary, without the Node wrapper's start-up). */
async function tscPath(): Promise<string> {
  const pkg = createRequire(import.meta.url).resolve("typescript/package.json");
  const { default: getExePath } = (await import(pathToFileURL(join(dirname(pkg), "lib/getExePath.js")).href)) as { default: () => string };
  return getExePath();
}

function run(command: string, args: string[], cwd: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => chunks.push(c));
    child.stderr.on("data", (c: Buffer) => chunks.push(c));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, output: Buffer.concat(chunks).toString("utf8") }));
  });
}
