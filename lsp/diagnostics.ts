// regc's diagnostics as the protocol's: the code with a link to its row's section of docs/diagnostics.md, the
// help line under the message, related places, and the replacements a quick fix can offer.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from "vscode-languageserver";
import { inLang, type Diagnostic } from "../dsl/diagnostic.js";
import { asciiFor } from "../dsl/lexer.js";
import { toRange } from "./positions.js";
import { say, type Lang } from "./texts.js";
import { regcFile } from "../cli/regc-root.js";

const DIAGNOSTICS_DOC = regcFile("docs/diagnostics.md");

/** What a quick fix may put in place of the diagnostic's range. */
export interface FixData {
  replacements: string[];
}

/** Code → the anchor of the section of docs/diagnostics.md whose table lists it (`#names`, `#types-and-units`). */
function sectionAnchors(): Map<string, string> {
  const out = new Map<string, string>();
  let anchor = "";
  let text = "";
  try {
    text = readFileSync(DIAGNOSTICS_DOC, "utf8");
  } catch {
    return out;
  }
  for (const line of text.split("\n")) {
    const heading = /^## (.+)$/.exec(line);
    if (heading)
      anchor = heading[1]!
        .toLowerCase()
        .replace(/[^a-z0-9 -]/g, "")
        .replace(/ /g, "-");
    const row = /^\| ([EW]0\d{3}) \|/.exec(line);
    if (row) out.set(row[1]!, anchor);
  }
  return out;
}

let anchors: Map<string, string> | undefined;

export function codeLink(code: string): string {
  anchors ??= sectionAnchors();
  const anchor = anchors.get(code);
  return `${pathToFileURL(DIAGNOSTICS_DOC).href}${anchor ? `#${anchor}` : ""}`;
}

/** What may replace the text a diagnostic points at: a suggested name or keyword, or the ASCII punctuation meant. */
export function replacements(d: Diagnostic, spanText: string): string[] {
  if (d.code === "E0101") {
    const ascii = [...spanText].length === 1 ? asciiFor(spanText) : undefined;
    return ascii ? [ascii] : [];
  }
  // Only a word can be swapped for a word: not a whole declaration a diagnostic may point at.
  if (/\s/.test(spanText) || spanText.length === 0) return [];
  const quoted = /^["“]/.test(spanText);
  return (d.suggestions ?? []).map((s) => (quoted ? `"${s}"` : s));
}

export function toLsp(given: Diagnostic, lang: Lang, spanText: string, uriOf: (file: string) => string): LspDiagnostic {
  const d = inLang(given, lang);
  const fixes = replacements(d, spanText);
  return {
    range: toRange(d.span),
    severity: d.severity === "error" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: d.code,
    codeDescription: { href: codeLink(d.code) },
    source: "regc",
    message: d.help ? `${d.message}\n${say(lang, "help")}${lang === "zh" ? "：" : ": "}${d.help}` : d.message,
    ...(d.related?.length
      ? { relatedInformation: d.related.map((r) => ({ location: { uri: uriOf(r.span.file), range: toRange(r.span) }, message: r.message })) }
      : {}),
    ...(fixes.length ? { data: { replacements: fixes } satisfies FixData } : {}),
  };
}
