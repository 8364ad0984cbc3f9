// The YAML test files `regc test` runs: every *.yaml under a folder named tests/, below policies/ or the
// paths given (a .yaml file named directly counts wherever it is).
import { join, relative, resolve } from "node:path";
import { filesUnder } from "../compiler/load/files.js";

export function findTestFiles(root: string, paths: string[]): string[] {
  const out: string[] = [];
  const skip = (name: string) => name.startsWith(".") || name === "node_modules";
  for (const p of paths.length ? paths.map((x) => resolve(root, x)) : [join(root, "policies")]) {
    const inTests = p.split(/[\\/]/).includes("tests");
    for (const file of filesUnder(p, skip)) {
      const folders = relative(p, file).split(/[\\/]/).slice(0, -1);
      if (/\.ya?ml$/.test(file) && (file === p || inTests || folders.includes("tests"))) out.push(file);
    }
  }
  return out;
}
