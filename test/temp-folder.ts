// The test run's own temporary folder: TMPDIR (which os.tmpdir() reads, in the test processes too) points
// into a folder made for the run, and whatever a test leaves there fails the run when it ends. So no test
// leaves folders behind in the machine's temporary directory, and one that starts to is found at once.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  // Each test project (vitest.config.ts) runs this; the first one makes the folder and checks it at the end.
  if (process.env.REGC_TEST_TMPDIR) return () => {};
  const dir = mkdtempSync(join(tmpdir(), "regc-run-"));
  process.env.REGC_TEST_TMPDIR = dir;
  // tsx keeps its compile cache in <tmpdir>/tsx-<user>: the run's regc processes use the machine's one.
  const tsxCache = `tsx-${process.geteuid?.() ?? userInfo().username}`;
  mkdirSync(join(tmpdir(), tsxCache), { recursive: true });
  symlinkSync(join(tmpdir(), tsxCache), join(dir, tsxCache), "dir");
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return () => {
    const left = readdirSync(dir).filter((name) => name !== tsxCache);
    rmSync(dir, { recursive: true, force: true });
    delete process.env.REGC_TEST_TMPDIR;
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    if (!left.length) return;
    // vitest reports an error thrown here but still exits 0: the exit code is set as well.
    process.exitCode = 1;
    throw new Error(`the tests left ${left.length} entries in the temporary folder (remove them when done): ${left.join(", ")}`);
  };
}
