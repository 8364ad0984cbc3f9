// A file named by `--out`: opened before any work, so that a path regc cannot write is a message and exit 2
// before a long batch runs rather than a crash at its end; a write that fails later (the disk full, the reader
// of a pipe gone) is reported the same way when the command next writes or closes it.
import { closeSync, createWriteStream, openSync, type WriteStream } from "node:fs";
import { UsageError } from "./io.js";
import * as say from "./messages/usage.js";

/** Opens `path` for writing (created, or emptied); a path that cannot be is a UsageError naming it. */
export function openForWriting(path: string): number {
  try {
    return openSync(path, "w");
  } catch (e) {
    throw cannotWrite(path, e);
  }
}

/** Checks that `path` can be written, for writers that open the file themselves (Parquet). */
export function requireWritable(path: string): void {
  closeSync(openForWriting(path));
}

/** A text or byte stream into a file; every failure surfaces as a UsageError from write or close. */
export class OutputFile {
  private readonly stream: WriteStream;
  private failure: unknown;

  constructor(private readonly path: string) {
    this.stream = createWriteStream(path, { fd: openForWriting(path) });
    this.stream.on("error", (e) => {
      this.failure ??= e;
    });
  }

  /** Writes and, when the stream asks it, waits until it has room again (or has failed). */
  async write(data: string | Uint8Array): Promise<void> {
    this.check();
    if (!this.stream.write(data)) await this.settled("drain");
    this.check();
  }

  /** Writes without waiting: for writers that write little; a failure is reported at close. */
  add(data: string): void {
    if (this.failure === undefined) this.stream.write(data);
  }

  async close(): Promise<void> {
    this.check();
    this.stream.end();
    await this.settled("finish");
    this.check();
  }

  private settled(event: "drain" | "finish"): Promise<void> {
    return new Promise((resolve) => {
      if (this.failure !== undefined) return resolve();
      const done = () => {
        this.stream.off(event, done);
        this.stream.off("error", done);
        resolve();
      };
      this.stream.on(event, done);
      this.stream.on("error", done);
    });
  }

  private check(): void {
    if (this.failure !== undefined) throw cannotWrite(this.path, this.failure);
  }
}

function cannotWrite(path: string, e: unknown): UsageError {
  const code = (e as NodeJS.ErrnoException).code;
  const problem = code === "EPERM" ? "EACCES" : KNOWN_PROBLEMS.find((p) => p === code);
  return new UsageError(say.cannotWrite({ path, ...(problem ? { problem } : {}), code: code ?? String(e) }));
}

const KNOWN_PROBLEMS: readonly say.WriteProblem[] = ["ENOENT", "EACCES", "EISDIR", "ENOSPC", "EPIPE"];
