// The server never fails on a half-typed file. Every rule file of the repository is typed into it from the
// first character: at a stride that gives each file about twenty-five prefixes, and every single prefix of three
// files (a part built on a template, a facts policy with working-day deadlines, a template's table). After
// each prefix the file is analysed, and every question an editor may ask is asked: the outline, completion
// at the cursor, hover and definition on every name, formatting.
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatSource } from "../../dsl/format.js";
import { completions } from "../../lsp/completion.js";
import { definitionTargets } from "../../lsp/definition.js";
import { documentSymbols } from "../../lsp/document-symbols.js";
import { hoverMarkdown } from "../../lsp/hover.js";
import { Session } from "../../lsp/session.js";
import { repositoryPolicies } from "../dsl/helpers.js";
import { ROOT } from "../e2e/regc.js";

const EVERY_PREFIX = [
  "policies/medical-assistance/nanchuan-premium-subsidy.policy",
  "policies/jinzhou-admin/checking-review.policy",
  "policies/mianyang/adobe-house-reporting.policy",
];
const PREFIXES_PER_FILE = 25;

describe("typing every rule file into the server", () => {
  const logged: string[] = [];
  const session = new Session({ sendDiagnostics: async () => undefined, console: { error: (m: string) => logged.push(m) } as never }, "zh", 0);

  /** Analyses `prefix` as the whole text of `file` and asks every question of it; returns how many were answered. */
  function ask(file: string, prefix: string, version: number): number {
    const uri = pathToFileURL(join(ROOT, file)).href;
    if (version === 1) session.open(uri, prefix, version);
    else session.change(uri, prefix, version);
    const a = session.current(uri)!;
    const cx = { model: a.model, lang: session.lang, textOf: (f: string) => a.workspace.text(f) };
    let answers = completions({ text: prefix, offset: prefix.length, position: a.document.positionAt(prefix.length) }, a.model).length;
    if (a.model.ast) answers += documentSymbols(a.model.ast).length;
    for (const o of a.model.occurrences) {
      if (hoverMarkdown(o, cx)) answers++;
      answers += definitionTargets(o, a.model).length;
    }
    formatSource(file, prefix);
    return answers;
  }

  function typeIn(file: string, text: string, stride: number): number {
    let version = 1;
    let answers = 0;
    for (let end = 0; end <= text.length; end += stride) answers += ask(file, text.slice(0, end), version++);
    answers += ask(file, text, version);
    const uri = pathToFileURL(join(ROOT, file)).href;
    session.close(uri);
    return answers;
  }

  it("answers on every prefix of every policy file, at a stride", () => {
    const files = repositoryPolicies();
    expect(files.length).toBeGreaterThan(90);
    let answers = 0;
    for (const [file, text] of files) answers += typeIn(file, text, Math.max(1, Math.ceil(text.length / PREFIXES_PER_FILE)));
    expect(logged).toEqual([]);
    // Not a vacuous run: the prefixes were analysed, with names, hovers and completions to give.
    expect(answers).toBeGreaterThan(100_000);
  });

  it.each(EVERY_PREFIX)("answers on every prefix of %s", (file) => {
    const text = repositoryPolicies().find(([f]) => f === file)![1];
    expect(typeIn(file, text, 1)).toBeGreaterThan(text.length);
    expect(logged).toEqual([]);
  });
});
