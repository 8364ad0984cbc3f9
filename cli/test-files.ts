// The YAML test files `regc test` runs: every *.yaml under a folder named tests/, below policies/ or the
// paths given (a .yaml file named directly counts wherever it is).
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

export function findTestFiles(root: string, paths: string[]): string[] {
  const out: string[] = [];
  const visit = (p: string, inTests: boolean) => {
    if (!existsSync(p)) return;
    if (statSync(p).isDirectory()) {
      for (const n of readdirSync(p).sort()) if (!n.startsWith(".") && n !== "node_modules") visit(join(p, n), inTests || n === "tests");
    } else if (inTests && /\.ya?ml$/.test(p)) out.push(p);
  };
  for (const p of paths.length ? paths.map((x) => resolve(root, x)) : [join(root, "policies")]) {
    visit(p, /\.ya?ml$/.test(p) || p.split(/[\\/]/).includes("tests"));
  }
  return out;
}
