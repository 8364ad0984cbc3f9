// Diagnostics of citations and rulings (E05xx): a rule without the article it comes from, a ruling id nobody
// declares, a default without a reason, a rulings file that cannot be read.
import { entry, meantText, type Meant } from "../../dsl/messages/entry.js";

/** What a rule without a citation is: the declaration's keyword, as the rule file writes it. */
export type CitedKind = "param" | "value" | "adjust" | "exception" | "carveout" | "precondition" | "ledger" | "status" | "output" | "foreach";

const CITED_EN: Record<CitedKind, string> = {
  param: "parameter",
  value: "value",
  adjust: "adjust",
  exception: "exception",
  carveout: "carve-out",
  precondition: "precondition",
  ledger: "ledger",
  status: "status",
  output: "output",
  foreach: "foreach",
};

const CITED_ZH: Record<CitedKind, string> = {
  param: "参数",
  value: "计算值",
  adjust: "调整",
  exception: "例外",
  carveout: "“不含”条款",
  precondition: "“前提”条款",
  ledger: "台账",
  status: "状态",
  output: "结果项",
  foreach: "foreach",
};

export const noCitation = entry<{ kind: CitedKind; name?: string }>({
  code: "E0501",
  severity: "error",
  title: {
    en: "a parameter, value, rule, ledger, status or output without a citation",
    zh: "参数、计算值、规则、台账、状态或结果项没有引用条款",
  },
  sample: "value x: money = …",
  example: { kind: "value", name: "x" },
  message: {
    en: (p) => `${p.kind === "foreach" ? "foreach" : p.kind === "status" ? `status ${p.name}` : `${CITED_EN[p.kind]} "${p.name}"`} has no citation`,
    zh: (p) => `${CITED_ZH[p.kind]}${p.kind === "foreach" ? "" : p.kind === "status" ? ` ${p.name} ` : `“${p.name}”`}没有引用条款`,
  },
  help: {
    en: () => "every value must cite the article it comes from: add `@ 第X条` (or `@ 二（三）2`) after its name",
    zh: () => "每个值都要引用它所依据的条款：在名称后加上 `@ 第X条`（或 `@ 二（三）2`）",
  },
});

export const unknownRuling = entry<{ id: string; number?: string } & Meant>({
  code: "E0502",
  severity: "error",
  title: { en: "an unknown ruling id", zh: "未知的裁定编号" },
  sample: "value x: money @ 第八条 ruling M9 = …",
  example: { id: "M9", meant: ["M1"] },
  message: {
    en: (p) => `unknown ruling "${p.id}"${p.number === undefined ? "" : ` in the document block of ${p.number}`}`,
    zh: (p) => `${p.number === undefined ? "" : `${p.number} 的文件信息块中`}未知的裁定“${p.id}”`,
  },
  help: {
    en: (p) =>
      meantText.en(p.meant) ??
      (p.number === undefined
        ? 'rulings come from RULINGS.md (R1…, M1…) or are declared in the document block: ruling X1 "…"'
        : 'rulings come from RULINGS.md (R1…) or are declared in the document block: ruling X1 "…"'),
    zh: (p) => meantText.zh(p.meant) ?? `裁定来自 RULINGS.md（R1…${p.number === undefined ? "、M1…" : ""}），或在文件信息块中声明：ruling X1 "…"`,
  },
});

/** What is wrong with the English of a document's own ruling: nothing written, or no English word in it. */
export type RulingEnglishProblem = "empty" | "notEnglish";

export const rulingEnglish = entry<{ id: string; problem: RulingEnglishProblem }>({
  code: "E0504",
  severity: "error",
  title: {
    en: 'the English of a document\'s own ruling (`ruling X1 "…" en "…"`) is empty or has no English word in it',
    zh: '文件自有裁定的英文（`ruling X1 "…" en "…"`）为空，或其中没有英文',
  },
  sample: 'ruling X1 "退休人员起付标准降低100元" en ""',
  example: { id: "X1", problem: "empty" },
  message: {
    en: (p) => (p.problem === "empty" ? `the English of ruling ${p.id} is empty` : `the English of ruling ${p.id} has no English word in it`),
    zh: (p) => (p.problem === "empty" ? `裁定 ${p.id} 的英文为空` : `裁定 ${p.id} 的英文中没有英文`),
  },
  help: {
    en: () => 'write the ruling in English after en (en "…"), or leave out en "…": an English explanation then quotes the Chinese and says so',
    zh: () => '请在 en 之后用英文写出该裁定（en "…"），或删去 en "…"：英文的说明会照录中文并注明',
  },
});

export const defaultWithoutReason = entry<{ field: string; name: string; value: string }>({
  code: "E0503",
  severity: "error",
  title: {
    en: "an input `default` without a reason: neither a citation of the provision that makes absence mean that value nor a ruling",
    zh: "输入字段的 `default`（默认值）没有依据：既没有引用规定“缺少即为该值”的条款，也没有裁定",
  },
  sample: "marketPrice: money default 0元",
  example: { field: "claim.marketPrice", name: "marketPrice", value: "0元" },
  message: {
    en: (p) => `the default of ${p.field} has no reason: a case without ${p.name} would be computed as if it said ${p.value}`,
    zh: (p) => `${p.field} 的默认值没有依据：缺少 ${p.name} 的申请会被当作填了 ${p.value} 来计算`,
  },
  help: {
    en: (p) =>
      `a missing fact is an error, not a value: drop the default so a case must give ${p.name}; if the law makes absence mean ${p.value}, cite the provision (default … @ 第X条) or a ruling (default … ruling X1)`,
    zh: (p) =>
      `缺少的事实是错误，不是一个值：请删去默认值，让每个申请都必须填写 ${p.name}；如果法规规定缺少即为 ${p.value}，请引用该条款（default … @ 第X条）或裁定（default … ruling X1）`,
  },
});

/** The ways policies/rulings.yaml cannot be read; `detail` is what the file system or the YAML reader said. */
export type RulingsProblem = "unreadable" | "notYaml" | "notMap" | "entry";

export const rulingsFile = entry<{ file: string; problem: RulingsProblem; detail?: string; id?: string }>({
  code: "E0510",
  severity: "error",
  title: {
    en: "`policies/rulings.yaml` cannot be read: not YAML, not a map of ids, or an entry without a string title and text (and its `zh` likewise)",
    zh: "无法读取 `policies/rulings.yaml`：不是 YAML、不是以编号为键的映射，或某一条缺少文字形式的 title 和 text（其 `zh` 也一样）",
  },
  sample: "R1: [unclosed",
  example: {
    file: "policies/rulings.yaml",
    problem: "notYaml",
    detail: "Flow sequence in block collection must be sufficiently indented and end with a ] at line 2, column 1:",
  },
  message: {
    en: (p) =>
      p.problem === "unreadable"
        ? `${p.file} cannot be read: ${p.detail}`
        : p.problem === "notYaml"
          ? `${p.file} is not valid YAML: ${p.detail}`
          : p.problem === "notMap"
            ? `${p.file} must map ruling ids to a title and a text`
            : `${p.file}: ${p.id ?? "this entry"} needs a title and a text, both strings (and so does its zh, if it has one)`,
    zh: (p) =>
      p.problem === "unreadable"
        ? `无法读取 ${p.file}：${p.detail}`
        : p.problem === "notYaml"
          ? `${p.file} 不是有效的 YAML：${p.detail}`
          : p.problem === "notMap"
            ? `${p.file} 必须以裁定编号为键，每条给出 title 和 text`
            : `${p.file}：${p.id ?? "这一条"}要有 title 和 text，都写成文字（如有 zh，也一样）`,
  },
  help: {
    en: () => 'each ruling reads: R1: { title: "…", text: "…", zh: { title: "…", text: "…" } }',
    zh: () => '每条裁定写成：R1: { title: "…", text: "…", zh: { title: "…", text: "…" } }',
  },
});
