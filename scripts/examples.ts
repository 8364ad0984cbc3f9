// `npm start`: evaluates every example case (policies/**/examples/<policy file name>.json) against its
// policy and prints the explanation a case worker would read.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { main } from "../cli/main.js";
import { processIo } from "../cli/io.js";
import { byCodePoint } from "../dsl/text-order.js";

const root = process.cwd();
const io = processIo();
let failures = 0;
const visit = (dir: string) => {
  for (const name of readdirSync(dir).sort(byCodePoint)) {
    const p = join(dir, name);
    if (name === "examples") {
      for (const example of readdirSync(p)
        .filter((f) => f.endsWith(".json"))
        .sort(byCodePoint)) {
        const policy = join(dir, example.replace(/\.json$/, ".policy"));
        if (existsSync(policy)) queue.push([policy, join(p, example)]);
      }
    } else if (!name.includes(".")) visit(p);
  }
};
const queue: [string, string][] = [];
visit(join(root, "policies"));
for (const [policy, example] of queue) {
  io.out(`\n$ regc explain ${policy.slice(root.length + 1)} --case ${example.slice(root.length + 1)}\n`);
  if ((await main(["explain", policy, "--case", example], io)) !== 0) failures++;
}
process.exitCode = failures ? 1 : 0;
