// A policy's YAML cases as worked examples: each case's facts under their Chinese labels, the outputs the law
// implies as worked out by hand, and the working written beside them in the test file (its comments).
import { join } from "node:path";
import { readTextFile } from "../../compiler/load/files.js";
import { isSeq, parseDocument, visit, type Document } from "yaml";
import type { UnitIr } from "../../compiler/ir/ir.js";
import { factsOf, type Fact } from "../explain/facts.js";
import { STATUS_PLAIN } from "../explain/sentences.js";
import { esc } from "../html.js";
import { readTestFile, TestFileError, type TestCase } from "../yaml-tests.js";

export interface WorkedCases {
  file: string;
  policy: string;
  cases: (TestCase & { working: string[] })[];
}

/** The test files that can be read; one that cannot is `regc test`'s to report, not the site's. */
export function readWorkedCases(files: readonly string[], root: string): WorkedCases[] {
  const out: WorkedCases[] = [];
  for (const file of files) {
    const read = readTextFile(join(root, file), 16 << 20);
    if (!("text" in read)) continue;
    const text = read.text;
    try {
      const t = readTestFile(file, text);
      const working = comments(parseDocument(text));
      out.push({ file, policy: t.policy, cases: t.cases.map((c, i) => ({ ...c, working: working[i] ?? [] })) });
    } catch (e) {
      if (!(e instanceof TestFileError)) throw e;
    }
  }
  return out;
}

/** The comments inside each case of a test file, in order. */
function comments(doc: Document): string[][] {
  const seq = doc.get("cases", true);
  if (!isSeq(seq)) return [];
  return seq.items.map((node) => {
    const found: string[] = [];
    visit(node as Parameters<typeof visit>[0], {
      Node(_key, n) {
        for (const c of [(n as { commentBefore?: string }).commentBefore, (n as { comment?: string }).comment])
          if (c) found.push(...c.split("\n").map((l) => l.trim()));
      },
    });
    // A section rule over a group of cases (`# ---- annual deductibles`) keeps its words only.
    return found.map((l) => l.replace(/^-{3,}\s*/, "")).filter(Boolean);
  });
}

export function casesHtml(unit: UnitIr, worked: readonly WorkedCases[]): string {
  const all = worked.flatMap((w) => w.cases.map((c) => ({ file: w.file, c })));
  if (!all.length) return "<p>没有写好的算例。</p>";
  return all.map(({ file, c }) => caseHtml(unit, file, c)).join("\n");
}

function caseHtml(unit: UnitIr, file: string, c: TestCase & { working: string[] }): string {
  const json = (c.case ?? {}) as { person?: Record<string, unknown>; claims?: Record<string, unknown>[]; facts?: Record<string, unknown>; date?: string };
  const parts = [`<h3>${esc(c.name)}</h3>`, `<p class="sub">${c.provision ? `条文 ${esc(c.provision)} · ` : ""}${esc(file)}:${c.line}</p>`];
  if (c.working.length) parts.push(`<div class="working">${esc(c.working.join("\n"))}</div>`);
  const tables: string[] = [];
  if (unit.mode === "claims") {
    if (json.person) tables.push(factColumns("申请人", [""], [factsOf("person", unit.person, json.person, "zh")]));
    const claims = json.claims ?? [];
    const facts = claims.map((claim) => [
      { name: "claim.date", label: "结算日期", value: String(claim.date ?? "") },
      ...factsOf("claim", unit.claim, claim, "zh"),
    ]);
    if (claims.length)
      tables.push(
        factColumns(
          "各笔事实",
          claims.map((x) => String(x.id ?? "")),
          facts,
        ),
      );
  } else {
    tables.push(
      factColumns("事实", [""], [[{ name: "date", label: "日期", value: String(json.date ?? "") }, ...factsOf("facts", unit.facts, json.facts, "zh")]]),
    );
  }
  tables.push(expected(unit, c));
  parts.push(`<div class="case-tables">${tables.join("")}</div>`);
  return `<div class="case">${parts.join("\n")}</div>`;
}

/** Facts as rows, one column per claim; a fact no column states is left out. */
function factColumns(caption: string, heads: readonly string[], columns: readonly Fact[][]): string {
  const names = [...new Set(columns.flatMap((col) => col.filter((f) => f.value !== "未填").map((f) => f.name)))];
  const label = (name: string) => columns.flat().find((f) => f.name === name)?.label ?? name;
  const head = heads.some(Boolean) ? `<tr><th></th>${heads.map((h) => `<th>${esc(h)}</th>`).join("")}</tr>` : "";
  const rows = names.map(
    (n) => `<tr><td>${esc(label(n))}</td>${columns.map((col) => `<td>${esc(col.find((f) => f.name === n)?.value ?? "")}</td>`).join("")}</tr>`,
  );
  return `<table class="facts"><caption>${esc(caption)}</caption>${head}${rows.join("")}</table>`;
}

function expected(unit: UnitIr, c: TestCase): string {
  if (c.error) return `<p>预期：计算报错（${esc(c.error)}）</p>`;
  const label = (name: string) => unit.outputs.find((o) => o.name === name)?.label ?? name;
  const results = c.expect.claims ?? [{ id: "", ...c.expect }];
  const rows = results.flatMap((r) => {
    const status = r.status ? [`<tr><td>${esc(r.id)}</td><td>状态</td><td>${esc(STATUS_PLAIN.zh[r.status] ?? "")}（${esc(r.status)}）</td></tr>`] : [];
    return [
      ...status,
      ...Object.entries(r.outputs ?? {}).map(
        ([name, v]) => `<tr><td>${esc(r.id)}</td><td>${esc(label(name))}（${esc(name)}）</td><td class="num">${esc(String(v))}</td></tr>`,
      ),
    ];
  });
  return `<table class="expected"><caption>预期结果（手工计算）</caption><tr><th>笔</th><th>项目</th><th>结果</th></tr>${rows.join("")}</table>`;
}
