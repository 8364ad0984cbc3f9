// The facts of a case as people read them: each field under its Chinese label, money in 元, yes/no as 是/否,
// enum spellings as the member they stand for (低保边缘户 → 低保边缘家庭成员), a field left out of the case
// shown with the default the rule file gives it. Read from the validated case, so the claim's date and the
// person's categories are there whether or not a rule traced them.
import type { FieldSpec, FieldType } from "../../runtime/module.js";
import { formatPercent, formatScaled, parseScaled, trimDecimal } from "../../runtime/scaled.js";

export interface Fact {
  /** The JSON name, `claim.inScopeCost`. */
  name: string;
  label: string;
  value: string;
}

export function factsOf(scope: "person" | "claim" | "facts", specs: readonly FieldSpec[], json: Record<string, unknown> | undefined): Fact[] {
  return specs.map((f) => {
    const given = json?.[f.name];
    const raw = given ?? f.default;
    const value = raw === undefined || raw === null ? "未填" : `${factText(f.type, raw)}${given === undefined ? "（未填，按默认值）" : ""}`;
    return { name: `${scope}.${f.name}`, label: f.label ?? f.name, value };
  });
}

export const yesNo = (b: boolean): string => (b ? "是" : "否");

function factText(t: FieldType, raw: unknown): string {
  switch (t.kind) {
    case "money": {
      const v = parseScaled(String(raw), 2);
      return v === undefined ? String(raw) : `${formatScaled(v, 2, 2)}元`;
    }
    case "rate": {
      const v = parseScaled(String(raw), t.scale);
      return v === undefined ? String(raw) : formatPercent(v, t.scale);
    }
    case "decimal":
      return trimDecimal(String(raw));
    case "bool":
      return typeof raw === "boolean" ? yesNo(raw) : String(raw);
    case "duration":
      return `${String(raw)}${t.unit}`;
    case "enum":
      return t.members[String(raw)] ?? String(raw);
    case "set":
      return Array.isArray(raw) ? [...new Set(raw.map((m) => t.members[String(m)] ?? String(m)))].join("、") : String(raw);
    default:
      return String(raw);
  }
}
