// Diagnostics of a rule file against its gazette text (E08xx): citations that name no provision, numbers and
// words the cited provisions do not print, a document with no text to check against.
import { entry, listed } from "../../dsl/messages/entry.js";

export const noSourceText = entry<{ number: string }>({
  code: "W0801",
  severity: "warning",
  title: { en: "a document whose rules cite articles but that has no source text, so nothing is checked", zh: "规则引用了条款，但文件没有公报原文，无法核对" },
  sample: 'document "测试〔2024〕1号" { … } without source',
  example: { number: "测试〔2024〕1号" },
  message: {
    en: (p) => `${p.number} has no source text, so its citations are not checked`,
    zh: (p) => `${p.number} 没有公报原文，其引用的条款无法核对`,
  },
  help: {
    en: (p) => `copy the gazette text to sources/ and declare it: source "sources/${p.number}.txt"`,
    zh: (p) => `请把公报原文复制到 sources/，并在文件中声明：source "sources/${p.number}.txt"`,
  },
});

export const noSuchProvision = entry<{ path: string; number: string; nearest: readonly string[]; file: string }>({
  code: "E0801",
  severity: "error",
  title: { en: "a citation that names no provision of the document's text", zh: "引用的条款在文件原文中不存在" },
  sample: "@ 第二十七条（九）",
  example: {
    path: "第二十七条（九）",
    number: "绵府发〔2018〕3号",
    nearest: ["第二十七条（五）", "第二十七条（四）", "第二十七条（三）"],
    file: "sources/绵府发〔2018〕3号.txt",
  },
  message: { en: (p) => `${p.path} is not a provision of ${p.number}`, zh: (p) => `${p.number} 中没有 ${p.path} 这一条款` },
  help: {
    en: (p) => (p.nearest.length ? `nearest provisions: ${listed.en(p.nearest)}` : `${p.file} has no numbered provisions`),
    zh: (p) => (p.nearest.length ? `最接近的条款：${listed.zh(p.nearest)}` : `${p.file} 中没有编号的条款`),
  },
});

/** A cited provision and the numbers it prints. */
interface Printed {
  path: string;
  numbers: readonly string[];
}

const printed = {
  en: (ps: readonly Printed[]) =>
    ps.length === 1
      ? `${ps[0]!.path}, which states ${ps[0]!.numbers.length ? listed.en(ps[0]!.numbers) : "no numbers"}`
      : ps.map((p) => `${p.path} (${p.numbers.length ? listed.en(p.numbers) : "no numbers"})`).join(" or "),
  zh: (ps: readonly Printed[]) => ps.map((p) => `${p.path}（${p.numbers.length ? `载明 ${listed.zh(p.numbers)}` : "没有数字"}）`).join("或"),
};

export const numberNotPrinted = entry<{ words: string; label: string; number: string; cited: readonly Printed[]; elsewhere: readonly string[] }>({
  code: "E0802",
  severity: "error",
  title: { en: "a number the rule writes that no cited provision prints", zh: "规则写的数字在所引条款中没有" },
  sample: "三级: 800元 @ 第二十七条",
  example: {
    words: "800元",
    label: "param 起付标准",
    number: "绵府发〔2018〕3号",
    cited: [{ path: "第二十七条", numbers: ["500元", "600元", "700元"] }],
    elsewhere: [],
  },
  message: {
    en: (p) => `${p.words} (${p.label}) is not in ${p.number} ${printed.en(p.cited)}`,
    zh: (p) => `${p.words}（${p.label}）不在 ${p.number} ${printed.zh(p.cited)}中`,
  },
  help: {
    en: (p) =>
      p.elsewhere.length
        ? `${p.words} is printed in ${listed.en(p.elsewhere.slice(0, 3))}: cite the provision the rule rests on, or correct the number`
        : `write the number the gazette prints; a value the text implies without printing it names the words it follows from, e.g. 0元 per "不设起付标准"`,
    zh: (p) =>
      p.elsewhere.length
        ? `${p.words} 载于 ${listed.zh(p.elsewhere.slice(0, 3))}：请引用规则所依据的条款，或更正数字`
        : `请写公报印明的数字；原文隐含而未印明的值，请写明它所依据的原话，例如 0元 per "不设起付标准"`,
  },
});

export const derivedWordsMissing = entry<{ phrase: string; words: string; label: string; number: string; paths: readonly string[] }>({
  code: "E0804",
  severity: "error",
  title: { en: 'the words a derived value follows from (per "…") are not in any cited provision', zh: '推导值所依据的原话（per "…"）不在所引条款中' },
  sample: '0元 per "免除起付标准" @ 三（五）2第二段',
  example: { phrase: "免除起付标准", words: "0元", label: "param 起付线", number: "锦政规〔2022〕2号", paths: ["三（五）2第二段"] },
  message: {
    en: (p) => `"${p.phrase}", the words ${p.words} (${p.label}) is derived from, are not in ${p.number} ${p.paths.join(" or ")}`,
    zh: (p) => `${p.words}（${p.label}）所依据的原话“${p.phrase}”不在 ${p.number} ${p.paths.join("或")}中`,
  },
  help: {
    en: () => "quote the provision's own words (spaces and full-width digits do not matter)",
    zh: () => "请照录条款的原话（空格和全角数字不影响核对）",
  },
});

export const copiedWordsMissing = entry<{ label: string; number: string; paths: readonly string[] }>({
  code: "E0808",
  severity: "error",
  title: {
    en: "words a rule copies from the gazette that are not in the provision it cites (or it cites none)",
    zh: "规则照录的原话不在所引条款中（或没有引用条款）",
  },
  sample: 'appeal "如不服本决定，可申请行政复议。" @ 二（六）',
  example: { label: "appeal", number: "锦政规〔2022〕4号", paths: ["二（六）"] },
  message: {
    en: (p) => `the words of ${p.label} are ${p.paths.length ? `not in ${p.number} ${p.paths.join(" or ")}` : "cited nowhere"}`,
    zh: (p) => (p.paths.length ? `${p.label} 的原话不在 ${p.number} ${p.paths.join("或")}中` : `${p.label} 的原话没有引用任何条款`),
  },
  help: {
    en: () => 'copy the words the gazette prints and cite the provision that prints them: appeal "…" @ 第X条, carveout 名称 "不含…" on … @ 第X条',
    zh: () => '请照录公报印明的原话，并引用印有这些话的条款：appeal "…" @ 第X条，carveout 名称 "不含…" on … @ 第X条',
  },
});

/** Notes a sources diagnostic points with. */
export const sourceNotes = {
  checkedAgainst: (number: string) => ({
    en: `checked against the text of ${number}, which builds on the template`,
    zh: `按 ${number} 的原文核对（该文件以此模板为基础）`,
  }),
};
