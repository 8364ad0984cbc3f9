// Temporary folders for tests: each inside one scratch folder per test file, removed after the file's tests
// (test/setup.ts registers the removal for every file, also when files share a process).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

let scratch: string | undefined;

/** A fresh directory inside the test file's scratch directory, removed after the file's tests. */
export function tempDir(): string {
  scratch ??= mkdtempSync(join(tmpdir(), "regc-test-"));
  return mkdtempSync(join(scratch, "p-"));
}

export function removeTempDirs(): void {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
}
