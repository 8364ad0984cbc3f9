// Whether dist/ (`npm run build`) is current: built, and no source newer than the build. bin/regc.js runs it
// only then; the cold-start bench refuses to time anything else.
import { readdirSync, statSync } from "node:fs";

const SOURCES = ["runtime", "dsl", "compiler", "cli", "server", "lsp", "generated"];

/** `root`: the URL of regc's folder, ending in a slash. */
export function distCurrent(root) {
  const stamp = statSync(new URL("dist/.built", root), { throwIfNoEntry: false });
  if (!stamp) return false;
  const newer = (dir) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return false;
    }
    return entries.some((e) => (e.isDirectory() ? newer(new URL(`${e.name}/`, dir)) : statSync(new URL(e.name, dir)).mtimeMs > stamp.mtimeMs));
  };
  return !SOURCES.some((d) => newer(new URL(`${d}/`, root)));
}
