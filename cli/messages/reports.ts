// The words of the text and Markdown reports a person reads — `regc rulings`, `diff`, `history`, `impact`,
// `coverage` — in both languages, one entry per situation over typed parameters (文号, names, counts, amounts,
// dates: the same in both). JSON and JUnit field names never change; the report's command chooses the language
// (cli/io.ts reportLang).
import type { Lang, Text } from "../../dsl/lang.js";
import { said } from "./said.js";

// regc rulings
export const rulingHead = said<{ id: string; document?: string | undefined }>(
  (p) => `${p.id}${p.document ? ` (${p.document})` : ""}`,
  (p) => `${p.id}${p.document ? `（${p.document}）` : ""}`,
);
export const rulingNoText: Text = {
  en: "(no text: declare it in policies/rulings.yaml or in the document block)",
  zh: "（无说明：请在 policies/rulings.yaml 或文件的 document 块中写明）",
};
export const reliedOn = said<{ rules: number }>(
  (p) => `relied on by ${p.rules} rule${p.rules === 1 ? "" : "s"}:`,
  (p) => `被 ${p.rules} 条规则引用：`,
);
export const noCitation: Text = { en: "(no citation)", zh: "（无出处）" };
export const unusedRulings = said<{ ids: readonly string[] }>(
  (p) => `not relied on by any encoded rule: ${p.ids.join(", ")}`,
  (p) => `未被任何已编码的规则引用：${p.ids.join("、")}`,
);

// regc batch --report
export const leftOutOfTables = said<{ claims: number }>(
  (p) => `${p.claims} claims were left out of the tables (a case without person.district or person.id)`,
  (p) => `另有 ${p.claims} 笔申请未列入表中（案例缺少 person.district 或 person.id）`,
);

// regc diff
export const noDifferences = said<{ a: string; b: string }>(
  (p) => `${p.a} and ${p.b}: no differences`,
  (p) => `${p.a} 与 ${p.b}：没有不同`,
);
export const differences = said<{ a: string; b: string; n: number }>(
  (p) => `${p.a} ↔ ${p.b}: ${p.n} difference${p.n === 1 ? "" : "s"}`,
  (p) => `${p.a} ↔ ${p.b}：${p.n} 处不同`,
);
export const notIn = said<{ policy: string }>(
  (p) => `(not in ${p.policy})`,
  (p) => `（${p.policy} 中没有）`,
);

// regc history
export const versionsHeading: Text = { en: "versions:", zh: "版本：" };
export const dateUnknown: Text = { en: "(date unknown)", zh: "（日期不明）" };
export const openPeriod = said<{ from: string }>(
  (p) => `from ${p.from}`,
  (p) => `${p.from} 起`,
);
export const amendedBy = said<{ amendments: readonly string[] }>(
  (p) => ` (amended by ${p.amendments.join(", ")})`,
  (p) => `（经${p.amendments.join("、")}修改）`,
);
export const notEncoded: Text = { en: " (not encoded)", zh: "（未编码）" };

// regc impact (text)
export const impactHead = said<{ old: string; new: string; output: string; people: number; claims: number; asIf: boolean }>(
  (p) => `${p.old} → ${p.new}, output ${p.output}, ${p.people} people, ${p.claims} claims${p.asIf ? ", each version as if it governed every claim" : ""}`,
  (p) => `${p.old} → ${p.new}，输出 ${p.output}，${p.people} 人，${p.claims} 笔${p.asIf ? "，两个版本各自按适用于全部申请计算" : ""}`,
);
export const impactTotal = said<{ old: string; new: string; difference: string }>(
  (p) => `total: ${p.old} → ${p.new} (${p.difference})`,
  (p) => `合计：${p.old} → ${p.new}（${p.difference}）`,
);
export const impactCounts = said<{ better: number; worse: number; same: number }>(
  (p) => `better off: ${p.better}, worse off: ${p.worse}, unchanged: ${p.same}`,
  (p) => `待遇提高：${p.better}，降低：${p.worse}，不变：${p.same}`,
);
export const impactSkipped = said<{ n: number }>(
  (p) => `cases not evaluated (invalid or undecidable): ${p.n}`,
  (p) => `未能计算的案例（无效或规则无法判断）：${p.n}`,
);
/** A person a case names no `id` for, by its line. */
export const personAtLine = said<{ line: number }>(
  (p) => `line ${p.line}`,
  (p) => `第 ${p.line} 行`,
);
export const largestChanges: Text = { en: "largest changes:", zh: "变化最大的案例：" };
export const changeLine = said<{ person: string; line: number; old: string; new: string; difference: string; claim: string; cause: string }>(
  (p) => `  ${p.person} (line ${p.line}): ${p.old} → ${p.new} (${p.difference}), claim ${p.claim}: ${p.cause}`,
  (p) => `  ${p.person}（第 ${p.line} 行）：${p.old} → ${p.new}（${p.difference}），申请 ${p.claim}：${p.cause}`,
);
export const changeCause = said<{ name: string; citation: string; old: string; new: string }>(
  (p) => `${p.name} @ ${p.citation}: ${p.old} → ${p.new}`,
  (p) => `${p.name}（${p.citation}）：${p.old} → ${p.new}`,
);
export const noTracedDifference: Text = { en: "no traced quantity differs", zh: "无可追溯的数值差异" };

// regc impact --format markdown
export const impactMdTitle = said<{ old: string; new: string }>(
  (p) => `## Impact of the change: ${p.old} → ${p.new}`,
  (p) => `## 政策变化的影响：${p.old} → ${p.new}`,
);
export const impactMdOutput = said<{ label: string | undefined; output: string }>(
  (p) => (p.label ? `${p.label} (\`${p.output}\`)` : `\`${p.output}\``),
  (p) => (p.label ? `${p.label}（\`${p.output}\`）` : `\`${p.output}\``),
);
export const impactMdSubject = said<{ base: string | undefined; output: string; people: number; claims: number }>(
  (p) =>
    `${p.base ? `The old version is read from \`${p.base}\`, the new one from this commit; c` : "C"}omparing the output ${p.output} for ${p.people} people and ${p.claims} claims.`,
  (p) => `${p.base ? `旧版本取自 \`${p.base}\`，新版本取自本次提交；` : ""}比较输出 ${p.output}，共 ${p.people} 人、${p.claims} 笔。`,
);
export const impactMdTotalsHeader: Record<Lang, readonly string[]> = {
  en: ["", "old version", "new version", "difference"],
  zh: ["", "旧版本", "新版本", "差额"],
};
export const impactMdTotal: Text = { en: "total", zh: "合计" };
export const impactMdCounts = said<{ better: number; worse: number; same: number; skipped: number }>(
  (p) =>
    `${p.better} better off, ${p.worse} worse off, ${p.same} unchanged.${p.skipped ? ` ${p.skipped} more cases could not be evaluated (invalid or undecidable): see the command's output.` : ""}`,
  (p) =>
    `待遇提高 ${p.better} 人，降低 ${p.worse} 人，不变 ${p.same} 人。${p.skipped ? `另有 ${p.skipped} 个案例未能计算（无效或规则无法判断），见命令输出。` : ""}`,
);
export const impactMdLargest: Text = { en: "### Largest changes", zh: "### 变化最大的案例" };
export const impactMdChangesHeader: Record<Lang, readonly string[]> = {
  en: ["person", "line", "old", "new", "difference", "claim", "cause"],
  zh: ["人员", "行", "旧", "新", "差额", "报销记录", "原因"],
};
export const impactMdCause = said<{ name: string; citation: string; old: string; new: string }>(
  (p) => `${p.name} (${p.citation}): ${p.old} → ${p.new}`,
  (p) => `${p.name}（${p.citation}）：${p.old} → ${p.new}`,
);

// regc coverage (text)
export const coverageStatus: Record<"encoded" | "excluded" | "pending" | "not-covered", Text> = {
  encoded: { en: "encoded", zh: "已编码" },
  excluded: { en: "excluded", zh: "已排除" },
  pending: { en: "pending", zh: "待定" },
  "not-covered": { en: "NOT COVERED", zh: "未覆盖" },
};
export const coverageLine = said<{ percent: string; covered: number; total: number; encoded: number; excluded: number; pending: number; notCovered: number }>(
  (p) =>
    `  coverage ${p.percent}%: ${p.covered} of ${p.total} provisions (${p.encoded} encoded, ${p.excluded} excluded), ${p.pending} pending, ${p.notCovered} not covered`,
  (p) => `  覆盖率 ${p.percent}%：${p.total} 条中 ${p.covered} 条（已编码 ${p.encoded}，已排除 ${p.excluded}），待定 ${p.pending}，未覆盖 ${p.notCovered}`,
);
export const coverageFiles = said<{ source: string; notes: string | undefined }>(
  (p) => `  text ${p.source}${p.notes ? `; notes ${p.notes}` : ""}`,
  (p) => `  文本 ${p.source}${p.notes ? `；说明 ${p.notes}` : ""}`,
);
export const coverageCalendar = said<{ lastDay: string | null }>(
  (p) => `  counts working days: the official calendar ends on ${p.lastDay ?? "(no year arranged)"}`,
  (p) => `  计算工作日：官方节假日安排截至 ${p.lastDay ?? "（尚无任何年度的安排）"}`,
);
export const asPartOf = said<{ via: string }>(
  (p) => `(as part of ${p.via}) `,
  (p) => `（作为 ${p.via} 的一部分）`,
);
export const notedFor = said<{ path: string }>(
  (p) => ` (noted for ${p.path})`,
  (p) => `（为 ${p.path} 所作说明）`,
);

// regc coverage --format markdown
export const coverageMdTitle: Text = { en: "## Coverage of the provisions", zh: "## 条款覆盖率" };
export const coverageMdHeader: Record<Lang, readonly string[]> = {
  en: ["文号", "title", "coverage", "encoded", "excluded", "pending", "not covered", "provisions"],
  zh: ["文号", "标题", "覆盖率", "已编码", "已排除", "待定", "未覆盖", "条款"],
};
export const coverageMdOpen: Text = { en: "### Provisions not covered", zh: "### 未覆盖的条款" };
export const coverageMdOpenSummary = said<{ number: string; n: number }>(
  (p) => `${p.number}: ${p.n} provision${p.n === 1 ? "" : "s"}`,
  (p) => `${p.number}：${p.n} 条`,
);
export const coverageMdOpenHeader: Record<Lang, readonly string[]> = { en: ["provision", "text"], zh: ["条款", "内容"] };
