// Problems of a batch or impact run (invalid cases, cases a rule cannot decide) go to stderr as they are found,
// up to a limit; the rest are counted, and every one is in the output file.
import type { Io } from "../io.js";

export function problemPrinter(io: Io, limit = 20): { print(text: string): void; finish(): void } {
  let count = 0;
  return {
    print(text) {
      if (++count <= limit) io.err(`${text}\n`);
    },
    finish() {
      if (count > limit) io.err(`… and ${count - limit} more problems (every one is in the output file)\n`);
    },
  };
}
