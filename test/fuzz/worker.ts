// One process of `npm run fuzz`: runs inputs [from, to) of a seed and prints each outcome as a JSON line,
// so that the parent can see how far it got if an input never ends.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCorpus } from "./corpus.js";
import { Fuzzer } from "./harness.js";

const [seed, from, to] = process.argv.slice(2).map(Number) as [number, number, number];
const root = fileURLToPath(new URL("../..", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "regc-fuzz-"));
try {
  const fuzzer = new Fuzzer(loadCorpus(root), seed, scratch);
  await fuzzer.warmUp();
  process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
  for (let i = from; i < to; i++) process.stdout.write(`${JSON.stringify(await fuzzer.one(i))}\n`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
