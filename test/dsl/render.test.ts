import { describe, expect, it } from "vitest";
import type { Span } from "../../dsl/ast.js";
import type { Diagnostic, Related, Severity } from "../../dsl/diagnostic.js";
import { parse } from "../../dsl/parser.js";
import { renderDiagnostic, renderDiagnostics } from "../../dsl/render.js";

const SOURCE = 'document "d" {\n  title "t"\n}\nparam 起付线: money @ 第八条 = }\n';

/** A diagnostic as plain data, in English only. */
const made =
  (severity: Severity) =>
  (code: string, span: Span, message: string, help: string, related?: Related[]): Diagnostic => ({
    code,
    severity,
    span,
    message,
    help,
    ...(related ? { related } : {}),
  });
const error = made("error");
const warning = made("warning");

describe("renderDiagnostic", () => {
  it("prints the position, the code, a frame with carets under the span, notes and help", () => {
    const [d] = parse("p/a.policy", SOURCE).diagnostics;
    expect(renderDiagnostic(d, SOURCE)).toBe(
      [
        'p/a.policy:4:26: error[E0102]: expected a value after "=" (an amount like 500元, a name, or an expression), found "}"',
        '  2 |   title "t"',
        "  3 | }",
        "> 4 | param 起付线: money @ 第八条 = }",
        // Chinese characters take two columns: the caret sits under the brace in a terminal.
        `    | ${" ".repeat(31)}^`,
        "help: write an amount like 500元, a name like 起付标准, or an expression like 起付标准 * 70%",
      ].join("\n"),
    );
  });

  it("marks the whole span, counting wide characters twice", () => {
    const span = { file: "a", start: { offset: 0, line: 1, column: 7 }, end: { offset: 0, line: 1, column: 10 } };
    const text = renderDiagnostic(error("E0201", span, "unknown name", 'did you mean "起付标准"?', [{ span, message: "declared here" }]), "value 起付标 = 1");
    expect(text.split("\n")).toEqual([
      "a:1:7: error[E0201]: unknown name",
      "> 1 | value 起付标 = 1",
      "    |       ^^^^^^",
      "note: a:1:7: declared here",
      'help: did you mean "起付标准"?',
    ]);
  });

  it("has no colors unless asked, and colors when asked", () => {
    const span = { file: "a", start: { offset: 0, line: 1, column: 1 }, end: { offset: 1, line: 1, column: 2 } };
    const d = warning("W0401", span, "two exceptions may both apply", "declare a precedence");
    expect(renderDiagnostic(d, "x")).not.toMatch(/\u001b\[/);
    expect(renderDiagnostic(d, "x", { color: true })).toMatch(/\u001b\[/);
    expect(renderDiagnostic(d, "x")).toContain("warning[W0401]");
  });

  it("prints no frame when the source is not available", () => {
    const span = { file: "gone", start: { offset: 0, line: 3, column: 1 }, end: { offset: 1, line: 3, column: 2 } };
    expect(renderDiagnostic(error("E0101", span, "m", "h"), "")).toBe("gone:3:1: error[E0101]: m\nhelp: h");
  });
});

describe("renderDiagnostics", () => {
  it("renders each diagnostic with the text of its own file", () => {
    const sources: Record<string, string> = { "a.policy": SOURCE, "b.policy": "value v = 1" };
    const ds = [...parse("a.policy", SOURCE).diagnostics, ...parse("b.policy", sources["b.policy"]).diagnostics];
    const out = renderDiagnostics(ds, (file) => sources[file]);
    expect(out.split("\n\n")).toHaveLength(2);
    expect(out).toContain("> 1 | value v = 1");
    expect(out).toContain("b.policy:1:1: error[E0109]");
  });
});
