// Spreads the pieces of a case file over worker threads (one per core) and hands their parts back in input
// order. Memory stays bounded: at most a few pieces per worker are out at a time, and reading waits for them.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { workerBundle } from "./bundle.js";
import type { Piece } from "./input.js";
import type { Chunk, Part, WorkerSetup } from "./protocol.js";

export interface PoolOptions<P extends Part> {
  /** The project root, where the worker bundle is cached. */
  root: string;
  setup: WorkerSetup;
  pieces: AsyncIterable<Piece>;
  workers?: number;
  /** Called once per piece, in input order; reading waits while it runs. */
  onPart(part: P): Promise<void> | void;
}

export async function runPool<P extends Part>(opts: PoolOptions<P>): Promise<void> {
  const count = Math.max(1, opts.workers ?? availableParallelism());
  const maxOut = count * 3;
  const bundle = await workerBundle(opts.root, opts.setup.modules);
  const workers = Array.from({ length: count }, () => new Worker(bundle.file, { workerData: opts.setup }));
  const waiting = new Map<number, P>();
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]));
  let failure: unknown;
  let wake: (() => void) | undefined;
  const signal = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const settled = () => new Promise<void>((resolve) => (wake = resolve));
  let nextToWrite = 0;
  let writing = Promise.resolve();

  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            w.once("message", () => resolve());
            w.once("error", reject);
          }),
      ),
    );
    for (const w of workers) {
      w.on("message", (part: P) => {
        load.set(w, load.get(w)! - 1);
        waiting.set(part.seq, part);
        writing = writing.then(drain).catch((e: unknown) => {
          failure ??= e;
          signal();
        });
        signal();
      });
      w.on("error", (e) => {
        failure ??= e;
        signal();
      });
    }
    const drain = async () => {
      while (waiting.has(nextToWrite)) {
        const part = waiting.get(nextToWrite)!;
        waiting.delete(nextToWrite);
        await opts.onPart(part);
        nextToWrite++;
        signal();
      }
    };

    let seq = 0;
    for await (const piece of opts.pieces) {
      while (!failure && seq - nextToWrite >= maxOut) await settled();
      if (failure) throw failure;
      const worker = workers.reduce((a, b) => (load.get(b)! < load.get(a)! ? b : a));
      load.set(worker, load.get(worker)! + 1);
      worker.postMessage({ seq: seq++, ...piece } satisfies Chunk, [piece.bytes.buffer]);
    }
    while (!failure && nextToWrite < seq) await settled();
    if (failure) throw failure;
    await writing;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
    bundle.dispose();
  }
}
