// Worker threads that run the TypeScript sources: each registers tsx before it loads its entry module
// (a worker does not inherit the loader hooks of the thread that starts it).
import { Worker } from "node:worker_threads";

export function tsWorker(entry: URL, workerData: unknown): Worker {
  const tsx = import.meta.resolve("tsx/esm/api");
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { eval: true, workerData });
}
