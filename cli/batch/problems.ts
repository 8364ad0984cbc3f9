// Problems of a batch or impact run (invalid cases, cases a rule cannot decide) go to stderr as they are found,
// up to a limit; the rest are counted, and every one is in the output file. They are said as the command line
// speaks (--lang, else the locale, else English), whatever the language of the results.
import { messageLang, type Io } from "../io.js";
import { moreProblems } from "../messages/problems.js";

export function problemPrinter(io: Io, limit = 20): { print(text: string): void; finish(): void } {
  let count = 0;
  return {
    print(text) {
      if (++count <= limit) io.err(`${text}\n`);
    },
    finish() {
      if (count > limit) io.err(`${moreProblems(messageLang(io), count - limit)}\n`);
    },
  };
}
