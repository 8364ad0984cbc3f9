// The hostile inputs of issue 11, as a user would meet them through the command line: rule files that try to
// inject code, nest or run on without bound, write numbers no double holds, reach files outside their folder,
// and a generated/ folder that points elsewhere. Each gets a located message and exit 1, never a stack trace,
// a hang, a silently rounded amount, or a file touched outside the project.
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectNoStackTrace, regc, runnableProject, tempDir, writeCase } from "./regc.js";

const NUMBER = "测试〔2024〕1号";

function policy(body: string, items = ""): string {
  return `document "${NUMBER}" {\n  title "测试办法"\n  effective 2024-01-01 @ 第一条\n${items}}\n\nfacts {\n  amount: money "金额"\n}\n\n${body}\n`;
}

const PAY = 'output pay: money "支付" @ 第一条 = facts.amount';

async function check(files: Record<string, string>): Promise<{ code: number; err: string }> {
  const r = await regc(["check"], runnableProject(files));
  expectNoStackTrace(r.err);
  return r;
}

describe("injections", () => {
  it("a title with U+2028 is rejected where it stands (it would end the comment the title is copied into)", async () => {
    const r = await check({ "policies/t/a.policy": policy(PAY).replace('"测试办法"', '"测试办法\u2028console.error(1)//"') });
    expect(r.code).toBe(1);
    expect(r.err).toContain("policies/t/a.policy:2:14: error[E0112]: the invisible character U+2028 (line separator)");
  });

  it("a citation with */ in a document without a source text compiles to a module where it stays a comment", async () => {
    const dir = runnableProject({ "policies/t/a.policy": policy('output pay: money "支付" @ 第一条*/process.exit(7)/* = facts.amount') });
    const c = await regc(["check"], dir);
    expect(c.code).toBe(0);
    expect(c.err).toContain("W0801");
    const file = writeCase(dir, "case.json", { date: "2024-05-01", facts: { amount: 100 } });
    const r = await regc(["run", NUMBER, "--rebuild", "--case", file, "--no-trace"], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).outputs).toEqual({ pay: "100.00" });
    const module = readFileSync(join(dir, "generated/t/a.ts"), "utf8");
    expect(module).toContain("第一条*\\/process.exit(7)/*");
    expect(module).not.toMatch(/^\s*process\.exit/m);
  });
});

describe("limits through the command line", () => {
  it("a 1 MB identifier line is one located error, not a 27-second did-you-mean", async () => {
    const r = await check({ "policies/t/a.policy": policy(`value ${"a".repeat(1 << 20)}: money @ 第一条 = 1元\n${PAY}`) });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/policies\/t\/a\.policy:\d+:\d+: error\[E0113\]/);
    expect(r.err.length).toBeLessThan(2000);
  });

  it("an if/else chain as deep as the limit allows checks clean and runs (the build lays it out)", async () => {
    const chain = Array.from({ length: 46 }, (_, i) => `if facts.amount <= ${i}元 then ${i}元 else`).join("\n  ");
    const dir = runnableProject({ "policies/t/a.policy": policy(`output pay: money "支付" @ 第一条 =\n  ${chain} 0元`) });
    expect((await regc(["check"], dir)).code).toBe(0);
    const file = writeCase(dir, "case.json", { date: "2024-05-01", facts: { amount: 10 } });
    const r = await regc(["run", NUMBER, "--rebuild", "--case", file, "--no-trace"], dir);
    expectNoStackTrace(r.err);
    // 10元 <= 10元 is the first condition that holds: 10元
    expect(JSON.parse(r.out).outputs).toEqual({ pay: "10.00" });
  });

  it("a case nested 5,000 levels deep is invalid, with where", async () => {
    const dir = runnableProject({ "policies/t/a.policy": policy(PAY) });
    const file = writeCase(dir, "deep.json", `{"date":"2024-05-01","facts":{"amount":1,"x":${"[".repeat(5000)}${"]".repeat(5000)}}}`);
    const r = await regc(["run", NUMBER, "--rebuild", "--case", file], dir);
    expect(r.code).toBe(1);
    expectNoStackTrace(r.err);
    expect(r.err).toMatch(/\$: \S*deep\.json nests deeper than 32 levels of arrays and objects \(line 1, column \d+\)/);
  });
});

describe("numbers exact or rejected", () => {
  it("rejects literals exact arithmetic cannot hold, and an int default of 10^21, in the rule file", async () => {
    const r = await check({
      "policies/t/a.policy": `${policy(
        [
          "param 比例: rate @ 第一条 = 0.00000000000000001%",
          "param 大: money @ 第一条 = 1000000000000000000000000000000元",
          "param 边: money @ 第一条 = 90071992547409.93元",
          "output x: money @ 第一条 = round(facts.amount * 比例) + 大 + 边",
        ].join("\n"),
      )}`.replace('amount: money "金额"', 'amount: money "金额"\n  n: int default 1000000000000000000000 "次数"'),
    });
    expect(r.code).toBe(1);
    expect(r.err).toContain("policies/t/a.policy:8:18: error[E0322]: the default of facts.n is not a value a case could give: a whole number");
    expect(r.err).toContain("policies/t/a.policy:11:24: error[E0321]: this needs 19 decimals");
    expect(r.err).toContain("policies/t/a.policy:12:24: error[E0320]");
    expect(r.err).toContain(
      "policies/t/a.policy:13:24: error[E0320]: this number cannot be held exactly: with 2 decimals it is more than 9007199254740991 units",
    );
  });

  it("the largest exact literal is emitted in full, never in exponent form", async () => {
    const dir = runnableProject({ "policies/t/a.policy": policy(`param 边: money @ 第一条 = 90071992547409.91元\noutput x: money @ 第一条 = 边`) });
    const file = writeCase(dir, "case.json", { date: "2024-05-01", facts: { amount: 1 } });
    const r = await regc(["run", NUMBER, "--rebuild", "--case", file, "--no-trace"], dir);
    expect(JSON.parse(r.out).outputs).toEqual({ x: "90071992547409.91" });
    // Written as the rule file writes it, in 元; the module derives the integer in 分 from that text.
    expect(readFileSync(join(dir, "generated/t/a.ts"), "utf8")).toContain('const 边 = rt.money("90071992547409.91元", 2);');
  });

  it("a JSON number with three decimals is rejected like the same text in quotes, not rounded", async () => {
    const dir = runnableProject({ "policies/t/a.policy": policy(PAY) });
    for (const amount of ["10000000000000.009", '"10000000000000.009"']) {
      const file = writeCase(dir, "case.json", `{"date":"2024-05-01","facts":{"amount":${amount}}}`);
      const r = await regc(["run", NUMBER, "--rebuild", "--case", file], dir);
      expect(r.code).toBe(1);
      expect(r.out).toBe("");
      expect(r.err).toMatch(/\$\.facts\.amount: expected money: .*at most two decimals.*, got "10000000000000\.009"/);
    }
  });
});

describe("files", () => {
  it("accepts a byte-order mark at the start of a rule file and of a case file, with columns as an editor shows them", async () => {
    const dir = runnableProject({ "policies/t/a.policy": `\ufeff${policy(PAY)}` });
    const c = await regc(["check"], dir);
    expect(c.err).toContain("policies/t/a.policy:1:10: warning[W0801]");
    const file = writeCase(dir, "case.json", `\ufeff${JSON.stringify({ date: "2024-05-01", facts: { amount: 5 } })}`);
    const r = await regc(["run", NUMBER, "--rebuild", "--case", file, "--no-trace"], dir);
    expect(JSON.parse(r.out).outputs).toEqual({ pay: "5.00" });
  });

  it("a source outside the rule file's folder is not read (E0810), also through a link; a named pipe is not opened (E0811)", async () => {
    const outside = join(tempDir(), "secret.txt");
    writeFileSync(outside, "绵府发〔2018〕3号\n第一条 秘密\n");
    const dir = runnableProject({ "policies/t/a.policy": policy(PAY, '  source "../../../../etc/passwd"\n') });
    let r = await regc(["check"], dir);
    expect(r.err).toContain("policies/t/a.policy:4:10: error[E0810]: the source text of 测试〔2024〕1号 must be a file inside policies/t/");
    mkdirSync(join(dir, "policies/t/sources"));
    symlinkSync(outside, join(dir, "policies/t/sources/link.txt"));
    writeFileSync(join(dir, "policies/t/a.policy"), policy(PAY, '  source "sources/link.txt"\n'));
    r = await regc(["check"], dir);
    expect(r.err).toContain("error[E0810]");
    execFileSync("mkfifo", [join(dir, "policies/t/sources/pipe.txt")]);
    writeFileSync(join(dir, "policies/t/a.policy"), policy(PAY, '  source "sources/pipe.txt"\n'));
    r = await regc(["check"], dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      "error[E0811]: the source text of 测试〔2024〕1号 cannot be read: policies/t/sources/pipe.txt: it is not a regular file (a named pipe)",
    );
  });

  it("refuses policies/index.policy (it would overwrite generated/index.ts) and modules whose names differ only in case", async () => {
    const r = await check({
      "policies/index.policy": policy(PAY),
      "policies/t/a.policy": policy(PAY).replace(NUMBER, "测试〔2024〕2号"),
      "policies/t/A.policy": policy(PAY).replace(NUMBER, "测试〔2024〕3号"),
    });
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      "policies/index.policy:1:1: error[E0120]: policies/index.policy would be compiled to generated/index.ts, which is the index of all policies",
    );
    expect(r.err).toMatch(
      /policies\/t\/a\.policy:1:1: error\[E0120\]: policies\/t\/a\.policy would be compiled to generated\/t\/a\.ts, the module of policies\/t\/A\.policy/,
    );
  });

  it("build refuses a symbolic link in generated/ and touches nothing outside the project", async () => {
    const victim = tempDir();
    writeFileSync(join(victim, "keep.ts"), "// not regc's\n");
    writeFileSync(join(victim, "keep.schema.json"), "{}\n");
    const dir = runnableProject({ "policies/t/a.policy": policy(PAY) });
    mkdirSync(join(dir, "generated"));
    symlinkSync(victim, join(dir, "generated/elsewhere"), "dir");
    const r = await regc(["build"], dir);
    expect(r.code).toBe(1);
    expectNoStackTrace(r.err);
    expect(r.err).toContain("regc: generated/elsewhere is a symbolic link; regc writes only regular files in real folders inside generated/");
    expect(readdirSync(victim).sort()).toEqual(["keep.schema.json", "keep.ts"]);
    expect(existsSync(join(dir, "generated/index.ts"))).toBe(false);
  });

  it("build writes through no link to a generated file either, even when run as a separate process", () => {
    const victim = join(tempDir(), "victim.ts");
    writeFileSync(victim, "// not regc's\n");
    const dir = runnableProject({ "policies/t/a.policy": policy(PAY) });
    mkdirSync(join(dir, "generated/t"), { recursive: true });
    symlinkSync(victim, join(dir, "generated/t/a.ts"));
    let failed: { status: number; stderr: string } | undefined;
    try {
      execFileSync("node", [join(import.meta.dirname, "../../bin/regc.js"), "build"], { cwd: dir, encoding: "utf8", stdio: "pipe" });
    } catch (e) {
      failed = e as { status: number; stderr: string };
    }
    expect(failed?.status).toBe(1);
    expect(failed?.stderr).toContain("generated/t/a.ts is a symbolic link");
    expect(readFileSync(victim, "utf8")).toBe("// not regc's\n");
  });
});
