// What a batch run prepares once and reuses while the files it came from are unchanged, byte for byte: the
// verdict that its rule modules are up to date (prepare.ts) and the bundled worker script (bundle.ts). Entries
// live in `node_modules/.cache/regc` under the project and are keyed by hashes of what they were made from, so
// after an edit to a rule file, to regc itself or to a dependency they simply miss.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { byCodePoint } from "../../dsl/text-order.js";
import { REGC_ROOT } from "../regc-root.js";

// What decides a module's freshness and a worker's code: the compiler, the runtime, the command line code,
// and the versions of the dependencies (the document printer's layout is part of a module's text).
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
      for (const name of readdirSync(abs).sort(byCodePoint)) if (name !== "node_modules") visit(join(rel, name));
    } else if (stat?.isFile()) h.update(rel).update("\0").update(readFileSync(abs)).update("\0");
  };
  paths.forEach(visit);
  return h.digest("hex");
}

let regcHash: string | undefined;

/** A hash of regc's own sources and dependency versions, once per process. */
export function regcSourcesHash(): string {
  return (regcHash ??= treeHash(REGC_ROOT, REGC_SOURCES));
}

/** The path of an entry, if there is one; using it makes it the most recently used. */
export function cachedFile(root: string, name: string): string | undefined {
  const file = join(cacheDir(root), name);
  try {
    const now = new Date();
    utimesSync(file, now, now);
    return file;
  } catch {
    return undefined;
  }
}

export function readCache(root: string, name: string): string | undefined {
  try {
    return readFileSync(join(cacheDir(root), name), "utf8");
  } catch {
    return undefined;
  }
}

/**
 * Writes an entry whole (a concurrent run sees the old entry or the new one, never half of one). With `keep`,
 * entries of the same kind (the same name up to its first dash) beyond the `keep` most recently used are
 * removed. A cache that cannot be written (a read-only project) only costs the next run the work again, so
 * that is not an error.
 */
export function writeCache(root: string, name: string, content: string | Uint8Array, keep?: number): void {
  const dir = cacheDir(root);
  const temp = join(dir, `.${name}.${process.pid}`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temp, content);
    renameSync(temp, join(dir, name));
    if (keep !== undefined) prune(dir, name.slice(0, name.indexOf("-") + 1), keep);
  } catch {
    rmSync(temp, { force: true });
  }
}

function prune(dir: string, kind: string, keep: number): void {
  const entries = readdirSync(dir)
    .filter((n) => n.startsWith(kind))
    .map((n) => ({ n, used: statSync(join(dir, n), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.used - a.used);
  for (const { n } of entries.slice(keep)) rmSync(join(dir, n), { force: true });
}
