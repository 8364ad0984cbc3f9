// The regc command line. Data goes to stdout, messages to stderr; exit 0 success, 1 findings or invalid
// input, 2 usage error, 3 a fault of regc itself (docs/contracts.md). `main` takes its streams so tests can run commands in-process.
// Each command's code is imported when it runs, so `regc check` does not load the emitter, its layout or the
// type-check that only `regc build` needs.
import { Command, CommanderError, Help, Option } from "commander";
import { langOfEnv, parseLang, type Lang } from "../dsl/lang.js";
import { GeneratedDirError } from "../compiler/build/generated-dir.js";
import { messageLang, StaleModuleError, UsageError, type Io } from "./io.js";
import { commanderText } from "./messages/commander.js";
import { internalError } from "./messages/usage.js";
import { REGC_VERSION } from "./version.js";

/** `--lang zh|en` wherever it is written (the help is worded before commander reads the line), else the locale. */
function chosenLang(argv: readonly string[], io: Io): Lang | undefined {
  const at = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const given = at < 0 ? undefined : argv[at]!.startsWith("--lang=") ? argv[at]!.slice("--lang=".length) : argv[at + 1];
  return (given === undefined ? undefined : parseLang(given)) ?? langOfEnv(io.env ?? {});
}

/** commander's own headings, in Chinese. */
const HEADINGS_ZH: [RegExp, string][] = [
  [/^Usage:/gm, "用法："],
  [/^Arguments:/gm, "参数："],
  [/^Options:/gm, "选项："],
  [/^Global Options:/gm, "全局选项："],
  [/^Commands:/gm, "命令："],
  [/\(default: ([^)]*)\)/g, "（默认：$1）"],
  [/\(choices: ([^)]*)\)/g, "（可选：$1）"],
  [/\[options\]/g, "[选项]"],
  [/\[command\]/g, "[命令]"],
];

export async function main(argv: string[], given: Io): Promise<number> {
  let code = 0;
  const lang = chosenLang(argv, given);
  const io: Io = { ...given, ...(lang ? { lang } : {}) };
  // Help and descriptions follow the reader's language; English unless Chinese was chosen.
  const t = (en: string, zh: string): string => (lang === "zh" ? zh : en);
  const program = new Command("regc")
    .description(
      t(
        "Regulation compiler: rule files citing gazette articles → type-checked TypeScript rule modules",
        "规则编译器：把引用公报条款的规则文件编译为经过类型检查的 TypeScript 规则模块",
      ),
    )
    .version(REGC_VERSION, "-V, --version", t("print regc's version", "显示 regc 的版本"))
    .exitOverride()
    // commander's errors are printed where they are caught, in the reader's language (cli/messages/commander.ts)
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s), outputError: () => {} })
    .showSuggestionAfterError(true)
    .addOption(
      new Option(
        "--lang <lang>",
        t(
          "the language of messages and help: zh (简体中文) or en; default: the locale (LC_ALL, LC_MESSAGES, LANG)",
          "信息和帮助的语言：zh（简体中文）或 en（英文）；默认按系统语言环境（LC_ALL、LC_MESSAGES、LANG）",
        ),
      ).choices(["zh", "en"]),
    )
    .helpOption("-h, --help", t("display help for command", "显示命令的帮助"))
    .helpCommand("help [command]", t("display help for command", "显示命令的帮助"))
    .configureHelp({
      showGlobalOptions: true,
      formatHelp: (cmd, helper) => {
        const text = Help.prototype.formatHelp.call(helper, cmd, helper);
        return lang === "zh" ? HEADINGS_ZH.reduce((s, [from, to]) => s.replace(from, to), text) : text;
      },
    });
  const root = () => io.cwd;
  // `--policies <dir>`, repeatable, on every command: draft rule files loaded beside policies/.
  const drafts = () =>
    new Option(
      "--policies <dir>",
      t(
        "also load the rule files of this folder (a draft), beside policies/; repeatable",
        "同时读取这个文件夹里的规则文件（草稿），与 policies/ 一起；可写多次",
      ),
    ).argParser((v: string, all: string[] = []) => [...all, v]);
  const knownOn = () =>
    new Option(
      "--known-on <date>",
      t(
        "answer as known on that day (YYYY-MM-DD): holiday notices, versions, extensions, repeals and amendments published or decided after it are not applied",
        "按那一天（YYYY-MM-DD）已知的情况作答：此后公布或决定的放假通知、版本、延期、废止和修改不予适用",
      ),
    );
  // Evaluating commands never write into generated/ unless asked: a stale module is an error (exit 1).
  const rebuild = () =>
    new Option(
      "--rebuild",
      t(
        "rebuild the policy's modules in generated/ when they are missing or stale, instead of stopping",
        "政策模块缺失或过时时，先在 generated/ 中重新生成，而不是停止",
      ),
    );
  const set = (c: number) => {
    code = c;
  };

  type Drafts = { policies?: string[] };
  const POLICY = t(
    "a plan's name (or plan/part), a document number (文号, or 文号/part) or a rule file path",
    "方案名称（或 方案/部分）、文号（或 文号/部分）或规则文件路径",
  );

  program
    .command("check")
    .description(
      t(
        "parse and check rule files (default: every file under policies/ and --policies folders)",
        "解析并检查规则文件（默认：policies/ 及 --policies 文件夹中的全部文件）",
      ),
    )
    .argument("[paths...]", t("rule files or folders", "规则文件或文件夹"))
    .option(
      "--format <format>",
      t(
        "text, json, sarif (SARIF 2.1.0 for code scanning) or github (workflow annotations)",
        "text、json、sarif（供代码扫描的 SARIF 2.1.0）或 github（工作流批注）",
      ),
      "text",
    )
    .addOption(drafts())
    .action(async (paths: string[], opts: { format: string } & Drafts) =>
      set(await (await import("./commands/check.js")).checkCommand(root(), paths, opts, io)),
    );
  program
    .command("build")
    .description(
      t(
        "compile every policy to generated/ (TypeScript module, JSON Schema, index, plans), type-checked",
        "把每个政策编译到 generated/（TypeScript 模块、JSON Schema、索引、方案），并做类型检查",
      ),
    )
    .option("--check", t("only report whether generated/ is up to date (exit 1 when stale)", "只报告 generated/ 是否最新（过时则退出码为 1）"))
    .addOption(drafts())
    .action(async (opts: { check?: boolean } & Drafts) => set(await (await import("./commands/build.js")).buildCommand(root(), io, opts)));
  program
    .command("run")
    .description(
      t(
        "evaluate a case; prints one JSON result (docs/contracts.md); a plan routes each claim to the version in force on its date",
        "计算一个案例，输出一个 JSON 结果（docs/contracts.md）；方案按每笔申请的日期选用当日施行的版本",
      ),
    )
    .argument("<policy>", POLICY)
    .requiredOption("--case <file>", t("the case as JSON", "案例（JSON 文件）"))
    .option("--no-trace", t("leave the trace out of the result", "结果中不含计算过程"))
    .addOption(knownOn())
    .option(
      "--provisional-calendar",
      t(
        "count a year no holiday notice arranges from the statutory holidays (outputs marked provisional)",
        "没有放假通知的年份按法定节假日推算（结果标为暂定）",
      ),
    )
    .addOption(rebuild())
    .addOption(drafts())
    .action(async (policy: string, opts: { case: string; trace: boolean; knownOn?: string; provisionalCalendar?: boolean; rebuild?: boolean } & Drafts) =>
      set(await (await import("./commands/run.js")).runCommand(root(), policy, opts, io)),
    );
  program
    .command("explain")
    .description(
      t(
        "evaluate a case and explain every amount, article by article: in Chinese, or in English with --lang en or an English locale",
        "计算一个案例，并逐条说明每一笔金额：默认用中文，--lang en 或英文语言环境时用英文",
      ),
    )
    .argument("<policy>", POLICY)
    .requiredOption("--case <file>", t("the case as JSON", "案例（JSON 文件）"))
    .option("--format <format>", t("text, or html: a self-contained page to print", "text，或 html：可直接打印的独立网页"), "text")
    .option(
      "--notice",
      t(
        "with --format html: the decision notice to hand to the applicant (A4), always in Chinese",
        "与 --format html 一起：交给申请人的决定通知书（A4），始终为中文",
      ),
    )
    .addOption(knownOn())
    .option(
      "--provisional-calendar",
      t(
        "count a year no holiday notice arranges from the statutory holidays (outputs marked provisional)",
        "没有放假通知的年份按法定节假日推算（结果标为暂定）",
      ),
    )
    .addOption(rebuild())
    .addOption(drafts())
    .action(
      async (
        policy: string,
        opts: { case: string; format?: string; notice?: boolean; knownOn?: string; provisionalCalendar?: boolean; rebuild?: boolean } & Drafts,
      ) => set(await (await import("./commands/explain.js")).explainCommand(root(), policy, opts, io)),
    );
  program
    .command("test")
    .description(
      t(
        "run the YAML test cases next to each policy (policies/**/tests/*.yaml, and the tests/ of --policies folders)",
        "运行各政策旁的 YAML 测试案例（policies/**/tests/*.yaml，以及 --policies 文件夹的 tests/）",
      ),
    )
    .argument("[paths...]", t("test files or folders", "测试文件或文件夹"))
    .option("--filter <name>", t("only the cases whose name contains this text", "只运行名称含有这段文字的案例"))
    .option("--reporter <reporter>", t("text, json, or junit (JUnit XML for CI)", "text、json 或 junit（供持续集成的 JUnit XML）"), "text")
    .addOption(drafts())
    .action(async (paths: string[], opts: { reporter: string; filter?: string } & Drafts) =>
      set(await (await import("./commands/test.js")).testCommand(root(), paths, opts, io)),
    );
  program
    .command("fmt")
    .description(t("rewrite rule files in canonical form", "把规则文件改写为规范格式"))
    .argument("[paths...]", t("rule files or folders", "规则文件或文件夹"))
    .option("--check", t("only report files that are not formatted (exit 1)", "只列出未按规范格式书写的文件（退出码为 1）"))
    .addOption(drafts())
    .action(async (paths: string[], opts: { check?: boolean } & Drafts) => set(await (await import("./commands/fmt.js")).fmtCommand(root(), paths, opts, io)));
  program
    .command("diff")
    .description(
      t(
        "list what differs between two policies, parameter by parameter and rule by rule, with both citations",
        "逐个参数、逐条规则列出两个政策的差异，并附双方的条款依据",
      ),
    )
    .argument(
      "<policyA>",
      t("a document number (文号, or 文号/part), an amending document's 文号, or a rule file path", "文号（或 文号/部分）、修改文件的文号，或规则文件路径"),
    )
    .argument(
      "<policyB>",
      t("a document number (文号, or 文号/part), an amending document's 文号, or a rule file path", "文号（或 文号/部分）、修改文件的文号，或规则文件路径"),
    )
    .option("--json", t("print the differences as JSON", "以 JSON 输出差异"))
    .addOption(drafts())
    .action(async (a: string, b: string, opts: { json?: boolean } & Drafts) =>
      set(await (await import("./commands/diff.js")).diffCommand(root(), a, b, opts, io)),
    );
  program
    .command("history")
    .description(
      t(
        "every parameter of a plan (or an amended document) with its values, the periods they apply in and their citations",
        "方案（或被修改文件）的每个参数：各个取值、适用期间及条款依据",
      ),
    )
    .argument("<plan>", t("a plan's name, or a document number (文号)", "方案名称，或文号"))
    .option("--json", t("print the history as JSON", "以 JSON 输出沿革"))
    .addOption(drafts())
    .action(async (plan: string, opts: { json?: boolean } & Drafts) =>
      set(await (await import("./commands/history.js")).historyCommand(root(), plan, opts, io)),
    );
  program
    .command("batch")
    .description(
      t(
        "evaluate every case of a file on all cores: one JSON result per case, a summary, and --report tables",
        "用全部处理器核心计算一个文件中的所有案例：每个案例一个 JSON 结果、一份汇总，以及 --report 统计表",
      ),
    )
    .argument("<policy>", POLICY)
    .requiredOption(
      "--cases <file>",
      t(
        "cases as JSON Lines (one case per line), CSV or Parquet (.parquet: one claim per row)",
        "案例文件：JSON Lines（每行一个案例）、CSV 或 Parquet（.parquet：每行一笔申请）",
      ),
    )
    .requiredOption(
      "--out <file>",
      t(
        "where the results go: one JSON line per case in input order, or Parquet (.parquet) one row per claim",
        "结果写到哪里：按输入顺序每个案例一行 JSON，或 Parquet（.parquet）每笔申请一行",
      ),
    )
    .option("--report", t("also print the policy's aggregate tables", "同时输出政策的汇总统计表"))
    .option("--workers <n>", t("worker threads (default: one per core)", "工作线程数（默认：每个核心一个）"))
    .addOption(knownOn())
    .option("--provisional-calendar", t("not for batches: use run or explain for provisional answers", "不适用于批量计算：暂定结果请用 run 或 explain"))
    .addOption(rebuild())
    .addOption(drafts())
    .action(
      async (
        policy: string,
        opts: { cases: string; out: string; report?: boolean; workers?: string; knownOn?: string; provisionalCalendar?: boolean; rebuild?: boolean } & Drafts,
      ) => set(await (await import("./commands/batch.js")).batchCommand(root(), policy, opts, io)),
    );
  program
    .command("impact")
    .description(
      t(
        "run two versions of a plan on the same cases: totals, people better or worse off, largest changes and their provisions",
        "用同一批案例运行方案的两个版本：合计、受益和受损人数、变化最大的案例及其条款",
      ),
    )
    .argument("<old>", t("the old version: a document number (文号) or a rule file path", "旧版本：文号或规则文件路径"))
    .argument("<new>", t("the new version: a document number (文号) or a rule file path", "新版本：文号或规则文件路径"))
    .requiredOption("--cases <file>", t("cases as JSON Lines, CSV or Parquet (.parquet)", "案例文件：JSON Lines、CSV 或 Parquet（.parquet）"))
    .option("--output <name>", t("the money output compared (default: total)", "比较哪一个金额结果（默认：total）"))
    .option("--top <n>", t("how many largest changes to list", "列出变化最大的案例的个数"), "10")
    .option("--workers <n>", t("worker threads (default: one per core)", "工作线程数（默认：每个核心一个）"))
    .option("--json", t("the same as --format json", "与 --format json 相同"))
    .option("--format <format>", t("text, json, or markdown (for a pull-request comment)", "text、json 或 markdown（用于合并请求的评论）"))
    .option(
      "--base <dir>",
      t(
        "read the old version from the policies/ of another checkout (the branch a pull request goes into)",
        "从另一份检出的 policies/ 读取旧版本（合并请求的目标分支）",
      ),
    )
    .option(
      "--out <file>",
      t("write every person's comparison: JSON Lines, CSV (.csv) or Parquet (.parquet)", "写出每个人的比较结果：JSON Lines、CSV（.csv）或 Parquet（.parquet）"),
    )
    .option("--as-if", t("evaluate each version as if it governed every claim, whatever its dates", "不论日期，假定每个版本适用于全部申请来计算"))
    .addOption(drafts())
    .action(
      async (
        a: string,
        b: string,
        opts: {
          cases: string;
          output?: string;
          top: string;
          workers?: string;
          json?: boolean;
          format?: string;
          base?: string;
          out?: string;
          asIf?: boolean;
        } & Drafts,
      ) => set(await (await import("./commands/impact.js")).impactCommand(root(), a, b, opts, io)),
    );
  program
    .command("coverage")
    .description(
      t(
        "every provision of each document's gazette text: encoded (by which rules), excluded with a reason, or not covered",
        "每个文件公报原文的每一条款：已编码（由哪些规则）、有理由地排除，或未覆盖",
      ),
    )
    .argument("[documents...]", t("document numbers (文号); default: every document with a gazette text", "文号；默认：每个有公报原文的文件"))
    .option("--min <percent>", t("exit 1 when a document's coverage is below this percentage", "某个文件的覆盖率低于这个百分比时退出码为 1"))
    .option("--format <format>", t("text, json, or markdown (for a pull-request comment)", "text、json 或 markdown（用于合并请求的评论）"))
    .option("--json", t("the same as --format json", "与 --format json 相同"))
    .addOption(drafts())
    .action(async (numbers: string[], opts: { min?: string; json?: boolean; format?: string } & Drafts) =>
      set(await (await import("./commands/coverage.js")).coverageCommand(root(), numbers, opts, io)),
    );
  program
    .command("rulings")
    .description(
      t(
        "every interpretive choice the encoded policies make, with the rules and provisions relying on it",
        "已编码政策所作的每一项解释选择，以及依赖它的规则和条款",
      ),
    )
    .option("--json", t("print the rulings as JSON", "以 JSON 输出解释规则"))
    .addOption(drafts())
    .action(async (opts: { json?: boolean } & Drafts) => set(await (await import("./commands/rulings.js")).rulingsCommand(root(), opts, io)));
  program
    .command("doc")
    .description(
      t(
        "write a static site of every document: gazette text beside its rules, parameters, cases, rulings, graphs",
        "为每个文件生成静态网站：公报原文与其规则、参数、案例、解释规则和图示并列",
      ),
    )
    .requiredOption(
      "--out <dir>",
      t("the folder the site is written to (index.html and one page per document and part)", "网站写入的文件夹（index.html，以及每个文件和部分各一页）"),
    )
    .option("--on <date>", t("judge each document's status on this date, YYYY-MM-DD (default: today)", "按这一天（YYYY-MM-DD）判断各文件的状态（默认：今天）"))
    .addOption(drafts())
    .action(async (opts: { out: string; on?: string } & Drafts) => set(await (await import("./commands/doc.js")).docCommand(root(), opts, io)));
  program
    .command("deadline")
    .description(
      t(
        "a time limit on the official calendar: the last day, every day counted and the holiday notices behind them",
        "按法定日历计算期限：最后一天、计入的每一天及所依据的放假通知",
      ),
    )
    .argument("<date>", t("the day the limit starts from (not counted), YYYY-MM-DD", "期限起算的那一天（不计入），YYYY-MM-DD"))
    .argument("<count>", t("the limit: <n>工作日 or <n>日, e.g. 5工作日, 15日", "期限：<n>工作日 或 <n>日，例如 5工作日、15日"))
    .option(
      "--roll",
      t(
        "a last day that is not a working day moves to the next working day (民法典 第二百零三条)",
        "最后一天不是工作日的，顺延至下一个工作日（民法典 第二百零三条）",
      ),
    )
    .option(
      "--explain",
      t(
        "print the count day by day, with the notices: in Chinese, or in English with --lang en or an English locale",
        "逐日说明计算过程及所依据的通知：默认用中文，--lang en 或英文语言环境时用英文",
      ),
    )
    .option(
      "--known-on <date>",
      t("count as known on that day: holiday notices published after it are not applied", "按那一天已知的情况计算：此后公布的放假通知不予适用"),
    )
    .option(
      "--provisional-calendar",
      t("count a year no holiday notice arranges from the statutory holidays (marked provisional)", "没有放假通知的年份按法定节假日推算（标为暂定）"),
    )
    .addOption(drafts())
    .action(async (date: string, count: string, opts: { roll?: boolean; explain?: boolean; knownOn?: string; provisionalCalendar?: boolean } & Drafts) =>
      set(await (await import("./commands/deadline.js")).deadlineCommand(root(), date, count, opts, io)),
    );
  program
    .command("status")
    .description(
      t(
        'is a document in force on a date? prints {policy, on, inForce, reason}; inForce is true, false or "unknown"',
        '某个文件在某一天是否有效？输出 {policy, on, inForce, reason}；inForce 为 true、false 或 "unknown"',
      ),
    )
    .argument("<policy>", t("a document number (文号) or a rule file path", "文号或规则文件路径"))
    .addOption(new Option("--on <date>", t("the date, YYYY-MM-DD", "日期，YYYY-MM-DD")).makeOptionMandatory())
    .addOption(knownOn())
    .addOption(drafts())
    .action(async (policy: string, opts: { on: string; knownOn?: string } & Drafts) =>
      set(await (await import("./commands/status.js")).statusCommand(root(), policy, opts, io)),
    );
  program
    .command("lsp")
    .description(
      t(
        "the language server for editors (VS Code: editors/vscode), on stdin and stdout",
        "供编辑器使用的语言服务器（VS Code：editors/vscode），使用标准输入和输出",
      ),
    )
    .option("--stdio", t("speak the Language Server Protocol on stdin and stdout", "在标准输入和输出上使用语言服务器协议（LSP）"))
    .action(async (opts: { stdio?: boolean }) => set(await (await import("./commands/lsp.js")).lspCommand(opts)));

  program
    .command("serve")
    .description(
      t(
        "serve the policies over HTTP: /run, /explain, /batch, /status, /policies, /openapi.json (docs/http.md)",
        "通过 HTTP 提供政策计算服务：/run、/explain、/batch、/status、/policies、/openapi.json（docs/http.md）",
      ),
    )
    .option("--port <port>", t("TCP port (0: any free port)", "TCP 端口（0：任一空闲端口）"), "8080")
    .option("--host <host>", t("address to listen on", "监听的地址"), "127.0.0.1")
    .option("--body-limit <bytes>", t("largest request body (for /batch: largest line)", "请求体的最大字节数（/batch：单行最大字节数）"), "1048576")
    .option(
      "--timeout <seconds>",
      t("a request must arrive within this time; idle connections are closed after it", "请求须在这段时间内到达；超时的空闲连接将被关闭"),
      "60",
    )
    .action(async (opts: { port: string; host: string; bodyLimit: string; timeout: string }) =>
      set(await (await import("./commands/serve.js")).serveCommand(root(), opts, io)),
    );

  try {
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return 0;
      io.err(`${commanderText(e, messageLang(io))}\n`);
      return 2;
    }
    if (e instanceof UsageError) {
      io.err(`regc: ${e.text[messageLang(io)]}\n`);
      return 2;
    }
    if (e instanceof StaleModuleError || e instanceof GeneratedDirError) {
      io.err(`regc: ${e.text[messageLang(io)]}\n`);
      return 1;
    }
    // Anything else is a fault of regc (a module that fails to load, a bug): one line, never a stack trace.
    io.err(`regc: ${internalError({ error: errorText(e) })[messageLang(io)]}\n`);
    return 3;
  }
}

/** An unexpected error in one line: its code (Node's `ERR_…`, a system error's `ENOENT`) and first line. */
function errorText(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: unknown } | null)?.code;
  const line = message.split("\n")[0]!.replace(/\.$/, "");
  return typeof code === "string" && !line.includes(code) ? `${code}: ${line}` : line;
}
