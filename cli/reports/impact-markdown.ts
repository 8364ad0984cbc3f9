// `regc impact --format markdown`: what a change does to the same people, in Chinese, for a pull-request
// comment: totals under each version, how many are better or worse off, and the largest changes with the
// provision that caused each.
import type { Impact } from "../batch/run-impact.js";
import { formatBig, money, signed } from "../batch/summary.js";
import { markdownTable } from "./markdown.js";

export interface ImpactSubject {
  old: string;
  new: string;
  output: string;
  label?: string | undefined;
  /** The checkout the old version was read from (--base), if not this one. */
  base?: string | undefined;
}

export function impactMarkdown(s: ImpactSubject, { totals: t, top }: Impact): string {
  const difference = t.newTotal - t.oldTotal;
  const output = s.label ? `${s.label}（\`${s.output}\`）` : `\`${s.output}\``;
  const lines = [
    `## 政策变化的影响：${s.old} → ${s.new}`,
    "",
    `${s.base ? `旧版本取自 \`${s.base}\`，新版本取自本次提交；` : ""}比较输出 ${output}，共 ${t.cases} 人、${t.claims} 笔。`,
    "",
    markdownTable(
      ["", "旧版本", "新版本", "差额"],
      [["合计", formatBig(t.oldTotal, 2), formatBig(t.newTotal, 2), `${difference > 0n ? "+" : ""}${formatBig(difference, 2)}`]],
      ["left", "right", "right", "right"],
    ),
    `待遇提高 ${t.better} 人，降低 ${t.worse} 人，不变 ${t.same} 人。${t.skipped ? `另有 ${t.skipped} 个案例未能计算（无效或规则无法判断），见命令输出。` : ""}`,
  ];
  if (top.length) {
    lines.push("", "### 变化最大的案例", "");
    lines.push(
      markdownTable(
        ["人员", "行", "旧", "新", "差额", "报销记录", "原因"],
        top.map((c) => [
          c.person,
          String(c.line),
          money(c.old),
          money(c.new),
          signed(c.new - c.old),
          c.claim,
          c.cause ? `${c.cause.name}（${c.cause.citation}）：${c.cause.old ?? "—"} → ${c.cause.new ?? "—"}` : "无可追溯的数值差异",
        ]),
        ["left", "right", "right", "right", "right", "left", "left"],
      ),
    );
  }
  return lines.join("\n") + "\n";
}
