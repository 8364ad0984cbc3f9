// A hash of the files under a project's folders, names and contents, as the compiler can meet them. A link is
// taken as what it says, never followed: a rule file's folder may link anywhere and the compiler reads nothing
// through one (E0810), so the hash must not walk there either. Anything that is neither a file, a folder nor
// a link (a pipe named like a rule file) is recorded by its kind, so that it too changes the hash.
import { lstatSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { join } from "node:path";
import { byCodePoint } from "../dsl/text-order.js";
import { sha256 } from "./batch/cache.js";

/** Throws when a file cannot be read: whoever asked then does the work instead of trusting a hash. */
export function projectFilesHash(root: string, folders: readonly string[]): string {
  const parts: (string | Uint8Array)[] = [];
  const visit = (rel: string) => {
    const stat = lstatSync(join(root, rel), { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isSymbolicLink()) parts.push(rel, `link ${readlinkSync(join(root, rel))}`);
    else if (stat.isDirectory()) for (const name of readdirSync(join(root, rel)).sort(byCodePoint)) visit(`${rel}/${name}`);
    else if (stat.isFile()) parts.push(rel, readFileSync(join(root, rel)));
    else parts.push(rel, `special ${stat.mode}`);
  };
  folders.forEach(visit);
  return sha256(...parts);
}
