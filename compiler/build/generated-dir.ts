// generated/ is the one folder regc writes to, and it writes there only real files in real folders. A
// symbolic link anywhere in generated/ could point a write, or a clean-up of stale modules, at any file of the
// machine, so regc refuses to touch generated/ while one is there (and says where it is) rather than follow it.
// Files are written to a temporary name and renamed into place: a rename replaces a link, never its target.
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Text } from "../../dsl/lang.js";

export const GENERATED_DIR = "generated";

/** generated/ holds something regc will not write through; the message (English; `text` in both) names it. */
export class GeneratedDirError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

/** What a path in generated/ is that regc will not write through. */
const WHAT = {
  outside: { en: "not a path inside generated/", zh: "不是 generated/ 之内的路径" },
  link: { en: "a symbolic link", zh: "符号链接" },
  other: { en: "neither a file nor a folder", zh: "既不是文件也不是文件夹" },
  fileForFolder: { en: "a file where a folder belongs", zh: "应为文件夹之处的文件" },
  folderForFile: { en: "a folder where a file belongs", zh: "应为文件之处的文件夹" },
} satisfies Record<string, Text>;

function refuse(rel: string, what: keyof typeof WHAT): never {
  throw new GeneratedDirError({
    en: `${rel} is ${WHAT[what].en}; regc writes only regular files in real folders inside ${GENERATED_DIR}/: remove it and run the command again`,
    zh: `${rel} 是${WHAT[what].zh}；regc 只在 ${GENERATED_DIR}/ 内真实的文件夹中写普通文件：请删除它后重新运行命令`,
  });
}

/** `generated/…` split into its parts, or a refusal when it would lead elsewhere. */
function partsOf(rel: string): string[] {
  const parts = rel.split("/");
  if (parts[0] !== GENERATED_DIR || parts.some((p) => p === "" || p === "." || p === ".." || p.includes("\\"))) refuse(rel, "outside");
  return parts;
}

type Kind = "missing" | "folder" | "file";

function kindOf(abs: string, rel: string): Kind {
  const stat = lstatSync(abs, { throwIfNoEntry: false });
  if (!stat) return "missing";
  if (stat.isSymbolicLink()) refuse(rel, "link");
  if (stat.isDirectory()) return "folder";
  if (stat.isFile()) return "file";
  return refuse(rel, "other");
}

/**
 * The content of a generated file, or undefined when it does not exist. `folders` holds the folders already
 * found real in this run (a build writing thousands of files looks at each folder once).
 */
export function readGenerated(root: string, rel: string, folders?: Set<string>): string | undefined {
  const parts = partsOf(rel);
  for (let i = 1; i <= parts.length; i++) {
    const sub = parts.slice(0, i).join("/");
    if (i < parts.length && folders?.has(sub)) continue;
    const kind = kindOf(join(root, sub), sub);
    if (kind === "folder") folders?.add(sub);
    if (kind === "missing") return undefined;
    if (kind !== (i === parts.length ? "file" : "folder")) refuse(sub, kind === "file" ? "fileForFolder" : "folderForFile");
  }
  return readFileSync(join(root, rel), "utf8");
}

/** Writes a generated file unless it already holds `content`; says whether it wrote. */
export function writeGenerated(root: string, rel: string, content: string, folders?: Set<string>): boolean {
  if (readGenerated(root, rel, folders) === content) return false;
  const parts = partsOf(rel);
  for (let i = 1; i < parts.length; i++) {
    const sub = parts.slice(0, i).join("/");
    if (folders?.has(sub)) continue;
    if (kindOf(join(root, sub), sub) === "missing") mkdirSync(join(root, sub));
    folders?.add(sub);
  }
  const abs = join(root, rel);
  const temp = `${abs}.${process.pid}.tmp`;
  writeFileSync(temp, content, { flag: "wx" });
  renameSync(temp, abs);
  return true;
}

/** Every regular file in generated/ (paths from the root), refusing if a link or a special file is there. */
export function listGenerated(root: string): string[] {
  const out: string[] = [];
  if (kindOf(join(root, GENERATED_DIR), GENERATED_DIR) !== "folder") return out;
  const stack = [GENERATED_DIR];
  while (stack.length) {
    const folder = stack.pop()!;
    for (const name of readdirSync(join(root, folder))) {
      const rel = `${folder}/${name}`;
      const kind = kindOf(join(root, rel), rel);
      if (kind === "folder") stack.push(rel);
      else out.push(rel);
    }
  }
  return out;
}

export function removeGenerated(root: string, rel: string): void {
  partsOf(rel);
  if (kindOf(join(root, rel), rel) === "file") rmSync(join(root, rel));
}
