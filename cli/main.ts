// The regc command line. Data goes to stdout, messages to stderr; exit 0 success, 1 findings or invalid
// input, 2 usage error (CONTRACTS.md). `main` takes its streams so tests can run commands in-process.
// Each command's code is imported when it runs, so `regc check` does not load prettier or the TypeScript
// compiler that only `regc build` needs.
import { Command, CommanderError, Option } from "commander";
import { UsageError, type Io } from "./io.js";

export async function main(argv: string[], io: Io): Promise<number> {
  let code = 0;
  const program = new Command("regc")
    .description("Regulation compiler: rule files citing gazette articles → type-checked TypeScript rule modules")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .showSuggestionAfterError(true);
  const root = () => io.cwd;
  const set = (c: number) => {
    code = c;
  };

  program
    .command("check")
    .description("parse and check rule files (default: every file under policies/)")
    .argument("[paths...]", "rule files or folders")
    .action(async (paths: string[]) => set(await (await import("./commands/check.js")).checkCommand(root(), paths, io)));
  program
    .command("build")
    .description("compile every policy to generated/ (TypeScript module, JSON Schema, index), type-checked")
    .option("--check", "only report whether generated/ is up to date (exit 1 when stale)")
    .action(async (opts: { check?: boolean }) => set(await (await import("./commands/build.js")).buildCommand(root(), io, opts)));
  program
    .command("run")
    .description("evaluate a case; prints one JSON result (CONTRACTS.md)")
    .argument("<policy>", "a document number (文号, or 文号/part) or a rule file path")
    .requiredOption("--case <file>", "the case as JSON")
    .option("--no-trace", "leave the trace out of the result")
    .action(async (policy: string, opts: { case: string; trace: boolean }) => set(await (await import("./commands/run.js")).runCommand(root(), policy, opts, io)));
  program
    .command("explain")
    .description("evaluate a case and explain every amount in Chinese, article by article")
    .argument("<policy>", "a document number (文号, or 文号/part) or a rule file path")
    .requiredOption("--case <file>", "the case as JSON")
    .action(async (policy: string, opts: { case: string }) => set(await (await import("./commands/explain.js")).explainCommand(root(), policy, opts, io)));
  program
    .command("test")
    .description("run the YAML test cases next to each policy (policies/**/tests/*.yaml)")
    .argument("[paths...]", "test files or folders")
    .action(async (paths: string[]) => set(await (await import("./commands/test.js")).testCommand(root(), paths, io)));
  program
    .command("fmt")
    .description("rewrite rule files in canonical form")
    .argument("[paths...]", "rule files or folders")
    .option("--check", "only report files that are not formatted (exit 1)")
    .action(async (paths: string[], opts: { check?: boolean }) => set(await (await import("./commands/fmt.js")).fmtCommand(root(), paths, opts, io)));
  program
    .command("diff")
    .description("list what differs between two policies, parameter by parameter and rule by rule, with both citations")
    .argument("<policyA>", "a document number (文号, or 文号/part) or a rule file path")
    .argument("<policyB>", "a document number (文号, or 文号/part) or a rule file path")
    .option("--json", "print the differences as JSON")
    .action(async (a: string, b: string, opts: { json?: boolean }) => set(await (await import("./commands/diff.js")).diffCommand(root(), a, b, opts, io)));
  program
    .command("status")
    .description("is a document in force on a date? prints {policy, on, inForce, reason}")
    .argument("<policy>", "a document number (文号)")
    .addOption(new Option("--on <date>", "the date, YYYY-MM-DD").makeOptionMandatory())
    .action(async (policy: string, opts: { on: string }) => set(await (await import("./commands/status.js")).statusCommand(root(), policy, opts, io)));

  try {
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help" ? 0 : 2;
    }
    if (e instanceof UsageError) {
      io.err(`regc: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
