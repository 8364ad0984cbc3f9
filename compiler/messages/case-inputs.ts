// Diagnostics of what a case must give (E0311, E0322): a `required when` condition the case schema cannot state,
// and a field's default that a case could not give.
import type { Lang } from "../../dsl/lang.js";
import { entry, listed } from "../../dsl/messages/entry.js";
import { expectedText } from "../../runtime/field-values.js";
import type { FieldType } from "../../runtime/module.js";

/** Why a `required when` condition cannot be stated in a case schema. */
export type Unstatable =
  | { kind: "otherBlock"; scope: string; field: string }
  | { kind: "notInput" }
  | { kind: "notMember" }
  | { kind: "notYesNo" }
  | { kind: "comparesAmounts"; operator: string }
  | { kind: "computes" }
  | { kind: "notFromCase"; name: string }
  | { kind: "hasRules"; name: string };

const why: Record<Lang, (w: Unstatable, scope: string) => string> = {
  en: (w, scope) => {
    switch (w.kind) {
      case "otherBlock":
        return `${w.scope}.${w.field} is not a field of ${scope} { … }`;
      case "notInput":
        return "this is not an input";
      case "notMember":
        return "compare an input with a member or with true/false";
      case "notYesNo":
        return "a field alone must be yes/no";
      case "comparesAmounts":
        return `"${w.operator}" compares amounts, which a schema condition does not`;
      case "computes":
        return "it computes with values, which a case schema cannot";
      case "notFromCase":
        return `"${w.name}" is not a value computed from the case`;
      case "hasRules":
        return `"${w.name}" has exceptions or adjustments, which a schema condition cannot follow`;
    }
  },
  zh: (w, scope) => {
    switch (w.kind) {
      case "otherBlock":
        return `${w.scope}.${w.field} 不是 ${scope} { … } 中的字段`;
      case "notInput":
        return "这不是输入字段";
      case "notMember":
        return "请把输入字段与枚举成员或 true/false 比较";
      case "notYesNo":
        return "单独写一个字段时，它必须是是/否";
      case "comparesAmounts":
        return `“${w.operator}”比较的是数额大小，案例格式的条件不能这样比较`;
      case "computes":
        return "它要用计算值来计算，案例格式做不到";
      case "notFromCase":
        return `“${w.name}”不是由案例算出的计算值`;
      case "hasRules":
        return `“${w.name}”有例外或调整，案例格式的条件无法跟随`;
    }
  },
};

export const unstatableCondition = entry<{ scope: string; why: Unstatable }>({
  code: "E0311",
  severity: "error",
  title: {
    en: "a `required when` condition that a case schema cannot state: it computes, compares amounts, or reads another input block",
    zh: "required when（在某条件下必填）的条件无法写进案例格式：它要计算、比较数额，或读取另一个输入块",
  },
  sample: "marketPrice: money required when facts.date >= facts.completedOn + 5年",
  example: { scope: "facts", why: { kind: "comparesAmounts", operator: ">=" } },
  message: {
    en: (p) => `a "required when" condition must be one a case schema can state; ${why.en(p.why, p.scope)}`,
    zh: (p) => `“required when”的条件必须能写进案例格式；${why.zh(p.why, p.scope)}`,
  },
  help: {
    en: (p) => `compare inputs of ${p.scope} { … } with members or true/false (=, !=, in, not in), test present(…), and combine with and, or, not`,
    zh: (p) => `请把 ${p.scope} { … } 中的输入与成员或 true/false 比较（=、!=、in、not in），或用 present(…) 判断，再用 and、or、not 组合`,
  },
});

/** What a case may give for a field, in Chinese (the English is the runtime's own, runtime/field-values.ts). */
function expectedZh(type: FieldType): string {
  switch (type.kind) {
    case "money":
      return '金额：数字或十进制字符串，最多两位小数，例如 1200.5 或 "1200.50"';
    case "rate":
      return `比例：小数形式，最多 ${type.scale} 位小数，例如 0.7`;
    case "decimal":
      return `最多 ${type.scale} 位小数的数`;
    case "int":
      return "整数";
    case "duration":
      return `整数个${type.unit}`;
    case "bool":
      return "true 或 false";
    case "date":
      return '日期 "YYYY-MM-DD"';
    case "enum":
      return `${listed.zh([...new Set(Object.values(type.members))])} 之一`;
    case "set":
      return `由 ${listed.zh([...new Set(Object.values(type.members))])} 组成的列表`;
    case "claimref":
      return "此前某次申请的编号";
  }
}

export const defaultNotGivable = entry<{ field: string; type: FieldType; signed: boolean }>({
  code: "E0322",
  severity: "error",
  title: {
    en: "a field's default that a case could not give: an int beyond 2^53 − 1, money with more than two decimals, a rate or decimal with more than four",
    zh: "字段的默认值是案例给不出的值：超过 2^53 − 1 的整数、超过两位小数的金额、超过四位小数的比例或小数",
  },
  sample: "n: int default 1000000000000000000000",
  example: { field: "facts.n", type: { kind: "int" }, signed: false },
  message: {
    en: (p) => `the default of ${p.field} is not a value a case could give: ${expectedText(p.type)}${p.signed ? "" : ", not negative"}`,
    zh: (p) => `${p.field} 的默认值不是案例能给出的值：应为${expectedZh(p.type)}${p.signed ? "" : "，且不能为负"}`,
  },
  help: { en: () => "write a default the field can hold; a case is held to the same", zh: () => "请写该字段能容纳的默认值；案例也受同样的限制" },
});
