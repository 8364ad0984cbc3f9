// commander's own sentences (an unknown option, a missing argument, …) in the reader's language. commander words
// its errors in English and names each situation by a code (`commander.unknownOption`); the English is printed as
// commander wrote it, and for Chinese each code's sentence is read for its parameters (the flag, the name, the
// counts) and said again. A code or a wording not listed here (a later commander) keeps commander's English.
import type { CommanderError } from "commander";
import type { Lang } from "../../dsl/lang.js";
import { listed } from "../../dsl/messages/entry.js";

/** One situation: how commander's English says it, and the Chinese from what that English names. */
interface Situation {
  english: RegExp;
  zh: (m: RegExpExecArray) => string;
}

const SITUATIONS: Record<string, Situation> = {
  "commander.unknownOption": { english: /^error: unknown option '(.*)'$/, zh: (m) => `错误：未知的选项“${m[1]}”` },
  "commander.unknownCommand": { english: /^error: unknown command '(.*)'$/, zh: (m) => `错误：未知的命令“${m[1]}”` },
  "commander.missingArgument": { english: /^error: missing required argument '(.*)'$/, zh: (m) => `错误：缺少必需的参数“${m[1]}”` },
  "commander.optionMissingArgument": { english: /^error: option '(.*)' argument missing$/, zh: (m) => `错误：选项“${m[1]}”缺少取值` },
  "commander.missingMandatoryOptionValue": { english: /^error: required option '(.*)' not specified$/, zh: (m) => `错误：未指定必需的选项“${m[1]}”` },
  "commander.excessArguments": {
    english: /^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    zh: (m) => `错误：${m[1] ? `命令“${m[1]}”的` : ""}参数过多：应有 ${m[2]} 个，收到 ${m[3]} 个`,
  },
  "commander.invalidArgument": {
    english: /^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/,
    zh: (m) => `错误：选项“${m[1]}”的取值“${m[2]}”无效，可选：${listed.zh(m[3]!.split(", "))}`,
  },
  "commander.conflictingOption": {
    english: /^error: (.*) cannot be used with (.*)$/,
    zh: (m) => `错误：${m[1]} 不能与 ${m[2]} 同时使用`,
  },
};

/** commander's "(Did you mean …?)" line, which follows an unknown option or command. */
const DID_YOU_MEAN = /^\(Did you mean (?:one of )?(.*)\?\)$/;

/** The error commander raised, as the reader's language says it (without the final newline). */
export function commanderText(e: Pick<CommanderError, "code" | "message">, lang: Lang): string {
  if (lang === "en") return e.message;
  const [first = "", ...rest] = e.message.split("\n");
  const situation = SITUATIONS[e.code];
  const m = situation?.english.exec(first);
  if (!situation || !m) return e.message;
  const lines = [situation.zh(m)];
  for (const line of rest) {
    const meant = DID_YOU_MEAN.exec(line);
    lines.push(meant ? `（是否想写 ${listed.zh(meant[1]!.split(", "))}？）` : line);
  }
  return lines.join("\n");
}
