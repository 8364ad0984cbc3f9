// Quick fixes: put a suggested name or keyword in place of a misspelled one ("did you mean …?"), and the
// ASCII punctuation in place of full-width punctuation — one at a time, or all of a file's at once.
import { CodeActionKind, type CodeAction, type Diagnostic } from "vscode-languageserver";
import type { FixData } from "./diagnostics.js";
import { say, type Lang } from "./texts.js";

function fixesOf(d: Diagnostic): string[] {
  const data = d.data as Partial<FixData> | undefined;
  return Array.isArray(data?.replacements) ? data.replacements.filter((r): r is string => typeof r === "string") : [];
}

/** `inRange`: the diagnostics the client asks about; `all`: every diagnostic of the file, for "fix all". */
export function codeActions(uri: string, inRange: readonly Diagnostic[], all: readonly Diagnostic[], lang: Lang): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const d of inRange) {
    fixesOf(d).forEach((text, i) => {
      actions.push({
        title: `${say(lang, "replaceWith")} "${text}"`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: i === 0,
        edit: { changes: { [uri]: [{ range: d.range, newText: text }] } },
      });
    });
  }
  const punctuation = all.filter((d) => d.code === "E0101" && fixesOf(d).length);
  if (punctuation.length > 1 && inRange.some((d) => d.code === "E0101")) {
    actions.push({
      title: say(lang, "fixAllPunctuation"),
      kind: CodeActionKind.QuickFix,
      diagnostics: punctuation,
      edit: { changes: { [uri]: punctuation.map((d) => ({ range: d.range, newText: fixesOf(d)[0]! })) } },
    });
  }
  return actions;
}
