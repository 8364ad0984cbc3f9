// What a command says when it was called wrongly (exit 2), its modules are stale (exit 1) or regc itself failed
// (exit 3): one entry per situation, over typed parameters (names, paths, flags, 文号 — the same in both
// languages), in English and Chinese. A UsageError carries both texts; the command line prints the reader's (cli/main.ts).
import type { Text } from "../../dsl/lang.js";
import { listed, meantText } from "../../dsl/messages/entry.js";
import { said } from "./said.js";

/** ` (did you mean "x"?)` / `（是否想写“x”？）`, or nothing when nothing is suggested. */
const hint = {
  en: (m: readonly string[] | undefined) => (m?.length ? ` (${meantText.en(m)})` : ""),
  zh: (m: readonly string[] | undefined) => (m?.length ? `（${meantText.zh(m)}）` : ""),
};

// --- files and folders named on the command line
export const noSuchPath = said<{ paths: readonly string[] }>(
  (p) => `no such file or folder: ${listed.en(p.paths)}`,
  (p) => `没有这个文件或文件夹：${listed.zh(p.paths)}`,
);
export const caseFileNotFound = said<{ file: string }>(
  (p) => `case file not found: ${p.file}`,
  (p) => `找不到案例文件：${p.file}`,
);
export const notAFolderOfRules = said<{ paths: readonly string[] }>(
  (p) => `--policies expects a folder of rule files: ${listed.en(p.paths)} is not one`,
  (p) => `--policies 需要规则文件所在的文件夹：${listed.zh(p.paths)} 不是文件夹`,
);
export const outIsAFile = said<{ out: string }>(
  (p) => `--out must be a folder: ${p.out} is a file`,
  (p) => `--out 应为文件夹：${p.out} 是一个文件`,
);
export const baseWithoutPolicies = said<{ dir: string; folder: string }>(
  (p) => `--base ${p.dir} has no ${p.folder}/ folder`,
  (p) => `--base ${p.dir} 中没有 ${p.folder}/ 文件夹`,
);
export const notParquet = said<{ file: string; error: string }>(
  (p) => `${p.file} is not a readable Parquet file: ${p.error}`,
  (p) => `${p.file} 不是可读的 Parquet 文件：${p.error}`,
);
export const unreadableRowGroup = said<{ file: string; group: number; first: number; last: number; error: string }>(
  (p) => `row group ${p.group} of ${p.file} (rows ${p.first}–${p.last}) cannot be read: ${p.error}`,
  (p) => `${p.file} 的第 ${p.group} 个行组（第 ${p.first}–${p.last} 行）无法读取：${p.error}`,
);

/** Why an output file cannot be written, from the system's error code. */
export type WriteProblem = "ENOENT" | "EACCES" | "EISDIR" | "ENOSPC" | "EPIPE";
const WRITE_PROBLEM: Record<WriteProblem, Text> = {
  ENOENT: { en: "its folder does not exist", zh: "所在文件夹不存在" },
  EACCES: { en: "no permission to write it", zh: "没有写入权限" },
  EISDIR: { en: "it is a folder", zh: "这是一个文件夹" },
  ENOSPC: { en: "the disk is full", zh: "磁盘已满" },
  EPIPE: { en: "the reader closed the pipe", zh: "读取方已关闭" },
};
export const cannotWrite = said<{ path: string; problem?: WriteProblem; code: string }>(
  (p) => `cannot write ${p.path}: ${p.problem ? `${WRITE_PROBLEM[p.problem].en} (${p.code})` : p.code}`,
  (p) => `无法写入输出文件 ${p.path}：${p.problem ? `${WRITE_PROBLEM[p.problem].zh}（${p.code}）` : p.code}`,
);

// --- flag values
export const jsonWithFormat = said<{ flag: string; format: string }>(
  (p) => `--json cannot be used with ${p.flag} ${p.format}`,
  (p) => `--json 与 ${p.flag} ${p.format} 不能同时使用`,
);
export const oneOf = said<{ flag: string; choices: readonly string[]; got: string | undefined }>(
  (p) => `${p.flag} expects one of ${listed.en(p.choices)}, got "${p.got}"`,
  (p) => `${p.flag} 应为 ${listed.zh(p.choices)} 之一，收到“${p.got}”`,
);
export const dateExpected = said<{ flag: string; got: string }>(
  (p) => `${p.flag} expects a date YYYY-MM-DD, got "${p.got}"`,
  (p) => `${p.flag} 需要 YYYY-MM-DD 格式的日期，收到 "${p.got}"`,
);
export const wholeNumber = said<{ flag: string; min: number; max?: number; got: string }>(
  (p) =>
    p.max === undefined
      ? `${p.flag} expects a whole number${p.min > 0 ? ` ≥ ${p.min}` : ""}, got "${p.got}"`
      : `${p.flag} expects a whole number from ${p.min} to ${p.max}, got "${p.got}"`,
  (p) =>
    p.max === undefined
      ? `${p.flag} 应为${p.min > 0 ? `不小于 ${p.min} 的` : ""}整数，收到“${p.got}”`
      : `${p.flag} 应为 ${p.min} 到 ${p.max} 之间的整数，收到“${p.got}”`,
);
export const percentage = said<{ flag: string; got: string }>(
  (p) => `${p.flag} expects a percentage between 0 and 100, got "${p.got}"`,
  (p) => `${p.flag} 应为 0 到 100 之间的百分比，收到“${p.got}”`,
);
export const deadlineStart = said<{ got: string }>(
  (p) => `the day a limit starts from is a date YYYY-MM-DD, got "${p.got}"`,
  (p) => `起算日需要 YYYY-MM-DD 格式的日期，收到 "${p.got}"`,
);
export const deadlineCount = said<{ got: string }>(
  (p) => `a limit is written <days>工作日 or <days>日 (e.g. 5工作日, 15日), got "${p.got}"`,
  (p) => `期限写作 <天数>工作日 或 <天数>日（例如 5工作日、15日），收到 "${p.got}"`,
);

// --- flags that do not go together, or not with this command
export const explainFormat = said<{ got: string }>(
  (p) => `--format expects text or html, got "${p.got}"`,
  (p) => `--format 应为 text 或 html，收到“${p.got}”`,
);
export const noticeNeedsHtml = said<Record<never, never>>(
  () => "--notice is a printable page: use it with --format html",
  () => "--notice 是可打印的网页：请与 --format html 一起使用",
);
export const provisionalNotForBatch = said<Record<never, never>>(
  () => "--provisional-calendar is not for batches: use regc run or regc explain for provisional answers, case by case",
  () => "--provisional-calendar 不适用于批量计算：请用 regc run 或 regc explain 逐案计算临时结果",
);
export const checkWithDrafts = said<Record<never, never>>(
  () => "--check compares generated/ with policies/; drafts (--policies) are built to the cache instead",
  () => "--check 比较的是 generated/ 与 policies/；草稿（--policies）改为构建到缓存中",
);
export const lspStdioOnly = said<Record<never, never>>(
  () => "regc lsp speaks on stdin and stdout only: run regc lsp --stdio",
  () => "regc lsp 只使用标准输入和输出：请运行 regc lsp --stdio",
);
export const noTestNamed = said<{ filter: string }>(
  (p) => `no test case has a name containing "${p.filter}"`,
  (p) => `没有名称包含“${p.filter}”的测试用例`,
);

// --- names of policies, plans and documents
export const unknownPolicy = said<{ name: string; meant?: readonly string[]; plans: readonly string[]; documents: readonly string[] }>(
  (p) =>
    `unknown policy "${p.name}"${hint.en(p.meant)}; known plans: ${listed.en(p.plans)}; known documents (a part file as 文号/part): ${listed.en(p.documents)}`,
  (p) => `未知的政策“${p.name}”${hint.zh(p.meant)}；已知的方案：${listed.zh(p.plans)}；已知的文件（部分文件写作 文号/部分）：${listed.zh(p.documents)}`,
);
export const unknownDocument = said<{ name: string; meant?: readonly string[]; known: readonly string[] }>(
  (p) => `unknown document "${p.name}"${hint.en(p.meant)}; known: ${listed.en(p.known)}`,
  (p) => `未知的文件“${p.name}”${hint.zh(p.meant)}；已知的文件：${listed.zh(p.known)}`,
);
export const datesOnly = said<{ name: string }>(
  (p) => `${p.name} has no rules to evaluate (its rule file holds its dates only); regc status ${p.name} --on YYYY-MM-DD says whether it is in force`,
  (p) => `${p.name} 没有可计算的规则（它的规则文件只记载日期）；regc status ${p.name} --on YYYY-MM-DD 可查它是否有效`,
);
export const planOfVersions = said<{ name: string; versions: readonly string[] }>(
  (p) => `${p.name} names a plan of ${p.versions.length} versions (${listed.en(p.versions)}); name one of them`,
  (p) => `${p.name} 是一个有 ${p.versions.length} 个版本的方案（${listed.zh(p.versions)}）；请指明其中一个`,
);
export const oneVersionOnly = said<{ name: string }>(
  (p) => `${p.name} is one version with no other; regc history takes a plan's name, or the 文号 of a document amended from a date`,
  (p) => `${p.name} 只有一个版本；regc history 需要方案名称，或自某日起被修改的文件的文号`,
);
export const unknownGazette = said<{ unknown: readonly string[]; known: readonly string[] }>(
  (p) => `no gazette text with rules for ${listed.en(p.unknown)}; known: ${listed.en(p.known)}`,
  (p) => `${listed.zh(p.unknown)} 没有附带规则的公报原文；已知的文件：${listed.zh(p.known)}`,
);
export const factsNeedJsonLines = said<{ id: string }>(
  (p) => `${p.id} takes {"date","facts"} cases: give them as JSON Lines, one case per line`,
  (p) => `${p.id} 的案例写作 {"date","facts"}：请用 JSON Lines，每行一个案例`,
);
export const noReport = said<{ id: string }>(
  (p) => `no report is defined for ${p.id}`,
  (p) => `${p.id} 没有定义汇总统计表`,
);
export const impactOfPlan = said<{ id: string }>(
  (p) => `${p.id} is a plan; impact compares two versions: name each by its 文号`,
  (p) => `${p.id} 是一个方案；impact 比较两个版本：请分别用文号指明`,
);
export const noMoneyOutput = said<{ id: string; output: string; outputs: readonly string[] }>(
  (p) => `${p.id} has no money output "${p.output}"; outputs: ${listed.en(p.outputs)}`,
  (p) => `${p.id} 没有金额结果“${p.output}”；它的结果有：${listed.zh(p.outputs)}`,
);

// --- modules in generated/ (exit 1: the project, not the call, must change)
/** Why a module does not match its rule files. */
export const staleBecause = {
  notBuilt: said<Record<never, never>>(
    () => "not built yet",
    () => "尚未生成",
  ),
  changed: said<{ files: readonly string[] }>(
    (p) => `${listed.en(p.files)} changed since the build`,
    (p) => `${listed.zh(p.files)} 在上次构建后有改动`,
  ),
  gone: said<{ file: string }>(
    (p) => `${p.file} is gone`,
    (p) => `${p.file} 已不存在`,
  ),
  versions: said<{ module: string; manifest: string }>(
    (p) => `module version ${p.module}, manifest ${p.manifest}: module and manifest differ`,
    (p) => `模块版本 ${p.module}，清单 ${p.manifest}`,
  ),
};
export const staleModule = said<{ module: string; why: Text }>(
  (p) => `${p.module} is out of date with its rule files (${p.why.en}): run regc build, or add --rebuild`,
  (p) => `${p.module} 与规则文件不一致（${p.why.zh}）：请运行 regc build，或给本命令加 --rebuild`,
);
export const rebuilt = said<{ module: string; file: string }>(
  (p) => `rebuilt ${p.module} from ${p.file}`,
  (p) => `已由 ${p.file} 重新生成 ${p.module}`,
);

// --- a fault of regc itself (exit 3): said plainly, without a stack trace, so it can be reported
export const internalError = said<{ error: string }>(
  (p) => `internal error: ${p.error}. This is a fault of regc, not of your rule files or case: please report it with the command you ran`,
  (p) => `内部错误：${p.error}。这是 regc 自身的故障，不是规则文件或案例的问题：请连同所运行的命令一并报告`,
);
