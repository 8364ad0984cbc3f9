// Batch workers run one JavaScript file bundled (esbuild) from the worker code and the rule modules, rather
// than the TypeScript sources through tsx: no loader thread and no on-the-fly compiling in every worker, which
// keeps a run's start-up short and its memory small.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

export interface Bundle {
  file: string;
  dispose(): void;
}

/** A worker script serving the given rule modules (file URLs), in the order given. */
export async function workerBundle(modules: readonly string[]): Promise<Bundle> {
  const dir = mkdtempSync(join(tmpdir(), "regc-batch-"));
  const entry = join(dir, "entry.ts");
  const serve = fileURLToPath(new URL("./serve.ts", import.meta.url));
  writeFileSync(
    entry,
    [
      ...modules.map((url, i) => `import { policy as p${i} } from ${JSON.stringify(fileURLToPath(url))};`),
      `import { serve } from ${JSON.stringify(serve)};`,
      `serve([${modules.map((_, i) => `p${i}`).join(", ")}]);`,
    ].join("\n"),
  );
  const file = join(dir, "worker.mjs");
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: file,
    logLevel: "silent",
    // Bundled CommonJS dependencies (ajv) may require Node's own modules.
    banner: { js: 'import { createRequire as __regcRequire } from "node:module"; const require = __regcRequire(import.meta.url);' },
  });
  return { file, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
