// Reading the project's own text files: rule files, gazette texts, coverage notes, test cases. Only a regular
// file is read — a FIFO would make the read wait for a writer forever, a device or a folder is not text — and
// the file is opened without blocking before that is known. Text is UTF-8; a byte-order mark is dropped, so
// positions count from the first character an editor shows.
import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, join, relative, sep } from "node:path";
import { withoutBom } from "../../dsl/lines.js";
import { byCodePoint } from "../../dsl/text-order.js";
import { readProblemText, type ReadProblem } from "../messages/read-problems.js";

/** The text, or why it cannot be read: `why` as data, `problem` in English (for messages not yet in both languages). */
export type TextRead = { text: string } | { problem: string; why: ReadProblem };

function cannot(why: ReadProblem): TextRead {
  return { problem: readProblemText.en(why), why };
}

/** The text of a regular file of at most `maxBytes`, or why it cannot be read. */
export function readTextFile(abs: string, maxBytes = Infinity): TextRead {
  let fd: number;
  try {
    fd = openSync(abs, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return cannot((e as NodeJS.ErrnoException).code === "ENOENT" ? { kind: "missing" } : { kind: "system", message: (e as Error).message });
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return cannot({ kind: "notFile", is: stat.isDirectory() ? "folder" : stat.isFIFO() ? "pipe" : "device" });
    if (stat.size > maxBytes) return cannot({ kind: "tooLarge", maxBytes });
    return { text: withoutBom(readFileSync(fd, "utf8")) };
  } catch (e) {
    return cannot({ kind: "system", message: (e as Error).message });
  } finally {
    closeSync(fd);
  }
}

/** A path relative to the project root, with forward slashes on every system. */
export function relativePath(root: string, file: string): string {
  return relative(root, file).split(sep).join("/");
}

/** Names the project loader never enters: installed packages and hidden folders. */
export const notProjectFile = (name: string): boolean => name === "node_modules" || name.startsWith(".");

/** Whether `abs`, with every symbolic link resolved, lies inside `folder` (also resolved). Both must exist. */
export function resolvesInside(folder: string, abs: string): boolean {
  const rel = relative(realpathSync(folder), realpathSync(abs));
  return rel !== "" && rel.split(sep)[0] !== ".." && !isAbsolute(rel);
}

/**
 * The files under `dir` (itself a folder or a file), sorted, depth first, leaving out names `skip` rejects.
 * Only real folders are entered: a symbolic link to a folder could lead outside the project, or back into
 * itself without end.
 */
export function filesUnder(dir: string, skip: (name: string) => boolean = () => false): string[] {
  const out: string[] = [];
  const top = statSync(dir, { throwIfNoEntry: false });
  if (!top) return out;
  if (!top.isDirectory()) return [dir];
  const stack = [dir];
  while (stack.length) {
    const folder = stack.pop()!;
    const entries = readdirSync(folder, { withFileTypes: true })
      .filter((e) => !skip(e.name))
      .sort((a, b) => byCodePoint(a.name, b.name));
    const folders: string[] = [];
    for (const e of entries) {
      const p = join(folder, e.name);
      if (e.isDirectory()) folders.push(p);
      else if (!e.isSymbolicLink() || !statSync(p, { throwIfNoEntry: false })?.isDirectory()) out.push(p);
    }
    stack.push(...folders.reverse());
  }
  return out;
}
