// Diagnostics of cycles (E06xx): a value computed from itself, a loop of templates or of precedence, a chain of
// values too long to follow. Loops and chains are lists of names, joined with arrows in both languages.
import { entry } from "../../dsl/messages/entry.js";

/** A loop or chain of names: `a → b → a`. */
const arrows = (names: readonly string[]): string => names.join(" → ");

export const dependsOnItself = entry<{ kind: "value"; name: string; loop: readonly string[]; last: string } | { kind: "ledger"; loop: readonly string[] }>({
  code: "E0601",
  severity: "error",
  title: {
    en: "a value that depends on itself, directly or through a ledger; one loop is reported once, at the use that closes it, with the other uses of the loop noted, however many declarations run through it",
    zh: "计算值直接或经由台账依赖它自身；一个循环只报告一次，报在闭合循环的那处使用上，并注明循环中的其他使用，不论有多少声明经过它",
  },
  sample: "value a = b, value b = a",
  example: { kind: "value", name: "a", loop: ["a", "b", "a"], last: "b" },
  message: {
    en: (p) =>
      p.kind === "value" ? `"${p.name}" depends on itself: ${arrows(p.loop)}` : `these computations depend on each other in a loop: ${arrows(p.loop)}`,
    zh: (p) => (p.kind === "value" ? `“${p.name}”依赖它自身：${arrows(p.loop)}` : `这些计算互相依赖，形成循环：${arrows(p.loop)}`),
  },
  help: {
    en: (p) =>
      p.kind === "value"
        ? `a value cannot be computed from its own result; break the loop at one of the uses: here, where "${p.last}" uses "${p.name}", or a place noted below`
        : "a ledger's amount cannot depend on a value that draws on that ledger",
    zh: (p) =>
      p.kind === "value"
        ? `计算值不能由它自己的结果算出；请在循环中的某一处使用上断开：这里（“${p.last}”使用“${p.name}”的地方），或下面注明的某处`
        : "台账的金额不能依赖于动用该台账的计算值",
  },
});

export const circular = entry<{ kind: "template"; loop: readonly string[] } | { kind: "precedence"; name: string }>({
  code: "E0602",
  severity: "error",
  title: { en: "a circular precedence", zh: "优先顺序（precedence）循环" },
  sample: "precedence a > b, precedence b > a",
  example: { kind: "precedence", name: "a" },
  message: {
    en: (p) =>
      p.kind === "template"
        ? `templates extend each other in a loop: ${arrows(p.loop)}`
        : `the precedence of "${p.name}" is circular: it is ranked above itself`,
    zh: (p) => (p.kind === "template" ? `模板互相继承，形成循环：${arrows(p.loop)}` : `“${p.name}”的优先顺序是循环的：它排在了自己前面`),
  },
  help: {
    en: (p) =>
      p.kind === "template"
        ? "a template cannot extend itself, directly or through others: remove one extends"
        : "order the exceptions of one value in a single chain: a > b > c",
    zh: (p) => (p.kind === "template" ? "模板不能直接或经由其他模板继承自己：请删去其中一个 extends" : "同一计算值的各个例外请排成一条链：a > b > c"),
  },
});

export const chainTooLong = entry<{ name?: string; limit: number; chain: readonly string[] }>({
  code: "E0603",
  severity: "error",
  title: {
    en: "a chain of more than 16 values and parameters, each computed from the next",
    zh: "超过 16 个计算值和参数依次相互计算而成的链",
  },
  sample: "value v17 = v16 + 1元, value v16 = v15 + 1元, …",
  example: { name: "v17", limit: 16, chain: ["v17", "v16", "v15", "v14"] },
  message: {
    en: (p) =>
      `${p.name === undefined ? "this" : `"${p.name}"`} is computed through a chain of more than ${p.limit} values and parameters, each from the next: ${arrows(p.chain)} → …`,
    zh: (p) => `${p.name === undefined ? "这里" : `“${p.name}”`}经由超过 ${p.limit} 个计算值和参数依次相互计算而成：${arrows(p.chain)} → …`,
  },
  help: {
    en: () => "compute the law's quantities directly from the inputs and parameters they depend on, not each from the one before",
    zh: () => "请直接由所依赖的输入和参数计算法规中的各个数额，而不是每个都由前一个算出",
  },
});

/** A use in a loop, noted where it is. */
export const usesHere = (user: string, used: string) => ({ en: `"${user}" uses "${used}" here`, zh: `“${user}”在这里使用“${used}”` });
