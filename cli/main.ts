// The regc command line. Data goes to stdout, messages to stderr; exit 0 success, 1 findings or invalid
// input, 2 usage error (CONTRACTS.md). `main` takes its streams so tests can run commands in-process.
// Each command's code is imported when it runs, so `regc check` does not load prettier or the TypeScript
// compiler that only `regc build` needs.
import { Command, CommanderError, Option } from "commander";
import { GeneratedDirError } from "../compiler/build/generated-dir.js";
import { UsageError, type Io } from "./io.js";
import { REGC_VERSION } from "./version.js";

export async function main(argv: string[], io: Io): Promise<number> {
  let code = 0;
  const program = new Command("regc")
    .description("Regulation compiler: rule files citing gazette articles → type-checked TypeScript rule modules")
    .version(REGC_VERSION, "-V, --version", "print regc's version")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .showSuggestionAfterError(true);
  const root = () => io.cwd;
  // `--policies <dir>`, repeatable, on every command: draft rule files loaded beside policies/.
  const drafts = () => new Option("--policies <dir>", "also load the rule files of this folder (a draft), beside policies/; repeatable").argParser((v: string, all: string[] = []) => [...all, v]);
  const knownOn = () =>
    new Option("--known-on <date>", "answer as known on that day (YYYY-MM-DD): holiday notices, versions, extensions, repeals and amendments published or decided after it are not applied");
  const set = (c: number) => {
    code = c;
  };

  type Drafts = { policies?: string[] };
  const POLICY = "a plan's name (or plan/part), a document number (文号, or 文号/part) or a rule file path";

  program
    .command("check")
    .description("parse and check rule files (default: every file under policies/ and --policies folders)")
    .argument("[paths...]", "rule files or folders")
    .option("--format <format>", "text, json, sarif (SARIF 2.1.0 for code scanning) or github (workflow annotations)", "text")
    .addOption(drafts())
    .action(async (paths: string[], opts: { format: string } & Drafts) => set(await (await import("./commands/check.js")).checkCommand(root(), paths, opts, io)));
  program
    .command("build")
    .description("compile every policy to generated/ (TypeScript module, JSON Schema, index, plans), type-checked")
    .option("--check", "only report whether generated/ is up to date (exit 1 when stale)")
    .addOption(drafts())
    .action(async (opts: { check?: boolean } & Drafts) => set(await (await import("./commands/build.js")).buildCommand(root(), io, opts)));
  program
    .command("run")
    .description("evaluate a case; prints one JSON result (docs/contracts.md); a plan routes each claim to the version in force on its date")
    .argument("<policy>", POLICY)
    .requiredOption("--case <file>", "the case as JSON")
    .option("--no-trace", "leave the trace out of the result")
    .addOption(knownOn())
    .option("--provisional-calendar", "count a year no holiday notice arranges from the statutory holidays (outputs marked provisional)")
    .addOption(drafts())
    .action(async (policy: string, opts: { case: string; trace: boolean; knownOn?: string; provisionalCalendar?: boolean } & Drafts) =>
      set(await (await import("./commands/run.js")).runCommand(root(), policy, opts, io)),
    );
  program
    .command("explain")
    .description("evaluate a case and explain every amount in Chinese, article by article")
    .argument("<policy>", POLICY)
    .requiredOption("--case <file>", "the case as JSON")
    .option("--format <format>", "text, or html: a self-contained page to print", "text")
    .option("--notice", "with --format html: the decision notice to hand to the applicant (A4)")
    .addOption(knownOn())
    .option("--provisional-calendar", "count a year no holiday notice arranges from the statutory holidays (outputs marked provisional)")
    .addOption(drafts())
    .action(async (policy: string, opts: { case: string; format?: string; notice?: boolean; knownOn?: string; provisionalCalendar?: boolean } & Drafts) =>
      set(await (await import("./commands/explain.js")).explainCommand(root(), policy, opts, io)),
    );
  program
    .command("test")
    .description("run the YAML test cases next to each policy (policies/**/tests/*.yaml, and the tests/ of --policies folders)")
    .argument("[paths...]", "test files or folders")
    .option("--filter <name>", "only the cases whose name contains this text")
    .option("--reporter <reporter>", "text, json, or junit (JUnit XML for CI)", "text")
    .addOption(drafts())
    .action(async (paths: string[], opts: { reporter: string; filter?: string } & Drafts) => set(await (await import("./commands/test.js")).testCommand(root(), paths, opts, io)));
  program
    .command("fmt")
    .description("rewrite rule files in canonical form")
    .argument("[paths...]", "rule files or folders")
    .option("--check", "only report files that are not formatted (exit 1)")
    .addOption(drafts())
    .action(async (paths: string[], opts: { check?: boolean } & Drafts) => set(await (await import("./commands/fmt.js")).fmtCommand(root(), paths, opts, io)));
  program
    .command("diff")
    .description("list what differs between two policies, parameter by parameter and rule by rule, with both citations")
    .argument("<policyA>", "a document number (文号, or 文号/part), an amending document's 文号, or a rule file path")
    .argument("<policyB>", "a document number (文号, or 文号/part), an amending document's 文号, or a rule file path")
    .option("--json", "print the differences as JSON")
    .addOption(drafts())
    .action(async (a: string, b: string, opts: { json?: boolean } & Drafts) => set(await (await import("./commands/diff.js")).diffCommand(root(), a, b, opts, io)));
  program
    .command("history")
    .description("every parameter of a plan (or an amended document) with its values, the periods they apply in and their citations")
    .argument("<plan>", "a plan's name, or a document number (文号)")
    .option("--json", "print the history as JSON")
    .addOption(drafts())
    .action(async (plan: string, opts: { json?: boolean } & Drafts) => set(await (await import("./commands/history.js")).historyCommand(root(), plan, opts, io)));
  program
    .command("batch")
    .description("evaluate every case of a file on all cores: one JSON result per case, a summary, and --report tables")
    .argument("<policy>", POLICY)
    .requiredOption("--cases <file>", "cases as JSON Lines (one case per line), CSV or Parquet (.parquet: one claim per row)")
    .requiredOption("--out <file>", "where the results go: one JSON line per case in input order, or Parquet (.parquet) one row per claim")
    .option("--report", "also print the policy's aggregate tables")
    .option("--workers <n>", "worker threads (default: one per core)")
    .addOption(knownOn())
    .option("--provisional-calendar", "not for batches: use run or explain for provisional answers")
    .addOption(drafts())
    .action(async (policy: string, opts: { cases: string; out: string; report?: boolean; workers?: string; knownOn?: string; provisionalCalendar?: boolean } & Drafts) =>
      set(await (await import("./commands/batch.js")).batchCommand(root(), policy, opts, io)),
    );
  program
    .command("impact")
    .description("run two versions of a plan on the same cases: totals, people better or worse off, largest changes and their provisions")
    .argument("<old>", "the old version: a document number (文号) or a rule file path")
    .argument("<new>", "the new version: a document number (文号) or a rule file path")
    .requiredOption("--cases <file>", "cases as JSON Lines, CSV or Parquet (.parquet)")
    .option("--output <name>", "the money output compared (default: total)")
    .option("--top <n>", "how many largest changes to list", "10")
    .option("--workers <n>", "worker threads (default: one per core)")
    .option("--json", "the same as --format json")
    .option("--format <format>", "text, json, or markdown (for a pull-request comment)")
    .option("--base <dir>", "read the old version from the policies/ of another checkout (the branch a pull request goes into)")
    .option("--out <file>", "write every person's comparison: JSON Lines, CSV (.csv) or Parquet (.parquet)")
    .option("--as-if", "evaluate each version as if it governed every claim, whatever its dates")
    .addOption(drafts())
    .action(async (a: string, b: string, opts: { cases: string; output?: string; top: string; workers?: string; json?: boolean; format?: string; base?: string; out?: string; asIf?: boolean } & Drafts) =>
      set(await (await import("./commands/impact.js")).impactCommand(root(), a, b, opts, io)),
    );
  program
    .command("coverage")
    .description("every provision of each document's gazette text: encoded (by which rules), excluded with a reason, or not covered")
    .argument("[documents...]", "document numbers (文号); default: every document with a gazette text")
    .option("--min <percent>", "exit 1 when a document's coverage is below this percentage")
    .option("--format <format>", "text, json, or markdown (for a pull-request comment)")
    .option("--json", "the same as --format json")
    .addOption(drafts())
    .action(async (numbers: string[], opts: { min?: string; json?: boolean; format?: string } & Drafts) => set(await (await import("./commands/coverage.js")).coverageCommand(root(), numbers, opts, io)));
  program
    .command("rulings")
    .description("every interpretive choice the encoded policies make, with the rules and provisions relying on it")
    .option("--json", "print the rulings as JSON")
    .addOption(drafts())
    .action(async (opts: { json?: boolean } & Drafts) => set(await (await import("./commands/rulings.js")).rulingsCommand(root(), opts, io)));
  program
    .command("doc")
    .description("write a static site of every document: gazette text beside its rules, parameters, cases, rulings, graphs")
    .requiredOption("--out <dir>", "the folder the site is written to (index.html and one page per document and part)")
    .option("--on <date>", "judge each document's status on this date, YYYY-MM-DD (default: today)")
    .addOption(drafts())
    .action(async (opts: { out: string; on?: string } & Drafts) => set(await (await import("./commands/doc.js")).docCommand(root(), opts, io)));
  program
    .command("deadline")
    .description("a time limit on the official calendar: the last day, every day counted and the holiday notices behind them")
    .argument("<date>", "the day the limit starts from (not counted), YYYY-MM-DD")
    .argument("<count>", "the limit: <n>工作日 or <n>日, e.g. 5工作日, 15日")
    .option("--roll", "a last day that is not a working day moves to the next working day (民法典 第二百零三条)")
    .option("--explain", "print the count in Chinese, day by day, with the notices")
    .option("--known-on <date>", "count as known on that day: holiday notices published after it are not applied")
    .option("--provisional-calendar", "count a year no holiday notice arranges from the statutory holidays (marked provisional)")
    .addOption(drafts())
    .action(async (date: string, count: string, opts: { roll?: boolean; explain?: boolean; knownOn?: string; provisionalCalendar?: boolean } & Drafts) =>
      set(await (await import("./commands/deadline.js")).deadlineCommand(root(), date, count, opts, io)),
    );
  program
    .command("status")
    .description("is a document in force on a date? prints {policy, on, inForce, reason}; inForce is true, false or \"unknown\"")
    .argument("<policy>", "a document number (文号) or a rule file path")
    .addOption(new Option("--on <date>", "the date, YYYY-MM-DD").makeOptionMandatory())
    .addOption(knownOn())
    .addOption(drafts())
    .action(async (policy: string, opts: { on: string; knownOn?: string } & Drafts) => set(await (await import("./commands/status.js")).statusCommand(root(), policy, opts, io)));
  program
    .command("lsp")
    .description("the language server for editors (VS Code: editors/vscode), on stdin and stdout")
    .option("--stdio", "speak the Language Server Protocol on stdin and stdout")
    .action(async (opts: { stdio?: boolean }) => set(await (await import("./commands/lsp.js")).lspCommand(opts)));

  program
    .command("serve")
    .description("serve the policies over HTTP: /run, /explain, /batch, /status, /policies, /openapi.json (docs/http.md)")
    .option("--port <port>", "TCP port (0: any free port)", "8080")
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .option("--body-limit <bytes>", "largest request body (for /batch: largest line)", "1048576")
    .option("--timeout <seconds>", "a request must arrive within this time; idle connections are closed after it", "60")
    .action(async (opts: { port: string; host: string; bodyLimit: string; timeout: string }) => set(await (await import("./commands/serve.js")).serveCommand(root(), opts, io)));

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
    if (e instanceof GeneratedDirError) {
      io.err(`regc: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
