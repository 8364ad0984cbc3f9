// `regc run`'s trace as a reader in either language gets it: how the language is asked for, and each claim's
// trace entries (a facts result: one list).
import { expect } from "vitest";
import { main } from "../../cli/main.js";
import { ROOT, tempDir, writeCase } from "./regc.js";

/** How a reader asks: a flag, the locale, or nothing (results are Chinese then). */
export const ASK = {
  en: { argv: ["--lang", "en"], env: {} },
  zhFlag: { argv: ["--lang", "zh"], env: {} },
  zhLocale: { argv: [], env: { LANG: "zh_CN.UTF-8" } },
  none: { argv: [], env: {} },
} as const;

/** `regc <argv> --case <json>`: each claim's trace (a facts result: its one trace). */
export async function traces<E>(argv: readonly string[], env: Record<string, string>, json: unknown): Promise<E[][]> {
  const file = writeCase(tempDir(), "case.json", json);
  let out = "";
  let err = "";
  const code = await main([...argv, "--case", file], { cwd: ROOT, env, out: (t) => (out += t), err: (t) => (err += t) });
  expect(code, err).toBe(0);
  const r = JSON.parse(out) as { claims?: { trace: E[] }[]; trace?: E[] };
  return r.claims ? r.claims.map((c) => c.trace) : [r.trace!];
}
