// The hash behind a policy's version (version.ts), apart from the compiler: `regc run` recomputes it over the
// files a module was built from to tell a stale module without compiling anything.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Sixteen hex digits of a SHA-256 over the files' paths and texts. Line endings are read as LF, so a checkout
 * that converts them does not change the version.
 */
export function contentVersion(root: string, files: readonly string[], read: (file: string) => string = (f) => readFileSync(join(root, f), "utf8")): string {
  const h = createHash("sha256");
  for (const f of files) h.update(f).update("\0").update(read(f).replace(/\r\n/g, "\n")).update("\0");
  return h.digest("hex").slice(0, 16);
}
