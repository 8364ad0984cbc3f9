// Where a command writes, and the errors every command reports the same way.
import { existsSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { relativePath } from "../compiler/load/files.js";
import { parseCaseJson } from "../runtime/case-json.js";
import { CaseError, RuleError } from "../runtime/errors.js";
import type { Lang, Text } from "../dsl/lang.js";
import * as say from "./messages/usage.js";
import { CANNOT_EVALUATE, INVALID_CASE } from "./messages/problems.js";

export interface Io {
  cwd: string;
  /** The environment whose locale (LC_ALL, LC_MESSAGES, LANG) chooses the language when `--lang` does not. */
  env?: Readonly<Record<string, string | undefined>>;
  /** The language a reader chose (`--lang`, else the locale); undefined: what is shown decides (dsl/lang.ts). */
  lang?: Lang;
  out(text: string): void;
  err(text: string): void;
  /** stderr is a terminal: long commands may show progress there. */
  tty?: boolean;
}

/** What a command says to its reader on stderr (usage errors, progress): English unless Chinese was chosen. */
export const messageLang = (io: Pick<Io, "lang">): Lang => io.lang ?? "en";

/** The language of an explanation (`regc explain`, a failing test's account): Chinese unless English was chosen. */
export const explanationLang = (io: Pick<Io, "lang">): Lang => io.lang ?? "zh";

/**
 * The language of a report a person reads (cli/messages/reports.ts): the reader's, else the one the report has
 * always been in — English for `regc rulings`, `diff` and the text of `impact` and `coverage`, Chinese for
 * `regc history` and the Markdown of `impact` and `coverage`, written for policy staff's pull requests.
 */
export const reportLang = (io: Pick<Io, "lang">, usual: Lang): Lang => io.lang ?? usual;

/** An error worded in both languages (cli/messages/usage.ts); `message` is the English. */
export class SaidError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

/** The command was called wrongly (unknown policy, bad flag value): exit 2. */
export class UsageError extends SaidError {}

/** A generated module does not match its rule files, or was never built: exit 1, "run regc build". */
export class StaleModuleError extends SaidError {}

export function processIo(): Io {
  // A reader that stops early (`regc batch … --out /dev/stdout | head -1`) closes the pipe: what it did not
  // read was not wanted, so the command ends quietly instead of dying on the failed write.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    process.exit(process.exitCode ?? 0);
  });
  return {
    cwd: process.cwd(),
    env: process.env,
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    tty: process.stderr.isTTY === true,
  };
}

/** Paths named on the command line must exist: a mistyped path in CI must not pass as "nothing to check". */
export function requireExisting(root: string, paths: readonly string[]): void {
  const missing = paths.filter((p) => !existsSync(resolve(root, p)));
  if (missing.length) throw new UsageError(say.noSuchPath({ paths: missing }));
}

/** The project-relative path a name on the command line stands for, when it names an existing file. */
export function projectPath(root: string, name: string): string | undefined {
  return existsSync(resolve(root, name)) ? relativePath(root, resolve(root, name)) : undefined;
}

/** Reads a JSON case file; a missing or malformed file is invalid input (exit 1), reported with its place. */
export function readJsonCase(root: string, file: string): unknown {
  const abs = resolve(root, file);
  if (!existsSync(abs)) throw new UsageError(say.caseFileNotFound({ file }));
  return parseCaseJson(readFileSync(abs, "utf8"), file);
}

/** The output format a command was asked for: `--format`, with `--json` kept as another way to say json. */
export function chooseFormat<F extends string>(formats: readonly F[], opts: { format?: string; json?: boolean }, flag = "--format"): F {
  if (opts.json && opts.format !== undefined && opts.format !== "json") throw new UsageError(say.jsonWithFormat({ flag, format: opts.format }));
  const format = (opts.json ? "json" : (opts.format ?? formats[0]!)) as F;
  if (!formats.includes(format)) throw new UsageError(say.oneOf({ flag, choices: formats, got: opts.format }));
  return format;
}

/** Prints evaluation errors (bad case, undecidable rule) and returns the exit code, or rethrows others. */
export function reportEvaluationError(e: unknown, io: Io): number {
  const lang = messageLang(io);
  if (e instanceof CaseError) {
    io.err(
      `${INVALID_CASE[lang]}\n${e
        .inLang(lang)
        .map((i) => `  ${i.path}: ${i.message}`)
        .join("\n")}\n`,
    );
    return 1;
  }
  if (e instanceof RuleError) {
    io.err(`${CANNOT_EVALUATE[lang]}${e.inLang(lang)}\n`);
    return 1;
  }
  throw e;
}

/** The draft folders a command was given (`--policies`), which must exist. */
export function projectOptions(root: string, opts: { policies?: string[] }): { policies: string[] } {
  const policies = opts.policies ?? [];
  const missing = policies.filter((p) => !existsSync(resolve(root, p)) || !statSync(resolve(root, p)).isDirectory());
  if (missing.length) throw new UsageError(say.notAFolderOfRules({ paths: missing }));
  return { policies };
}
