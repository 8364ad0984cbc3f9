// The facts of a case as people read them: each field under its label from the rule file, money in 元 (in
// English `yuan`), yes/no as 是/否 (yes/no), enum spellings as the member they stand for (低保边缘户 →
// 低保边缘家庭成员, quoted in English), a field left out of the case shown with the default the rule file gives
// it. Read from the validated case, so the claim's date and the person's categories are there whether or not a
// rule traced them.
import type { Lang } from "../../dsl/lang.js";
import type { FieldSpec, FieldType } from "../../runtime/module.js";
import { formatPercent, formatScaled, parseScaled, trimDecimal } from "../../runtime/scaled.js";
import { named, UNIT_EN, yuan } from "./english.js";
import { YES_NO } from "./sentences.js";

export interface Fact {
  /** The JSON name, `claim.inScopeCost`. */
  name: string;
  label: string;
  value: string;
}

/** What a fact reads as when the case leaves it out. */
const UNSET: Record<Lang, { none: string; byDefault: string }> = {
  zh: { none: "未填", byDefault: "（未填，按默认值）" },
  en: { none: "not given", byDefault: " (not given: the rule file's default)" },
};

export function factsOf(scope: "person" | "claim" | "facts", specs: readonly FieldSpec[], json: Record<string, unknown> | undefined, lang: Lang): Fact[] {
  return specs.map((f) => {
    const given = json?.[f.name];
    const raw = given ?? f.default;
    const value = raw === undefined || raw === null ? UNSET[lang].none : `${factText(f.type, raw, lang)}${given === undefined ? UNSET[lang].byDefault : ""}`;
    return { name: `${scope}.${f.name}`, label: f.label ?? f.name, value };
  });
}

function factText(t: FieldType, raw: unknown, lang: Lang): string {
  const member = (m: unknown): string => {
    const name = t.kind === "enum" || t.kind === "set" ? (t.members[String(m)] ?? String(m)) : String(m);
    return lang === "en" ? named(name) : name;
  };
  switch (t.kind) {
    case "money": {
      const v = parseScaled(String(raw), 2);
      if (v === undefined) return String(raw);
      return lang === "en" ? yuan(formatScaled(v, 2, 2)) : `${formatScaled(v, 2, 2)}元`;
    }
    case "rate": {
      const v = parseScaled(String(raw), t.scale);
      return v === undefined ? String(raw) : formatPercent(v, t.scale);
    }
    case "decimal":
      return trimDecimal(String(raw));
    case "bool":
      return typeof raw === "boolean" ? YES_NO[lang](String(raw)) : String(raw);
    case "duration":
      return lang === "en" ? `${String(raw)} ${UNIT_EN[t.unit] ?? t.unit}` : `${String(raw)}${t.unit}`;
    case "enum":
      return member(raw);
    case "set":
      return Array.isArray(raw) ? [...new Set(raw.map(member))].join(lang === "en" ? ", " : "、") : String(raw);
    default:
      return String(raw);
  }
}
