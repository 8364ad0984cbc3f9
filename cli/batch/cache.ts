// What a batch run prepares once and reuses while the files it came from are unchanged, byte for byte: the
// verdict that its rule modules are up to date (prepare.ts) and the bundled worker script (bundle.ts). Entries
// live in `node_modules/.cache/regc` under the project and are named by content hashes, so an edit to a rule
// file, to regc itself or to a dependency simply misses.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const REGC = fileURLToPath(new URL("../..", import.meta.url));
// What decides a module's freshness and a worker's code: the compiler, the runtime, the command line code,
// and the versions of the dependencies (prettier's formatting is part of a module's text).
const REGC_SOURCES = ["cli", "compiler", "dsl", "runtime", "package.json", "package-lock.json"];

export function cacheDir(root: string): string {
  return join(root, "node_modules", ".cache", "regc");
}

export function sha256(...parts: (string | Uint8Array)[]): string {
  const h = createHash("sha256");
  for (const p of parts) h.update(p).update("\0");
  return h.digest("hex");
}

/** A hash of every file under the given paths (files or folders, relative to `base`), names and contents. */
export function treeHash(base: string, paths: readonly string[]): string {
  const h = createHash("sha256");
  const visit = (rel: string) => {
    const abs = join(base, rel);
    const stat = statSync(abs, { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      for (const name of readdirSync(abs).sort()) if (name !== "node_modules") visit(join(rel, name));
    } else if (stat?.isFile()) h.update(rel).update("\0").update(readFileSync(abs)).update("\0");
  };
  paths.forEach(visit);
  return h.digest("hex");
}

let regcHash: string | undefined;

/** A hash of regc's own sources and dependency versions, once per process. */
export function regcSourcesHash(): string {
  return (regcHash ??= treeHash(REGC, REGC_SOURCES));
}

/** The path of an entry, if there is one. */
export function cachedFile(root: string, name: string): string | undefined {
  const file = join(cacheDir(root), name);
  return existsSync(file) ? file : undefined;
}

export function readCache(root: string, name: string): string | undefined {
  try {
    return readFileSync(join(cacheDir(root), name), "utf8");
  } catch {
    return undefined;
  }
}

/**
 * Writes an entry whole (a concurrent run sees the old entry or the new one, never half of one). A cache that
 * cannot be written (a read-only project) only costs the next run the work again, so that is not an error.
 */
export function writeCache(root: string, name: string, content: string | Uint8Array): void {
  const dir = cacheDir(root);
  const temp = join(dir, `.${name}.${process.pid}`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temp, content);
    renameSync(temp, join(dir, name));
  } catch {
    // See above: the run goes on without the entry.
  }
}
