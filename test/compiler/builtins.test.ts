// Every built-in function's examples (compiler/builtins/<name>.ts, each worked out by hand there), through the
// whole pipeline: a rule file using the example is checked, built and run on the example's case by `regc run`.
// A new function's examples are run here without a line of this file changing.
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BUILTINS } from "../../compiler/builtins/index.js";
import type { BuiltinExample } from "../../compiler/builtins/builtin.js";
import { linkRuntime, regc, ROOT, tempDir } from "../e2e/regc.js";

const NUMBER = "示例〔2024〕1号";
const DOCUMENT = `document "${NUMBER}" {\n  title "内置函数示例"\n  effective 2024-01-01 @ 第一条\n}\n`;
const part = (name: string, i: number) => `${name}${i + 1}`;

function ruleFile(name: string, x: BuiltinExample): string {
  const facts = x.declarations?.includes("facts {") ? "" : "facts {}\n";
  return `part ${name} of "${NUMBER}"\n\n${facts}${x.declarations ?? ""}\n\noutput result: ${x.type} "结果" @ 第一条 = ${x.expression}\n`;
}

let project: string;

beforeAll(() => {
  project = tempDir();
  mkdirSync(join(project, "policies/builtins"), { recursive: true });
  cpSync(join(ROOT, "policies/rulings.yaml"), join(project, "policies/rulings.yaml"));
  cpSync(join(ROOT, "policies/calendar"), join(project, "policies/calendar"), { recursive: true });
  writeFileSync(join(project, "policies/builtins/document.policy"), DOCUMENT);
  for (const b of BUILTINS)
    b.examples.forEach((x, i) => writeFileSync(join(project, `policies/builtins/${part(b.name, i)}.policy`), ruleFile(part(b.name, i), x)));
  linkRuntime(project);
});

describe.each(BUILTINS.map((b) => [b.name, b] as const))("%s", (name, b) => {
  it("has at least one example", () => expect(b.examples.length).toBeGreaterThan(0));
  it.each(b.examples.map((x, i) => [x.expression, x, i] as const))("%s", async (_, x, i) => {
    const file = join(project, `${part(name, i)}.json`);
    const { date, ...facts } = x.facts;
    writeFileSync(file, JSON.stringify({ date, facts }));
    const ran = await regc(["run", `${NUMBER}/${part(name, i)}`, "--rebuild", "--case", file, "--no-trace"], project);
    expect(ran.code, ran.err).toBe(0);
    const result = JSON.parse(ran.out);
    expect(result.status).toBe("ok");
    expect(result.outputs.result).toEqual(x.gives);
  });
});
