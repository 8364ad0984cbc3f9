// A build that would read what the last one read — every file of policies/ (rule files, gazette texts,
// rulings, the calendar's data), the project's runtime/ the modules are type-checked against, and regc's own
// sources — and finds generated/ as that build left it, has nothing to do: it compiles, emits and type-checks
// nothing. The stamp lives in the project's cache (node_modules/.cache/regc), so a build of a clean project
// is a full one, and anything else read differently makes the next build a full one again.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { listGenerated } from "../compiler/build/generated-dir.js";
import { byCodePoint } from "../dsl/text-order.js";
import { readCache, regcSourcesHash, sha256, writeCache } from "./batch/cache.js";
import { projectFilesHash } from "./project-files.js";

// One stamp per project folder: test projects share the cache of the project they link node_modules from.
const stampName = (root: string): string => `build-${sha256(root).slice(0, 16)}.json`;
// Stamps of other folders beyond the most recently used are removed.
const KEPT = 16;

interface Stamp {
  inputs: string;
  outputs: string;
  policies: number;
}

/** A hash of everything a build of the project reads. */
export function buildInputs(root: string): string {
  return sha256(regcSourcesHash(), projectFilesHash(root, ["policies", "runtime"]));
}

/** The number of policies the last build built, when its inputs were `inputs` and generated/ is as it left it. */
export function unchangedSince(root: string, inputs: string): number | undefined {
  const text = readCache(root, stampName(root));
  if (text === undefined) return undefined;
  try {
    const stamp = JSON.parse(text) as Stamp;
    return stamp.inputs === inputs && stamp.outputs === generatedHash(root) ? stamp.policies : undefined;
  } catch {
    // Unreadable, or generated/ holds a link or a special file: the full build says what is wrong.
    return undefined;
  }
}

/** generated/'s files, names and contents; never through a link (listGenerated refuses one). */
function generatedHash(root: string): string {
  const files = listGenerated(root).sort(byCodePoint);
  return sha256(...files.flatMap((f) => [f, readFileSync(join(root, f))]));
}

/** Records a build from `inputs` (hashed before it began) that left generated/ as it is now. */
export function stampBuild(root: string, inputs: string, policies: number): void {
  const stamp: Stamp = { inputs, outputs: generatedHash(root), policies };
  writeCache(root, stampName(root), JSON.stringify(stamp), KEPT);
}
