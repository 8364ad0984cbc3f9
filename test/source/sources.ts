// Shared by the source-layer tests: load a copied gazette and look provisions up strictly.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { numbersIn } from "../../compiler/law/source/numbers.js";
import { parseSource } from "../../compiler/law/source/parse.js";
import type { Provision, Quantity, QuantityKind, SourceDoc } from "../../compiler/law/source/types.js";

const policies = fileURLToPath(new URL("../../policies/", import.meta.url));

export function sourcePath(policy: string, docNumber: string): string {
  return `${policies}${policy}/sources/${docNumber}.txt`;
}

export function readSource(policy: string, docNumber: string): string {
  return readFileSync(sourcePath(policy, docNumber), "utf8");
}

export function loadSource(policy: string, docNumber: string): SourceDoc {
  return parseSource(readSource(policy, docNumber), sourcePath(policy, docNumber));
}

export function provision(doc: SourceDoc, path: string): Provision {
  const found = doc.index.get(path);
  if (!found) throw new Error(`no provision ${path} in ${doc.file}`);
  return found;
}

/** The provision's quantities as `kind:value` strings, easy to compare with `toContain`. */
export function quantities(doc: SourceDoc, path: string): string[] {
  return numbersIn(provision(doc, path).text).map((q: Quantity) => `${q.kind}:${q.value}`);
}

export function q(kind: QuantityKind, value: string): string {
  return `${kind}:${value}`;
}

/** Provisions of one kind anywhere in the document. */
export function allOfKind(doc: SourceDoc, kind: Provision["kind"]): Provision[] {
  return [...doc.index.values()].filter((p) => p.kind === kind);
}

/** 1-based number of the first line of `text` that starts with `prefix` (after whitespace). */
export function lineStarting(text: string, prefix: string): number {
  const index = text.split("\n").findIndex((l) => l.trimStart().startsWith(prefix));
  if (index < 0) throw new Error(`no line starts with ${prefix}`);
  return index + 1;
}
