// docs/ci.md: the GitHub Actions workflow it documents is valid YAML, and every regc command in it exists with
// the options it is given.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { expect, it } from "vitest";
import { regc, ROOT } from "../e2e/regc.js";

interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { "runs-on": string; steps: { run?: string; uses?: string }[] }>;
}

it("documents a workflow whose regc commands and options exist", async () => {
  const doc = readFileSync(join(ROOT, "docs/ci.md"), "utf8");
  const block = /```yaml\n([\s\S]*?)```/.exec(doc)![1]!;
  const workflow = parse(block) as Workflow;
  expect(Object.keys(workflow.on).sort()).toEqual(["pull_request", "push"]);
  const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
  expect(steps.map((s) => s.uses?.split("@")[0]).filter(Boolean)).toEqual(
    expect.arrayContaining(["github/codeql-action/upload-sarif", "actions/checkout", "actions/setup-node"]),
  );
  const commands = steps.flatMap((s) => [...(s.run ?? "").replace(/\\\n\s*/g, " ").matchAll(/npx regc (\w+)([^|>;&\n]*)/g)]);
  expect(commands.map((c) => c[1])).toEqual(expect.arrayContaining(["check", "test", "build", "coverage", "impact"]));
  for (const [, command, rest] of commands) {
    const help = await regc([command!, "--help"]);
    expect(help.code, command).toBe(0);
    for (const [flag] of rest!.matchAll(/--[a-z-]+/g)) expect(help.out, `regc ${command} ${flag}`).toContain(`${flag} `);
  }
});
