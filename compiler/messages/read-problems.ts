// Why a text file of the project cannot be read, in both languages: E0119, E0807 and E0811 say it, and so do
// the readers of calendar, rulings and test files in English. Kept apart from the entries: compiler/load/files.ts reads it,
// and `regc run` loads that file without the catalogue.
import type { Lang } from "../../dsl/lang.js";

/** Why a text file of the project cannot be read (compiler/load/files.ts finds it). */
export type ReadProblem =
  | { kind: "missing" }
  | { kind: "notFile"; is: "folder" | "pipe" | "device" }
  | { kind: "tooLarge"; maxBytes: number }
  /** The operating system's own words (permission denied, …), the same in both languages. */
  | { kind: "system"; message: string };

export const readProblemText: Record<Lang, (p: ReadProblem) => string> = {
  en: (p) =>
    p.kind === "missing"
      ? "it does not exist"
      : p.kind === "notFile"
        ? `it is not a regular file (${{ folder: "a folder", pipe: "a named pipe", device: "a device or socket" }[p.is]})`
        : p.kind === "tooLarge"
          ? `it is larger than ${p.maxBytes} bytes`
          : p.message,
  zh: (p) =>
    p.kind === "missing"
      ? "文件不存在"
      : p.kind === "notFile"
        ? `它不是普通文件（而是${{ folder: "文件夹", pipe: "命名管道", device: "设备或套接字" }[p.is]}）`
        : p.kind === "tooLarge"
          ? `文件超过 ${p.maxBytes} 字节`
          : p.message,
};
