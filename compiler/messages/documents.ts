// Diagnostics of documents (E07xx): a document's dates, its part files, and what one document does to another
// (repeals, supersedes, amends, extends). One code per situation; `kind` chooses the wording only where a code
// names one situation said in several ways.
import { entry, listed, meantText, type Meant } from "../../dsl/messages/entry.js";

/** The relation keywords as written in a rule file, which stay as they are in both languages. */
type RelationWord = "repeals" | "supersedes" | "amends" | "extends";

export const noEffectiveDate = entry<{ number: string }>({
  code: "E0701",
  severity: "error",
  title: { en: "a document without an effective date", zh: "文件没有施行日期" },
  sample: 'document "测试〔2024〕1号" { title "…" }',
  example: { number: "测试〔2024〕1号" },
  message: { en: (p) => `document ${p.number} has no effective date`, zh: (p) => `文件 ${p.number} 没有施行日期` },
  help: {
    en: () =>
      "add `effective YYYY-MM-DD @ 第X条` (mark a date the gazette does not print with `assumed R6`; a document the seeds only name: `effective unknown`)",
    zh: () => "请添加 `effective YYYY-MM-DD @ 第X条`（公报未载明的日期用 `assumed R6` 标明；只被其他文件提及的文件写 `effective unknown`）",
  },
});

export const validityUnit = entry<{ unit: string }>({
  code: "E0702",
  severity: "error",
  title: { en: "a validity not in 年 or 个月", zh: "有效期不是以年或个月计" },
  sample: "validity 30日",
  example: { unit: "日" },
  message: { en: (p) => `validity must be in 年 or 个月, found ${p.unit}`, zh: (p) => `有效期须以年或个月计，这里写的是${p.unit}` },
  help: {
    en: () => "write the validity in 年 or 个月 (e.g. 2年, 18个月), or state the end with expires YYYY-MM-DD",
    zh: () => "请以年或个月写有效期（如 2年、18个月），或用 expires YYYY-MM-DD 写明截止日期",
  },
});

/** The document's own dates (`by` absent), or another document ending it before it starts. */
export const endsBeforeEffective = entry<{ number: string; to: string; from: string; by?: { number: string; relation: RelationWord; starts: string } }>({
  code: "E0703",
  severity: "error",
  title: {
    en: "a document that expires before it takes effect, by its own dates or because another repeals or supersedes it before its effective date",
    zh: "文件在施行之前就已失效：按其自身的日期，或因另一文件在其施行日期之前将其废止或取代",
  },
  sample: "expires 2024-12-01",
  example: { number: "测试〔2024〕1号", to: "2024-12-01", from: "2025-01-01" },
  message: {
    en: (p) =>
      p.by
        ? `${p.number} would end (${p.to}) before it takes effect (${p.from}): ${p.by.number} ${p.by.relation} it from ${p.by.starts}`
        : `document ${p.number} expires (${p.to}) before it takes effect (${p.from})`,
    zh: (p) =>
      p.by
        ? `${p.number} 将在施行（${p.from}）之前终止（${p.to}）：${p.by.number} 自 ${p.by.starts} 起 ${p.by.relation} 它`
        : `文件 ${p.number} 的截止日期（${p.to}）早于施行日期（${p.from}）`,
  },
  help: {
    en: (p) => (p.by ? "check both documents' effective dates" : "check both dates against the gazette: the end must not come before the effective date"),
    zh: (p) => (p.by ? "请核对两个文件的施行日期" : "请对照公报核对两个日期：截止日期不能早于施行日期"),
  },
});

export const partOfUndeclared = entry<{ part: string; number: string }>({
  code: "E0704",
  severity: "error",
  title: { en: "a part file of a document no rule file declares", zh: "分部文件所属的文件没有在任何规则文件中声明" },
  sample: 'part x of "某文号"',
  example: { part: "x", number: "某文号" },
  message: {
    en: (p) => `part ${p.part} belongs to document ${p.number}, which no rule file declares`,
    zh: (p) => `分部 ${p.part} 属于文件 ${p.number}，但没有规则文件声明该文件`,
  },
  help: {
    en: () => 'declare the document in its main rule file: document "…" { … }',
    zh: () => '请在该文件的主规则文件中声明它：document "…" { … }',
  },
});

export const declaredTwice = entry<{ number: string }>({
  code: "E0705",
  severity: "error",
  title: { en: "one document declared in two rule files", zh: "同一文件在两个规则文件中声明" },
  sample: 'document "测试〔2024〕1号" { … }',
  example: { number: "测试〔2024〕1号" },
  message: { en: (p) => `document ${p.number} is declared in two rule files`, zh: (p) => `文件 ${p.number} 在两个规则文件中都有声明` },
  help: {
    en: (p) => `further rule files of one document start with: part NAME of "${p.number}"`,
    zh: (p) => `同一文件的其他规则文件应以此开头：part 名称 of "${p.number}"`,
  },
});

export const relationTargetUndeclared = entry<{ number: string; relation: RelationWord; target: string } & Meant>({
  code: "E0706",
  severity: "error",
  title: {
    en: "`repeals`, `amends`, `supersedes` or `extends` names a document no rule file declares",
    zh: "repeals、amends、supersedes 或 extends 所指的文件没有在任何规则文件中声明",
  },
  sample: 'repeals "合川府办发〔2024〕73号"',
  example: { number: "合川府办发〔2024〕80号", relation: "repeals", target: "合川府办发〔2024〕73号", meant: ["合川府办发〔2024〕37号"] },
  message: {
    en: (p) => `${p.number} ${p.relation} ${p.target}, which no rule file declares`,
    zh: (p) => `${p.number} ${p.relation} ${p.target}，但没有规则文件声明该文件`,
  },
  help: {
    en: (p) => meantText.en(p.meant) ?? `declare it, with what the seeds say of it, in its own rule file: document "${p.target}" { title "…" effective … }`,
    zh: (p) => meantText.zh(p.meant) ?? `请在它自己的规则文件中按公报所载声明它：document "${p.target}" { title "…" effective … }`,
  },
});

export const versionsOverlap = entry<{ plan: string; day: string; earlier: string; earlierPeriod: string; later: string; laterPeriod: string }>({
  code: "E0707",
  severity: "error",
  title: { en: "two versions of one plan in force on the same day, neither ending the other", zh: "同一方案的两个版本在同一天都有效，且都没有终止对方" },
  sample: 'plan "P"',
  example: {
    plan: "P",
    day: "2025-03-01",
    earlier: "测试〔2024〕1号",
    earlierPeriod: "2024-06-25 – no end",
    later: "测试〔2025〕2号",
    laterPeriod: "2025-03-01 – no end",
  },
  message: {
    en: (p) => `two versions of plan ${p.plan} are in force on ${p.day}: ${p.earlier} (${p.earlierPeriod}) and ${p.later} (${p.laterPeriod})`,
    zh: (p) => `方案 ${p.plan} 的两个版本在 ${p.day} 都有效：${p.earlier}（${p.earlierPeriod}）和 ${p.later}（${p.laterPeriod}）`,
  },
  help: {
    en: (p) => `the later version must end the earlier one: supersedes "${p.earlier}" (or repeals), or give ${p.earlier} an end before ${p.day}`,
    zh: (p) => `较新的版本须终止较早的版本：supersedes "${p.earlier}"（或 repeals），或给 ${p.earlier} 一个早于 ${p.day} 的截止日期`,
  },
});

/** The extension ends no later than the validity it extends. */
export const extensionDoesNotExtend = entry<{ number: string; target: string; until: string; to: string }>({
  code: "E0708",
  severity: "error",
  title: { en: "an extension whose `until` is not after the current end of what it extends", zh: "延期的 until 不晚于被延期文件现有的截止日期" },
  sample: 'extends "X" until 2022-06-22',
  example: { number: "Y", target: "X", until: "2022-06-22", to: "2022-06-22" },
  message: {
    en: (p) => `${p.number} extends ${p.target} until ${p.until}, but it already runs until ${p.to}`,
    zh: (p) => `${p.number} 将 ${p.target} 延长至 ${p.until}，但它本来就有效至 ${p.to}`,
  },
  help: { en: () => "an extension must end later than the validity it extends", zh: () => "延期后的截止日期须晚于被延长的有效期" },
});

/** `extends "X" until …` where X states no end of validity. */
export const extensionOfOpenEnded = entry<{ number: string; target: string }>({
  code: "E0724",
  severity: "error",
  title: { en: "an extension of a document that states no end of validity", zh: "延长一个没有写明有效期截止日期的文件" },
  sample: 'extends "X" until 2025-12-31, where X has no validity or expires',
  example: { number: "Y", target: "X" },
  message: {
    en: (p) => `${p.number} extends ${p.target}, which states no end of validity`,
    zh: (p) => `${p.number} 延长 ${p.target} 的有效期，但 ${p.target} 没有写明有效期截止日期`,
  },
  help: {
    en: (p) => `give ${p.target} its own end first: validity … or expires …`,
    zh: (p) => `请先给 ${p.target} 写明截止日期：validity … 或 expires …`,
  },
});

export const actsOnItself = entry<{ number: string; relation: RelationWord }>({
  code: "E0709",
  severity: "error",
  title: { en: "a document that repeals, supersedes, amends or extends itself", zh: "文件废止、取代、修改或延长它自己" },
  sample: 'document "X" { repeals "X" }',
  example: { number: "X", relation: "repeals" },
  message: { en: (p) => `${p.number} ${p.relation} itself`, zh: (p) => `${p.number} ${p.relation} 它自己` },
  help: { en: () => "name the earlier document it acts on", zh: () => "请写明它所作用的较早文件" },
});

export const supersedesWithoutPlan = entry<{ number: string; target: string }>({
  code: "E0722",
  severity: "error",
  title: { en: "`supersedes` by a document that names no `plan`", zh: "写了 supersedes（取代）的文件没有写明所属方案（plan）" },
  sample: 'supersedes "P-2019" in a document without plan "…"',
  example: { number: "P-2020", target: "P-2019" },
  message: {
    en: (p) => `${p.number} supersedes ${p.target} but names no plan`,
    zh: (p) => `${p.number} 取代（supersedes）${p.target}，但没有写明所属方案（plan）`,
  },
  help: {
    en: () => 'supersession orders the versions of one plan: add plan "…" to the document block',
    zh: () => '取代用于排列同一方案的各个版本：请在文件块中添加 plan "…"',
  },
});

export const supersedesAcrossPlans = entry<{ number: string; plan: string; target: string; targetPlan: string }>({
  code: "E0723",
  severity: "error",
  title: { en: "`supersedes` of a document of another plan", zh: "取代（supersedes）另一方案的文件" },
  sample: 'supersedes "P-2019" from plan Q',
  example: { number: "Q-2020", plan: "Q", target: "P-2019", targetPlan: "P" },
  message: {
    en: (p) => `${p.number} (plan ${p.plan}) supersedes ${p.target} of another plan (${p.targetPlan})`,
    zh: (p) => `${p.number}（方案 ${p.plan}）取代了另一方案（${p.targetPlan}）的 ${p.target}`,
  },
  help: {
    en: () => "a document supersedes earlier versions of its own plan; use repeals for another plan's document",
    zh: () => "文件只能取代本方案的较早版本；对其他方案的文件请用 repeals（废止）",
  },
});

type NeedsDate =
  | { kind: "rules"; number: string }
  | { kind: "validity"; number: string }
  | { kind: "relation"; number: string; relation: RelationWord; target: string };

export const effectiveDateUnknown = entry<NeedsDate>({
  code: "E0710",
  severity: "error",
  title: {
    en: "a date needed where the effective date is `unknown`: rules to evaluate, a validity to count, another document to act on",
    zh: "施行日期为 unknown，却需要用到它：要计算的规则、要推算的有效期、要作用的另一文件",
  },
  sample: "validity 3年",
  example: { kind: "validity", number: "测试〔2024〕1号" },
  message: {
    en: (p) =>
      p.kind === "rules"
        ? `${p.number} has rules but no known effective date`
        : p.kind === "validity"
          ? `validity of ${p.number} cannot be counted: its effective date is unknown`
          : `${p.number} ${p.relation} ${p.target}, but its own effective date is unknown`,
    zh: (p) =>
      p.kind === "rules"
        ? `${p.number} 有规则，但施行日期未知`
        : p.kind === "validity"
          ? `无法推算 ${p.number} 的有效期：其施行日期未知`
          : `${p.number} ${p.relation} ${p.target}，但它自己的施行日期未知`,
  },
  help: {
    en: (p) =>
      p.kind === "rules"
        ? "a case is judged by the rules in force on its date: give the document its effective date"
        : p.kind === "validity"
          ? "write the end the gazette states: expires YYYY-MM-DD"
          : "the date a document takes effect decides when it acts on another: give it an effective date",
    zh: (p) =>
      p.kind === "rules"
        ? "案件按其日期有效的规则判断：请写明该文件的施行日期"
        : p.kind === "validity"
          ? "请写明公报载明的截止日期：expires YYYY-MM-DD"
          : "文件何时作用于另一文件取决于其施行日期：请写明施行日期",
  },
});

export const partsUnaccounted = entry<{ number: string; relation: RelationWord; target: string; parts: readonly string[] }>({
  code: "E0711",
  severity: "error",
  title: {
    en: "a document that supersedes or repeals another does not say what becomes of each of its part files",
    zh: "取代或废止另一文件时，没有说明其每个分部文件如何处理",
  },
  sample: 'supersedes "南川府办发〔2023〕8号" @ 正文',
  example: {
    number: "南川府办发〔2024〕5号",
    relation: "supersedes",
    target: "南川府办发〔2023〕8号",
    parts: ["资助参保", "大病保险倾斜", "免除住院押金", "名单报送期限"],
  },
  message: {
    en: (p) => `${p.number} ${p.relation} ${p.target} without saying what becomes of its part files: ${p.parts.join(", ")}`,
    zh: (p) => `${p.number} ${p.relation} ${p.target}，但没有说明其分部文件如何处理：${listed.zh(p.parts)}`,
  },
  help: {
    en: (p) =>
      `account for each in a block: ${p.relation} "${p.target}" … { carries ${p.parts.join(", ")} @ … } (or replaces P by Q, or ends P), each with a citation or a ruling`,
    zh: (p) => `请在块中逐一说明：${p.relation} "${p.target}" … { carries ${p.parts.join(", ")} @ … }（或 replaces P by Q，或 ends P），每项都须引用条款或裁定`,
  },
});

export const noSuchPart = entry<{ target: string; part: string; parts: readonly string[] } & Meant>({
  code: "E0712",
  severity: "error",
  title: { en: "a clause of a block of parts naming a part the earlier document does not have", zh: "分部块中写了较早文件没有的分部" },
  sample: "carries 细则三 @ 第一条",
  example: { target: "X", part: "细则三", parts: ["细则一", "细则二"], meant: ["细则二"] },
  message: { en: (p) => `${p.target} has no part "${p.part}"`, zh: (p) => `${p.target} 没有分部“${p.part}”` },
  help: {
    en: (p) => meantText.en(p.meant) ?? (p.parts.length ? `its parts: ${p.parts.join(", ")}` : `${p.target} has no part files`),
    zh: (p) => meantText.zh(p.meant) ?? (p.parts.length ? `它的分部有：${listed.zh(p.parts)}` : `${p.target} 没有分部文件`),
  },
});

export const partTwice = entry<{ part: string; target: string }>({
  code: "E0715",
  severity: "error",
  title: { en: "a part of the earlier document accounted for twice in a block of parts", zh: "分部块中对较早文件的同一分部说明了两次" },
  sample: "carries 细则一 @ 第一条  ends 细则一 ruling X1",
  example: { part: "细则一", target: "X" },
  message: { en: (p) => `part ${p.part} of ${p.target} is accounted for twice`, zh: (p) => `${p.target} 的分部 ${p.part} 被重复说明` },
  help: { en: () => "say once whether it is carried over, replaced or ended", zh: () => "每个分部只说明一次：继续适用、被替代或终止" },
});

export const noReplacement = entry<{ number: string; part: string; replaced: string } & Meant>({
  code: "E0716",
  severity: "error",
  title: { en: "`replaces … by` a part this document does not declare", zh: "replaces … by 之后的替代分部在本文件中没有声明" },
  sample: "replaces 细则一 by 新细则 @ 第二条",
  example: { number: "Y", part: "新细则", replaced: "细则一" },
  message: {
    en: (p) => `${p.number} has no part "${p.part}" to take the place of ${p.replaced}`,
    zh: (p) => `${p.number} 没有可替代 ${p.replaced} 的分部“${p.part}”`,
  },
  help: {
    en: (p) => meantText.en(p.meant) ?? `declare it in its own rule file: part ${p.part} of "${p.number}"`,
    zh: (p) => meantText.zh(p.meant) ?? `请在它自己的规则文件中声明它：part ${p.part} of "${p.number}"`,
  },
});

export const clauseWithoutGrounds = entry<{ verb: string; names: readonly string[] }>({
  code: "E0717",
  severity: "error",
  title: { en: "a clause of a block of parts without a citation or ruling", zh: "分部块中的条目没有引用条款或裁定作为依据" },
  sample: "carries 细则一",
  example: { verb: "carries", names: ["细则一"] },
  message: { en: (p) => `"${p.verb} ${p.names.join(", ")}" gives no grounds`, zh: (p) => `“${p.verb} ${p.names.join(", ")}”没有给出依据` },
  help: {
    en: () => "cite the provision that says so (@ 四) or the ruling it rests on (ruling X1)",
    zh: () => "请引用作此规定的条款（@ 四）或所依据的裁定（ruling X1）",
  },
});

export const blockOnRelation = entry<{ relation: RelationWord }>({
  code: "E0718",
  severity: "error",
  title: { en: "a block of parts on a relation other than supersedes or repeals", zh: "分部块用在了 supersedes、repeals 以外的关系上" },
  sample: 'amends "X" { carries 细则一 @ 第一条 }',
  example: { relation: "amends" },
  message: {
    en: (p) => `a block of parts belongs to supersedes or repeals, not to ${p.relation}`,
    zh: (p) => `分部块只能用于 supersedes 或 repeals，不能用于 ${p.relation}`,
  },
  help: {
    en: (p) => `remove the block; ${p.relation} leaves the other document's parts as they are`,
    zh: (p) => `请删除该块；${p.relation} 不改变另一文件的分部`,
  },
});

/** `replaces` without its `by`, or with more than one part; `by` after carries or ends. */
export const replacesShape = entry<{ misplaced?: string }>({
  code: "E0719",
  severity: "error",
  title: {
    en: "a replaces clause not written `replaces P by Q` (no `by`, several parts), or `by` after carries or ends",
    zh: "replaces 条目没有写成 replaces P by Q（缺少 by、写了多个分部），或在 carries、ends 之后写了 by",
  },
  sample: "replaces 细则一 @ 第二条",
  example: {},
  message: {
    en: (p) => (p.misplaced ? `"by" belongs to replaces, not to ${p.misplaced}` : "replaces names one part and the part of this document that takes its place"),
    zh: (p) => (p.misplaced ? `“by”只用于 replaces，不能用于 ${p.misplaced}` : "replaces 须写明一个被替代的分部，以及本文件中替代它的分部"),
  },
  help: { en: () => "write: replaces 旧部分 by 新部分 @ …", zh: () => "请写：replaces 旧部分 by 新部分 @ …" },
});

export const amendsTooEarly = entry<{ number: string; target: string; from: string; effective: string }>({
  code: "E0713",
  severity: "error",
  title: { en: "an amendment from a date before the amending document takes effect", zh: "修改日期早于修改文件自身的施行日期" },
  sample: 'amends "X" from 2023-12-01',
  example: { number: "Y", target: "X", from: "2023-12-01", effective: "2024-03-01" },
  message: {
    en: (p) => `${p.number} amends ${p.target} from ${p.from}, before it takes effect itself (${p.effective})`,
    zh: (p) => `${p.number} 自 ${p.from} 起修改 ${p.target}，早于它自己的施行日期（${p.effective}）`,
  },
  help: {
    en: (p) => `an amendment applies from its own effective date or later: from ${p.effective} or after`,
    zh: (p) => `修改自修改文件的施行日期或之后起适用：自 ${p.effective} 或之后`,
  },
});

export const amendsWithoutRules = entry<{ number: string; target: string }>({
  code: "E0720",
  severity: "error",
  title: { en: "an amendment with rules of a document whose rule file declares none", zh: "带规则的修改所针对的文件没有任何规则" },
  sample: 'amends "X" with overrides, where X\'s rule file has no rules',
  example: { number: "Y", target: "X" },
  message: { en: (p) => `${p.target} has no rules for ${p.number} to amend`, zh: (p) => `${p.target} 没有可供 ${p.number} 修改的规则` },
  help: {
    en: (p) => `an amendment with rules overrides the rules of the amended document; ${p.target}'s rule file declares none`,
    zh: (p) => `带规则的修改覆盖被修改文件的规则；${p.target} 的规则文件没有声明任何规则`,
  },
});

export const amendsTwoInOneFile = entry<{ number: string; targets?: readonly string[] }>({
  code: "E0721",
  severity: "error",
  title: {
    en: "one rule file that amends two documents from a date, or amends one and also extends a template",
    zh: "一个规则文件自某日起修改两个文件，或修改一个文件的同时又扩展模板",
  },
  sample: 'amends "X" from 2024-01-01  amends "Z" from 2024-01-01',
  example: { number: "Y", targets: ["X", "Z"] },
  message: {
    en: (p) =>
      `the rules of ${p.number} override one amended document's, but ${p.targets ? `it amends ${p.targets.join(" and ")} from a date` : "it cannot also extend a template"}`,
    zh: (p) => `${p.number} 的规则只能覆盖一个被修改文件的规则，但${p.targets ? `它自某日起修改了 ${listed.zh(p.targets)}` : "它不能同时扩展模板"}`,
  },
  help: {
    en: () => "write the overrides of each amended document in the rule file of its own amending document",
    zh: () => "请把对每个被修改文件的覆盖写在各自修改文件的规则文件中",
  },
});

export const ledgerChangesKind = entry<{ ledger: string; kind: string; unit: string; firstKind: string; first: string; plan: string }>({
  code: "E0714",
  severity: "error",
  title: {
    en: "a ledger that changes kind between two versions of one plan (ledgers carry across versions by name, R10)",
    zh: "台账在同一方案的两个版本之间改变了种类（台账按名称跨版本延续，R10）",
  },
  sample: "ledger 限额: deductible …",
  example: { ledger: "限额", kind: "deductible", unit: "测试〔2025〕2号", firstKind: "cap", first: "测试〔2024〕1号", plan: "P" },
  message: {
    en: (p) => `ledger "${p.ledger}" is a ${p.kind} in ${p.unit} but a ${p.firstKind} in ${p.first}, another version of plan ${p.plan}`,
    zh: (p) => `台账“${p.ledger}”在 ${p.unit} 中是 ${p.kind}，但在同一方案 ${p.plan} 的另一版本 ${p.first} 中是 ${p.firstKind}`,
  },
  help: {
    en: (p) => `a ledger carries across versions by its name (R10): keep it a ${p.firstKind}, or give the new one another name`,
    zh: (p) => `台账按名称跨版本延续（R10）：请保持为 ${p.firstKind}，或给新台账另起名称`,
  },
});

export const versionsGap = entry<{ plan: string; from: string; to: string; earlier: string; ends: string; later: string; starts: string }>({
  code: "W0701",
  severity: "warning",
  title: { en: "days between two versions of a plan on which no version is in force", zh: "同一方案的两个版本之间有若干天没有任何版本有效" },
  sample: 'plan "P"',
  example: { plan: "P", from: "2024-12-02", to: "2025-02-28", earlier: "测试〔2023〕1号", ends: "2024-12-01", later: "测试〔2025〕2号", starts: "2025-03-01" },
  message: {
    en: (p) => `no version of plan ${p.plan} is in force from ${p.from} to ${p.to}: ${p.earlier} ends ${p.ends}, ${p.later} takes effect ${p.starts}`,
    zh: (p) => `方案 ${p.plan} 自 ${p.from} 至 ${p.to} 没有任何版本有效：${p.earlier} 于 ${p.ends} 截止，${p.later} 自 ${p.starts} 起施行`,
  },
  help: {
    en: () => "if the gazettes leave this gap, nothing to do; otherwise check the dates",
    zh: () => "如果公报本来就留有这段空档，无需处理；否则请核对日期",
  },
});

export const actsOnEnded = entry<{ number: string; relation: RelationWord; target: string } & ({ ended: string; starts: string } | { day: string })>({
  code: "W0702",
  severity: "warning",
  title: {
    en: "a repeal, supersession or amendment of a document that is not in force on the acting document's effective date",
    zh: "废止、取代或修改的文件在作出该行为的文件施行之日已不再有效",
  },
  sample: 'repeals "X"',
  example: { number: "Y", relation: "repeals", target: "X", ended: "2023-02-28", starts: "2024-03-01" },
  message: {
    en: (p) =>
      "day" in p
        ? `${p.number} ${p.relation} ${p.target}, which is not in force on ${p.day}`
        : `${p.number} ${p.relation} ${p.target}, which already ended on ${p.ended}, before ${p.starts}`,
    zh: (p) =>
      "day" in p
        ? `${p.number} ${p.relation} ${p.target}，但 ${p.target} 在 ${p.day} 并不有效`
        : `${p.number} ${p.relation} ${p.target}，但 ${p.target} 早在 ${p.ended} 已经截止，早于 ${p.starts}`,
  },
  help: {
    en: (p) => ("day" in p ? "check both documents' dates" : "check both documents' dates; the relation changes nothing as written"),
    zh: (p) => ("day" in p ? "请核对两个文件的日期" : "请核对两个文件的日期；按现在的写法，这一关系不产生任何效果"),
  },
});
