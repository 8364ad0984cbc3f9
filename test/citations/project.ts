// A throwaway copy of the whole policies/ tree (rule files, gazette texts, rulings, coverage notes), with the
// runtime and node_modules linked so that generated modules load, for tests that change a policy.
import { appendFileSync, cpSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { ROOT, tempDir } from "../e2e/regc.js";

export function policiesCopy(): string {
  const dir = tempDir();
  cpSync(join(ROOT, "policies"), join(dir, "policies"), { recursive: true });
  symlinkSync(join(ROOT, "runtime"), join(dir, "runtime"), "dir");
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module", private: true }) + "\n");
  return dir;
}

/** Replaces the one occurrence of `from` in a rule file of the copy. */
export function edit(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  expect(text.split(from).length - 1, `${from} occurs once in ${file}`).toBe(1);
  writeFileSync(path, text.replace(from, to));
}

export function appendTo(dir: string, file: string, text: string): void {
  appendFileSync(join(dir, file), text);
}

export interface Finding {
  /** `policies/…:line:col` */
  at: string;
  severity: "error" | "warning";
  code: string;
  message: string;
  help?: string;
}

/** The diagnostics `regc check` printed, each as its header line and help line. */
export function findings(stderr: string): Finding[] {
  return allFindings(stderr).filter((f) => f.severity === "error");
}

/** Errors and warnings alike. */
export function allFindings(stderr: string): Finding[] {
  return stderr
    .split(/^(?=\S+:\d+:\d+: (?:error|warning)\[)/m)
    .filter((b) => /^\S+:\d+:\d+: /.test(b))
    .map((b) => {
      const [, at, severity, code, message] = /^(\S+:\d+:\d+): (error|warning)\[(\w+)\]: (.*)$/m.exec(b)!;
      const help = /^help: (.*)$/m.exec(b)?.[1];
      return { at: at!, severity: severity === "error" ? "error" : "warning", code: code!, message: message!, ...(help ? { help } : {}) };
    });
}
