// `regc check --format json|sarif|github`: the diagnostics of a check as CI tools read them, on stdout.
// json: regc's own shape (docs/contracts.md). sarif: SARIF 2.1.0, for code scanning (GitHub, GitLab, Azure
// DevOps). github: GitHub Actions workflow commands, which annotate the pull request's lines.
import type { Log, Result } from "sarif";
import type { Diagnostic } from "../../dsl/diagnostic.js";
import type { Span } from "../../dsl/ast.js";
import { REGC_VERSION } from "../version.js";
import { byCodePoint } from "../../dsl/text-order.js";

export const CHECK_FORMATS = ["text", "json", "sarif", "github"] as const;
type CheckFormat = (typeof CHECK_FORMATS)[number];

export interface CheckOutcome {
  policies: number;
  diagnostics: readonly Diagnostic[];
}

export function diagnosticsReport(format: Exclude<CheckFormat, "text">, outcome: CheckOutcome): string {
  if (format === "json") return JSON.stringify(jsonReport(outcome), null, 2) + "\n";
  if (format === "sarif") return JSON.stringify(sarifReport(outcome), null, 2) + "\n";
  return outcome.diagnostics.map(githubAnnotation).join("");
}

/** Lines and columns are 1-based; the end column is exclusive, as in the editor's selection. */
function place(span: Span): { file: string; line: number; column: number; endLine: number; endColumn: number } {
  return { file: span.file, line: span.start.line, column: span.start.column, endLine: span.end.line, endColumn: span.end.column };
}

function jsonReport({ policies, diagnostics }: CheckOutcome): object {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  return {
    policies,
    errors,
    warnings: diagnostics.length - errors,
    diagnostics: diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      message: d.message,
      help: d.help,
      ...place(d.span),
      ...(d.related ? { related: d.related.map((r) => ({ message: r.message, ...place(r.span) })) } : {}),
    })),
  };
}

function sarifReport({ diagnostics }: CheckOutcome): Log {
  const codes = [...new Set(diagnostics.map((d) => d.code))].sort(byCodePoint);
  const location = (span: Span) => ({
    artifactLocation: { uri: encodeURI(span.file), uriBaseId: "%SRCROOT%" },
    region: { startLine: span.start.line, startColumn: span.start.column, endLine: span.end.line, endColumn: Math.max(span.end.column, 1) },
  });
  const results = diagnostics.map(
    (d): Result => ({
      ruleId: d.code,
      ruleIndex: codes.indexOf(d.code),
      level: d.severity,
      message: { text: `${d.message}\nhelp: ${d.help}` },
      locations: [{ physicalLocation: location(d.span) }],
      ...(d.related ? { relatedLocations: d.related.map((r, i) => ({ id: i + 1, physicalLocation: location(r.span), message: { text: r.message } })) } : {}),
    }),
  );
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "regc", version: REGC_VERSION, semanticVersion: REGC_VERSION, rules: codes.map((id) => ({ id })) } },
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
}

/** `::error file=…,line=…::message` (https://docs.github.com/actions/reference/workflow-commands-for-github-actions). */
function githubAnnotation(d: Diagnostic): string {
  const p = place(d.span);
  const props = [`file=${p.file}`, `line=${p.line}`, `col=${p.column}`, `endLine=${p.endLine}`, `endColumn=${p.endColumn}`, `title=regc ${d.code}`].map(
    escapeProperty,
  );
  return `::${d.severity} ${props.join(",")}::${escapeData(`${d.message}\nhelp: ${d.help}`)}\n`;
}

// Workflow commands escape %, CR and LF in data, and also : and , in property values.
function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(kv: string): string {
  const eq = kv.indexOf("=");
  return `${kv.slice(0, eq)}=${escapeData(kv.slice(eq + 1))
    .replace(/:/g, "%3A")
    .replace(/,/g, "%2C")}`;
}
