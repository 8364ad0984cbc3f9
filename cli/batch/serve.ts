// The body of a batch worker thread: evaluates the chunks the coordinator sends, one at a time, answering each
// with its part of the results. The rule modules come in bundled with it (bundle.ts).
import { parentPort, workerData } from "node:worker_threads";
import type { AnyModule } from "../../runtime/evaluate.js";
import { evaluateChunk } from "./evaluate-task.js";
import { impactChunk } from "./impact-task.js";
import type { Chunk, Part, WorkerSetup } from "./protocol.js";

export function serve(mods: AnyModule[]): void {
  const setup = workerData as WorkerSetup;
  const port = parentPort!;
  port.on("message", (chunk: Chunk) => {
    const part: Part = setup.task === "impact" ? impactChunk(mods, setup, chunk) : evaluateChunk(mods, setup, chunk);
    port.postMessage(part, "bytes" in part ? [part.bytes.buffer] : []);
  });
  port.postMessage("ready");
}
