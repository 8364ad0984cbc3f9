// `regc check` remembers its last verdict: the diagnostics it reported and the number of policies, under a key
// hashing everything a check reads — every file under policies/ (rule files, part files and templates, gazette
// texts, rulings, the calendar's data), regc itself, the paths asked about, and the day (W0901 depends on
// today). A check that finds its key reports what was remembered without loading the compiler; any change to
// any of those makes another key, so a remembered verdict never hides a diagnostic. The key spans the whole
// project because so do the checks: a document superseding, amending or planning another, a template, a part
// file or a calendar year changes what is reported about other files.
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../dsl/diagnostic.js";
import { readCache, regcSourcesHash, sha256, writeCache } from "./batch/cache.js";
import { projectFilesHash } from "./project-files.js";

/** What a check reported: the diagnostics (both languages), and the text of each file they are in. */
export interface CheckVerdict {
  policies: number;
  diagnostics: Diagnostic[];
  /** The text of each file a diagnostic is in, as the check read it (for the code frames). */
  texts: Record<string, string>;
}

interface Entry {
  key: string;
  verdict: CheckVerdict;
}

// One entry per project folder; entries of other folders beyond the most recently used are removed.
const entryName = (root: string): string => `check-${sha256(root).slice(0, 16)}.json`;
const KEPT = 16;

/** The key of a check of `paths` (all of policies/ when empty) on `day`; undefined when a file cannot be read. */
export function checkKey(root: string, paths: readonly string[], day: string): string | undefined {
  try {
    return sha256("check 1", regcSourcesHash(), projectFilesHash(root, ["policies"]), JSON.stringify(paths), day);
  } catch {
    // An unreadable file: the check itself says what is wrong with it.
    return undefined;
  }
}

export function rememberedCheck(root: string, key: string): CheckVerdict | undefined {
  const text = readCache(root, entryName(root));
  if (text === undefined) return undefined;
  try {
    const entry = JSON.parse(text) as Entry;
    return entry.key === key ? entry.verdict : undefined;
  } catch {
    return undefined;
  }
}

/** Kept in the project's node_modules/.cache; a folder without node_modules (a bare copy of rule files) keeps nothing. */
export function rememberCheck(root: string, key: string, verdict: CheckVerdict): void {
  if (!existsSync(join(root, "node_modules"))) return;
  writeCache(root, entryName(root), JSON.stringify({ key, verdict } satisfies Entry), KEPT);
}
