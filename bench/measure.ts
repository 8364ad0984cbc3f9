// Timing on a noisy, shared machine: variants are run side by side in interleaved repetitions, each ratio is
// taken within one repetition (both sides saw the same machine load), and the median over repetitions is kept.

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Milliseconds taken by `fn` (awaited when it returns a promise). */
export async function timed(fn: () => unknown): Promise<number> {
  const start = performance.now();
  const r = fn();
  if (r instanceof Promise) await r;
  return performance.now() - start;
}

export interface Variant {
  name: string;
  /** Items processed by one run (claims). */
  items: number;
  run: () => unknown;
}

/** Items per second of every variant, per repetition: by the clock, and by the process's CPU time. */
export interface Rates {
  wall: Map<string, number[]>;
  /**
   * Items per CPU-second (user + system, every thread of the process, so garbage collection done by V8's
   * helper threads counts too). On a machine shared with other work it moves far less than the clock.
   */
  cpu: Map<string, number[]>;
}

/** Runs every variant once to warm up, then `repetitions` times in interleaved order. */
export async function interleaved(variants: readonly Variant[], repetitions: number): Promise<Rates> {
  const wall = new Map<string, number[]>(variants.map((v) => [v.name, []]));
  const cpu = new Map<string, number[]>(variants.map((v) => [v.name, []]));
  for (const v of variants) await timed(v.run); // warm-up: let the JIT see every path first
  for (let r = 0; r < repetitions; r++) {
    for (const v of variants) {
      const before = process.cpuUsage();
      const ms = await timed(v.run);
      const used = process.cpuUsage(before);
      wall.get(v.name)!.push((v.items / ms) * 1000);
      cpu.get(v.name)!.push((v.items / (used.user + used.system)) * 1e6);
    }
  }
  return { wall, cpu };
}

/** Median over repetitions of a / b, each ratio taken within one repetition. */
export function pairedRatio(a: readonly number[], b: readonly number[]): number {
  return median(a.map((x, i) => x / b[i]!));
}
