// `npm run vsix`: bundles the VS Code client (editors/vscode/src) with its one dependency (esbuild), then packages the extension folder
// into regc-policy.vsix with @vscode/vsce, offline: nothing is installed or fetched.
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { createVSIX } from "@vscode/vsce";

const here = fileURLToPath(new URL("../editors/vscode/", import.meta.url));

export async function buildVsix(out = `${here}regc-policy.vsix`): Promise<string> {
  await build({
    entryPoints: [`${here}src/extension.ts`],
    outfile: `${here}dist/extension.js`,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    external: ["vscode"],
    minify: true,
    logLevel: "warning",
  });
  await createVSIX({ cwd: here, packagePath: out, dependencies: false, skipLicense: true, allowMissingRepository: true });
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildVsix(process.argv[2]);
