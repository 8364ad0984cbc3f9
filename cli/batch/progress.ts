// Progress of a long batch run on a terminal (stderr only, and only when it is a terminal): how much of the
// file is read, cases and claims done, and the rate.
export interface Progress {
  update(cases: number, claims: number): void;
  done(): void;
}

export function progress(write: ((text: string) => void) | undefined, bytesRead: () => number, size: number): Progress {
  if (!write) return { update: () => {}, done: () => {} };
  const start = performance.now();
  let last = 0;
  let shown = false;
  return {
    update(cases, claims) {
      const now = performance.now();
      if (now - last < 250) return;
      last = now;
      shown = true;
      const share = size ? Math.min(100, (100 * bytesRead()) / size) : 0;
      const rate = Math.round(claims / Math.max((now - start) / 1000, 1e-3));
      write(`\r${share.toFixed(0).padStart(3)}%  ${cases} cases, ${claims} claims, ${rate} claims/s `);
    },
    done() {
      if (shown) write("\r\x1b[K");
    },
  };
}
