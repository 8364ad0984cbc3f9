import { readFileSync } from "node:fs";
import { policies } from "../generated/index.js";
import type { AnyModule } from "../runtime/evaluate.js";
import { evaluateChunk } from "../cli/batch/evaluate-task.js";
const mod = (await policies["锦政办发〔2022〕16号"]()).policy as unknown as AnyModule;
const lines = readFileSync("/tmp/c20k.jsonl", "utf8").split("\n").filter(Boolean);
const setup = { task: "evaluate" as const, modules: [], format: "jsonl" as const, header: [], report: false, output: "", top: 0 };
for (let rep = 0; rep < 6; rep++) {
  const t = performance.now(); let claims = 0;
  for (let i = 0; i < lines.length; i += 700) { const part = evaluateChunk(mod, setup, { seq: 0, cases: lines.slice(i, i + 700).map((l, j) => ({ line: i + j, lines: [l] })) }); claims += part.summary.claims; }
  console.log(Math.round(claims / (performance.now() - t) * 1000), "claims/s");
}
