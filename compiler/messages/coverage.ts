// Diagnostics of coverage notes (E0806, E0807, W0802): the YAML beside a document's rules saying why a
// provision is not encoded — a note on no provision, a notes file that cannot be read, a note gone stale.
import type { Lang } from "../../dsl/lang.js";
import { entry, listed } from "../../dsl/messages/entry.js";
import { readProblemText, type ReadProblem } from "./read-problems.js";

export const noteOnNoProvision = entry<{ path: string; number: string; nearest: readonly string[] }>({
  code: "E0806",
  severity: "error",
  title: {
    en: "a coverage note names no provision of the document's text (`regc coverage`)",
    zh: "覆盖说明所写的条款在文件原文中不存在（regc coverage）",
  },
  sample: "二（九）: in coverage/南川府办发〔2023〕8号.yaml",
  example: { path: "二（九）", number: "南川府办发〔2023〕8号", nearest: ["二（六）", "二（五）"] },
  message: { en: (p) => `${p.path} is not a provision of ${p.number}`, zh: (p) => `${p.number} 中没有 ${p.path} 这一条款` },
  help: {
    en: (p) =>
      p.nearest.length
        ? `nearest provisions: ${p.nearest.join(", ")}`
        : `write the path of a provision of ${p.number} as its text numbers it, e.g. 第三条 or 二（一）`,
    zh: (p) => (p.nearest.length ? `最接近的条款：${listed.zh(p.nearest)}` : `请按 ${p.number} 原文的编号写条款，例如 第三条 或 二（一）`),
  },
});

/** What is wrong with a coverage notes file. */
export type NotesProblem =
  | { kind: "unreadable"; file: string; problem: ReadProblem }
  /** The YAML parser's own words (English), the same in both languages. */
  | { kind: "notYaml"; file: string; detail: string }
  | { kind: "notMap"; file: string }
  | { kind: "reason"; path: string; reasons: readonly string[] }
  | { kind: "noNote"; path: string };

const notesMessage: Record<Lang, (p: NotesProblem) => string> = {
  en: (p) =>
    p.kind === "unreadable"
      ? `${p.file} cannot be read: ${readProblemText.en(p.problem)}`
      : p.kind === "notYaml"
        ? `${p.file} is not valid YAML: ${p.detail}`
        : p.kind === "notMap"
          ? `${p.file} must map provision paths to notes`
          : p.kind === "reason"
            ? `${p.path}: the reason must be one of ${p.reasons.join(", ")}`
            : `${p.path}: a note saying why is required`,
  zh: (p) =>
    p.kind === "unreadable"
      ? `无法读取 ${p.file}：${readProblemText.zh(p.problem)}`
      : p.kind === "notYaml"
        ? `${p.file} 不是有效的 YAML：${p.detail}`
        : p.kind === "notMap"
          ? `${p.file} 应把条款编号对应到说明`
          : p.kind === "reason"
            ? `${p.path}：reason（原因）必须是 ${listed.zh(p.reasons)} 之一`
            : `${p.path}：必须写 note，说明为什么不编写`,
};

const notesHelp: Record<Lang, (p: NotesProblem) => string> = {
  en: (p) =>
    p.kind === "unreadable"
      ? "coverage notes are a YAML text file beside the rules"
      : p.kind === "notYaml"
        ? "fix the YAML where the message says; each note reads: 二（三）: { reason: non-computable, note: … }"
        : p.kind === "notMap"
          ? "write: 一: { reason: non-computable, note: 总体要求 }"
          : p.kind === "reason"
            ? `e.g. ${p.path}: { reason: non-computable, note: … }`
            : "add note: … in the words of the provision",
  zh: (p) =>
    p.kind === "unreadable"
      ? "覆盖说明是规则旁边的 YAML 文本文件"
      : p.kind === "notYaml"
        ? "请按信息所指之处改正 YAML；每条说明写作：二（三）: { reason: non-computable, note: … }"
        : p.kind === "notMap"
          ? "请写成：一: { reason: non-computable, note: 总体要求 }"
          : p.kind === "reason"
            ? `例如 ${p.path}: { reason: non-computable, note: … }`
            : "请用该条款的原话写上 note: …",
};

export const notesUnreadable = entry<{ problem: NotesProblem }>({
  code: "E0807",
  severity: "error",
  title: {
    en: "a coverage note that cannot be read: not a readable text file, not YAML, not a map of paths, an unknown reason, or no `note`",
    zh: "无法读取的覆盖说明：不是可读的文本文件、不是 YAML、不是条款编号到说明的对应、原因未知，或缺少 note",
  },
  sample: "reason: unclear",
  example: { problem: { kind: "reason", path: "二（三）", reasons: ["non-computable", "delegated", "not-yet-active", "pending"] } },
  message: { en: (p) => notesMessage.en(p.problem), zh: (p) => notesMessage.zh(p.problem) },
  help: { en: (p) => notesHelp.en(p.problem), zh: (p) => notesHelp.zh(p.problem) },
});

export const noteOutOfDate = entry<{ path: string; files: readonly string[] }>({
  code: "W0802",
  severity: "warning",
  title: { en: "a coverage note on a provision that a rule now encodes", zh: "覆盖说明所针对的条款现已有规则编写" },
  sample: "a note on 二（六） after a rule cites it",
  example: { path: "二（六）", files: ["policies/nanchuan/medical-assistance.policy"] },
  message: {
    en: (p) => `${p.path} is encoded (by ${p.files.join(", ")}), so its note is out of date`,
    zh: (p) => `${p.path} 已由 ${listed.zh(p.files)} 编写，它的说明已经过时`,
  },
  help: { en: () => "remove the note", zh: () => "请删去这条说明" },
});
