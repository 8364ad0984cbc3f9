// Where the output goes wrong: a `--out` file regc cannot write, and a reader that stops reading early. Both end
// with a message (or quietly), never with a stack trace.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectNoStackTrace, ROOT, tempDir } from "./regc.js";

const BIN = join(ROOT, "bin/regc.js");
const EXAMPLE = readFileSync(join(ROOT, "policies/medical-assistance/examples/nanchuan.json"), "utf8");

function regcProcess(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8" });
}

describe("--out", () => {
  const dir = tempDir();
  const cases = join(dir, "cases.jsonl");
  writeFileSync(cases, `${JSON.stringify(JSON.parse(EXAMPLE))}\n`);

  it.each(["results.jsonl", "results.parquet"])("into a folder that does not exist (%s): exit 2, the path named", (name) => {
    const out = join(dir, "missing", name);
    const p = regcProcess(["batch", "南川府办发〔2023〕8号", "--cases", cases, "--out", out, "--lang", "zh"]);
    expect(p.status).toBe(2);
    expect(p.stderr).toContain(`无法写入输出文件 ${out}：所在文件夹不存在`);
    const en = regcProcess(["batch", "南川府办发〔2023〕8号", "--cases", cases, "--out", out, "--lang", "en"]);
    expect(en.stderr).toContain(`regc: cannot write ${out}: its folder does not exist (ENOENT)`);
    expectNoStackTrace(p.stderr);
  });

  it("onto a folder: exit 2", () => {
    const p = regcProcess(["impact", "南川府办发〔2023〕8号", "南川府办发〔2023〕8号", "--cases", cases, "--out", dir, "--lang", "zh"]);
    expect(p.status).toBe(2);
    expect(p.stderr).toContain("这是一个文件夹");
    expectNoStackTrace(p.stderr);
  });
});

describe("a reader that stops early", () => {
  it("ends the command quietly: `regc coverage --json | head -c 100`", async () => {
    // coverage --json is about half a megabyte: more than a pipe holds, so the write after the close fails.
    const child = spawn(process.execPath, [BIN, "coverage", "--json"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(0);
    expectNoStackTrace(err);
    expect(err).not.toContain("EPIPE");
  });
});
