// Why a plan applied no rules to a day, in both languages: a day whose governing document's effective date the
// texts do not print (R11), a day no version covers, a version known but not encoded. The facts each reason
// rests on (an end, a repeal, a part a version lacks) come from the plan's data with their own words in both
// languages (compiler/lifecycle/periods.ts); a result renders the reader's (RunOptions.lang).
import type { Text } from "./lang.js";
import type { Period, VersionSpec } from "./plan.js";
import type { ShownFact } from "./force.js";

/** R11: the day may fall in `v`'s period, but its first day is not printed. */
export function unknownReason(day: string, v: VersionSpec, shown: ShownFact | undefined): Text {
  return {
    en: `in force unknown (R11): ${day} may fall in the period of ${v.document}, but the gazette does not print its effective date${v.earliest ? ` (its 文号 only shows it is not earlier than ${v.earliest})` : ""}${shown ? `; ${shown.reason.en}` : ""}`,
    zh: `效力不明（R11）：${day}可能属于${v.document}的施行期，但公报未载明其生效日期${v.earliest ? `（其文号只表明它不早于${v.earliest}）` : ""}${shown ? `；${shown.reason.zh}` : ""}`,
  };
}

/** A day no version covers: before the first, after the last, or between two; `knownOn` when none exists yet. */
export function gapReason(plan: string, day: string, knownOn: string | undefined, before: Period | undefined, after: Period | undefined, any: boolean): Text {
  const ended = before && {
    en: `${before.version.document} ends ${before.to} (${before.end.reason.en})`,
    zh: `${before.version.document}至${before.to}止（${before.end.reason.zh}）`,
  };
  const first = after && (after.version.from ?? after.version.earliest);
  const starts = after && {
    en: `${after.version.document} ${after.version.from ? "takes effect" : "can take effect at the earliest"} ${first}`,
    zh: `${after.version.document}自${first}起${after.version.from ? "施行" : "才可能施行"}`,
  };
  if (!any) return { en: `as known on ${knownOn}, ${plan} has no version made yet`, zh: `截至${knownOn}，${plan}尚无已制定的版本` };
  if (!ended) return { en: `${day} is before the first known version of ${plan}: ${starts!.en}`, zh: `${day}早于${plan}已知的第一个版本：${starts!.zh}` };
  if (!starts)
    return { en: `${day} is after the period of the last version of ${plan}: ${ended.en}`, zh: `${day}晚于${plan}最后一个版本的施行期：${ended.zh}` };
  return {
    en: `${day} is in the period of no version of ${plan}: ${ended.en}; ${starts.en}`,
    zh: `${day}不在${plan}任何版本的施行期内：${ended.zh}，${starts.zh}`,
  };
}

/** The version governing the day is known, but its rules are not encoded. */
export function notEncodedReason(v: VersionSpec): Text {
  return {
    en: `${v.document}《${v.title}》 is in force that day, but its rules are not encoded`,
    zh: `${v.document}《${v.title}》在这一天施行，但其规则尚未编码`,
  };
}
