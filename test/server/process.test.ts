// `regc serve` as a process: it starts only on generated modules that match their rule files, and SIGTERM
// stops it gracefully with exit 0.
import { spawn } from "node:child_process";
import { appendFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { loadService, ServiceError } from "../../server/service.js";
import { projectCopy, ROOT } from "../e2e/regc.js";

it("refuses to start on a module older than its rule file, naming it", async () => {
  const dir = projectCopy();
  appendFileSync(join(dir, "policies/mianyang/critical-illness.policy"), "\n// an edit after the last build\n");
  const refused = await loadService(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(refused).toBeInstanceOf(ServiceError);
  const { text } = refused as ServiceError;
  expect(text.zh).toContain("generated/ 中的模块与规则文件不一致，请先运行 regc build：\n");
  expect(text.en).toContain("the modules in generated/ do not match the rule files; run regc build first:\n");
  for (const t of [text.zh, text.en]) expect(t).toContain("\n  generated/mianyang/critical-illness.ts");
});

it("serves until SIGTERM, then exits 0", async () => {
  const dir = projectCopy();
  const child = spawn(process.execPath, [join(ROOT, "bin/regc.js"), "serve", "--port", "0", "--lang", "zh"], { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
  let err = "";
  const address = await new Promise<string>((resolve, reject) => {
    child.stderr.on("data", (d: Buffer) => {
      err += d.toString();
      const found = /监听 (http:\/\/\S+?)（/.exec(err);
      if (found) resolve(found[1]!);
    });
    child.once("exit", (code) => reject(new Error(`regc serve exited ${code}: ${err}`)));
  });
  const health = (await (await fetch(`${address}/health`)).json()) as { status: string; policies: number };
  expect(health.status).toBe("ok");
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  expect(await exited).toBe(0);
  expect(err).toContain("收到 SIGTERM");
  // The generated modules of the copy were read, never rewritten.
  expect(readFileSync(join(dir, "generated/mianyang/critical-illness.ts"), "utf8")).toBe(
    readFileSync(join(ROOT, "generated/mianyang/critical-illness.ts"), "utf8"),
  );
});
