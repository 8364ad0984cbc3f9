// When one rule file changed, a build emits and type-checks only the policies whose modules it changes. The
// project's cache (node_modules/.cache/regc) holds one record per project: for each module path, the key it
// was emitted under and the hashes of its three files (module, provenance, schema) as they were written. A
// policy's files in generated/ are reused when its key is the same and the files on disk still have those
// hashes; anything else emits it again (a file edited or removed by hand, a record missing or unreadable).
// The key is everything a module's files and its type-check follow from: regc's sources and dependency
// versions (the emitter, the layout, tsc), the project's runtime/ tree (what the module is checked against),
// the module's path (its import of the runtime), the policy's version (a hash of every file its rules are read
// from: compiler/build/version.ts) and a hash of the policy's compiled form itself, which the emitter reads,
// so that no input the version does not name can leave a module stale. `regc build --check` builds without
// the cache and so checks what it kept.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { modulePath, type BuildOutput, type ModuleFiles } from "../compiler/build/build.js";
import { besideModule } from "../compiler/build/module-names.js";
import { readGenerated } from "../compiler/build/generated-dir.js";
import { unitVersion } from "../compiler/build/version.js";
import type { UnitIr } from "../compiler/ir/ir.js";
import type { Program } from "../compiler/program.js";
import { readCache, regcSourcesHash, sha256, treeHash, writeCache } from "./batch/cache.js";

// One record per project folder; records of other folders beyond the most recently used are removed.
const recordName = (root: string): string => `modules-${sha256(root).slice(0, 16)}.json`;
const KEPT = 16;

interface Entry {
  key: string;
  /** sha256 of the module, its provenance and its schema, as written. */
  files: [string, string, string];
}

export interface BuildCache {
  reuse: (u: UnitIr, path: string) => ModuleFiles | undefined;
  /** Records what a build that wrote `out` to generated/ emitted, for the next one. */
  save: (out: BuildOutput) => void;
}

/** The project's cache; `regc` is the hash of regc's sources (another one stands for another version of regc). */
export function buildCache(program: Program, regc = regcSourcesHash()): BuildCache {
  const root = program.root;
  const entries = readRecord(root);
  const base = sha256(regc, treeHash(root, ["runtime"]));
  const keys = new Map<string, string | undefined>();
  const keyOf = (u: UnitIr, path: string): string | undefined => {
    if (!keys.has(path)) {
      const ir = irHash(u);
      keys.set(path, ir === undefined ? undefined : sha256(base, path, unitVersion(program, u), ir));
    }
    return keys.get(path);
  };
  const pathsOf = (path: string): [string, string, string] => {
    const beside = besideModule(path);
    return [path, beside.provenance, beside.schema];
  };
  return {
    reuse(u, path) {
      const entry = entries.get(path);
      const key = keyOf(u, path);
      if (!entry || key === undefined || entry.key !== key) return undefined;
      try {
        const texts = pathsOf(path).map((p) => readGenerated(root, p));
        if (texts.some((t, i) => t === undefined || sha256(t) !== entry.files[i])) return undefined;
        const [code, provenance, schema] = texts as [string, string, string];
        return { code, provenance, schema };
      } catch {
        // generated/ holds a link or a special file there: emitting it lets the write say what is wrong.
        return undefined;
      }
    },
    save(out) {
      // The cache lives in the project's node_modules; a project without one gets no record.
      if (!existsSync(join(root, "node_modules"))) return;
      const record: Record<string, Entry> = {};
      for (const u of program.units) {
        const path = modulePath(u);
        const key = keyOf(u, path);
        const texts = pathsOf(path).map((p) => out.files.get(p));
        if (key === undefined || texts.some((t) => t === undefined)) continue;
        record[path] = { key, files: texts.map((t) => sha256(t!)) as [string, string, string] };
      }
      writeCache(root, recordName(root), JSON.stringify(record), KEPT);
    },
  };
}

function readRecord(root: string): Map<string, Entry> {
  try {
    const record = JSON.parse(readCache(root, recordName(root)) ?? "{}") as Record<string, Entry>;
    return new Map(Object.entries(record));
  } catch {
    return new Map();
  }
}

/**
 * A hash of the policy's compiled form, Maps and Sets by their entries; undefined (emit it) for a form that
 * cannot be written out (a cycle).
 */
function irHash(u: UnitIr): string | undefined {
  try {
    return sha256(
      JSON.stringify(u, (_, v: unknown) => {
        if (v instanceof Map) return { Map: [...v] };
        if (v instanceof Set) return { Set: [...v] };
        if (typeof v === "bigint") return { BigInt: v.toString() };
        return v;
      }),
    );
  } catch {
    return undefined;
  }
}
