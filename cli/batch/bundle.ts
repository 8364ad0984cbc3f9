// Batch workers run one JavaScript file bundled (esbuild) from the worker code and the rule modules, rather
// than the TypeScript sources through tsx: no loader thread and no on-the-fly compiling in every worker, which
// keeps a run's start-up short and its memory small. The bundle is kept in the cache (cache.ts) under a hash of
// what goes into it, so a run bundles only after a module or regc changed.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Plugin } from "esbuild";
import { cachedFile, regcSourcesHash, sha256, writeCache } from "./cache.js";
import { siblingModule } from "../regc-root.js";

// Bundles of other versions are left behind as regc and the rules change; the most recently used are kept.
const KEPT = 8;

export interface Bundle {
  file: string;
  dispose(): void;
}

/** A worker script serving the given rule modules (file URLs), in the order given. */
export async function workerBundle(root: string, modules: readonly string[]): Promise<Bundle> {
  const paths = modules.map((url) => fileURLToPath(url));
  // By the modules' contents and places: a bundle reads each module's data files where the module is (ownUrl).
  const name = `worker-${sha256(regcSourcesHash(), ...paths.flatMap((p) => [p, readFileSync(p)])).slice(0, 32)}.mjs`;
  const cached = cachedFile(root, name);
  if (cached) return { file: cached, dispose: () => {} };
  const code = await bundle(paths);
  writeCache(root, name, code, KEPT);
  const written = cachedFile(root, name);
  if (written) return { file: written, dispose: () => {} };
  // No cache to keep it in: a file of this run's own.
  const dir = mkdtempSync(join(tmpdir(), "regc-batch-"));
  writeFileSync(join(dir, "worker.mjs"), code);
  return { file: join(dir, "worker.mjs"), dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A rule module finds its provenance and schema files beside itself, from its `import.meta.url`; inside a
 * bundle that would be the bundle's. Each module is given its own file URL instead, on the one line that reads
 * it (a whole line: no text of a rule file can stand there), so the workers read the files where they are.
 */
function ownUrl(paths: readonly string[]): Plugin {
  const modules = new Set(paths);
  return {
    name: "rule-module-url",
    setup(build) {
      build.onLoad({ filter: /\.[jt]s$/ }, (args) => {
        if (!modules.has(args.path)) return undefined;
        const url = JSON.stringify(pathToFileURL(args.path).href);
        const contents = readFileSync(args.path, "utf8").replace(/^((?:export )?const files = rt\.artifacts\()import\.meta\.url(\);)$/m, `$1${url}$2`);
        return { contents, loader: args.path.endsWith(".ts") ? "ts" : "js" };
      });
    },
  };
}

async function bundle(paths: readonly string[]): Promise<Uint8Array> {
  // esbuild is loaded only when there is something to bundle.
  const { build } = await import("esbuild");
  const serve = siblingModule(import.meta.url, "./serve.ts");
  const result = await build({
    stdin: {
      contents: [
        ...paths.map((path, i) => `import { policy as p${i} } from ${JSON.stringify(path)};`),
        `import { serve } from ${JSON.stringify(serve)};`,
        `serve([${paths.map((_, i) => `p${i}`).join(", ")}]);`,
      ].join("\n"),
      loader: "ts",
      resolveDir: fileURLToPath(new URL(".", import.meta.url)),
    },
    bundle: true,
    write: false,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "silent",
    plugins: [ownUrl(paths)],
    // Bundled CommonJS dependencies (ajv) may require Node's own modules.
    banner: { js: 'import { createRequire as __regcRequire } from "node:module"; const require = __regcRequire(import.meta.url);' },
  });
  return result.outputFiles[0]!.contents;
}
