// The YAML test files `regc test` runs: every *.yaml under a folder named tests/, below policies/ (and the
// --policies folders) or the paths given (a .yaml file named directly counts wherever it is).
import { relative, resolve } from "node:path";
import { filesUnder } from "../compiler/load/files.js";

export function findTestFiles(root: string, paths: string[], roots: readonly string[] = ["policies"]): string[] {
  const out: string[] = [];
  const skip = (name: string) => name.startsWith(".") || name === "node_modules";
  for (const p of (paths.length ? paths : roots).map((x) => resolve(root, x))) {
    const inTests = p.split(/[\\/]/).includes("tests");
    for (const file of filesUnder(p, skip)) {
      const folders = relative(p, file).split(/[\\/]/).slice(0, -1);
      if (/\.ya?ml$/.test(file) && (file === p || inTests || folders.includes("tests"))) out.push(file);
    }
  }
  return [...new Set(out)];
}
