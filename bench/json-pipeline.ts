// The limit `regc batch` is held against: the same JSON Lines file read the same way (cli/batch/input.ts: 128 KiB
// pieces cut at line ends, handed to worker threads uncopied), one worker thread per core, every line
// JSON.parse'd and JSON.stringify'd back, the results written in input order, and nothing else: no validation,
// no conversion, no evaluation. Run as its own process, like the command:
//
//   node --import tsx bench/json-pipeline.ts --cases claims.jsonl --out results.jsonl
//
// It prints `lines: N in S s` (from opening the file to the last byte written, worker start-up included, as
// `regc batch` counts its time) and its peak memory.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { openCases, type Piece } from "../cli/batch/input.js";

// Plain JavaScript: a worker runs it as it is, with nothing to compile.
const WORKER = `
const { parentPort } = require("node:worker_threads");
const decoder = new TextDecoder();
const encoder = new TextEncoder();
parentPort.on("message", ({ seq, bytes }) => {
  const text = decoder.decode(bytes);
  const out = [];
  let lines = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf("\\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    if (!line.trim()) continue;
    out.push(JSON.stringify(JSON.parse(line)));
    lines++;
  }
  const result = encoder.encode(out.length ? out.join("\\n") + "\\n" : "");
  parentPort.postMessage({ seq, lines, bytes: result }, [result.buffer]);
});
parentPort.postMessage("ready");
`;

interface Part {
  seq: number;
  lines: number;
  bytes: Uint8Array;
}

export async function jsonPipeline(cases: string, outFile: string, workers = availableParallelism()): Promise<number> {
  const input = await openCases(cases);
  const out = createWriteStream(outFile);
  const pool = Array.from({ length: workers }, () => new Worker(WORKER, { eval: true }));
  await Promise.all(pool.map((w) => once(w, "message")));
  const waiting = new Map<number, Part>();
  let lines = 0;
  let next = 0;
  let sent = 0;
  let wake: (() => void) | undefined;
  const settled = () => new Promise<void>((resolve) => (wake = resolve));
  for (const w of pool) {
    w.on("message", (part: Part) => {
      waiting.set(part.seq, part);
      for (let p = waiting.get(next); p; p = waiting.get(next)) {
        waiting.delete(next++);
        lines += p.lines;
        out.write(p.bytes);
      }
      wake?.();
    });
  }
  try {
    for await (const piece of input.pieces as AsyncIterable<Piece>) {
      while (sent - next >= workers * 3) await settled();
      pool[sent % workers]!.postMessage({ seq: sent++, bytes: piece.bytes }, [piece.bytes.buffer]);
    }
    while (next < sent) await settled();
  } finally {
    await input.close();
    await Promise.all(pool.map((w) => w.terminate()));
  }
  out.end();
  await once(out, "finish");
  return lines;
}

async function cli(): Promise<void> {
  const { values } = parseArgs({ options: { cases: { type: "string" }, out: { type: "string" }, workers: { type: "string" } } });
  if (!values.cases || !values.out) {
    process.stderr.write("usage: node --import tsx bench/json-pipeline.ts --cases FILE.jsonl --out FILE [--workers N]\n");
    process.exitCode = 2;
    return;
  }
  const start = performance.now();
  const lines = await jsonPipeline(values.cases, values.out, values.workers ? Number(values.workers) : undefined);
  const seconds = (performance.now() - start) / 1000;
  process.stdout.write(`lines: ${lines} in ${seconds.toFixed(3)} s\npeak memory: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await cli();
