// Completion from what is in front of the cursor: article paths of the document's gazette text after `@`,
// fields after `claim.`, members after `枚举.` and inside `in {…}` or a table, units after a number, rulings
// after `ruling`, templates after `extends`, types after `:`, keywords at the start of a line, and otherwise
// the names, functions and keywords an expression may use.
import type { IToken } from "chevrotain";
import { CompletionItemKind, type CompletionItem, type Range } from "vscode-languageserver";
import { BUILTINS, builtin } from "../compiler/builtins/index.js";
import { BODY, TITLE_NOTE } from "../compiler/law/cite.js";
import { lex } from "../dsl/lexer.js";
import * as T from "../dsl/tokens.js";
import { provisionMarkdown } from "./hover.js";
import { documentDecl, type FileModel } from "./model.js";

export const UNITS = ["元", "万元", "%", "个百分点", "日", "工作日", "个月", "年", "周岁"];
const TYPES = ["money", "rate", "points", "int", "decimal", "bool", "date", "claimref", "日", "工作日", "个月", "年", "周岁"];
const EXPRESSION_KEYWORDS = ["and", "or", "not", "if", "then", "else", "in", "within", "beyond", "true", "false", "person", "claim", "facts", "per"];
const BUILT_IN_FIELDS = ["date", "id"];

/** A word being typed: letters, digits, `_` and CJK ideographs. */
const WORD = "[\\p{L}\\p{N}_]*";

export interface Cursor {
  text: string;
  offset: number;
  /** The protocol position of `offset`, for the ranges of the edits. */
  position: Range["start"];
}

export function completions(c: Cursor, m: FileModel | undefined): CompletionItem[] {
  const lineStart = c.text.lastIndexOf("\n", c.offset - 1) + 1;
  const before = c.text.slice(lineStart, c.offset);
  const typed = (length: number): Range => ({ start: { line: c.position.line, character: c.position.character - length }, end: c.position });
  const items = (words: readonly string[], kind: CompletionItemKind, length: number, detail?: (w: string) => string | undefined): CompletionItem[] =>
    words.map((w) => ({ label: w, kind, textEdit: { range: typed(length), newText: w }, ...(detail?.(w) ? { detail: detail(w) } : {}) }));

  const citation = /@[ \t\u3000]*([^\s;,{}=]*)$/.exec(before);
  if (citation) return m ? articlePaths(m, typed(citation[1]!.length)) : [];
  const number = /[0-9０-９](?:[.．]?[0-9０-９])*([^\s\p{N}.．]*)$/u.exec(before);
  if (number && UNITS.some((u) => u.startsWith(number[1]!))) return items(UNITS, CompletionItemKind.Unit, number[1]!.length);
  // After a document's own ruling's Chinese text, on its line or at the start of the next: its English.
  const afterRuling = /^\s*ruling\s+\S+\s+"[^"]*"\s+([a-z]*)$/.exec(before);
  if (afterRuling && "en".startsWith(afterRuling[1]!)) return items(["en"], CompletionItemKind.Keyword, afterRuling[1]!.length);
  const ruling = /\b(?:ruling|assumed)\s+(?:[A-Za-z0-9]+\s*,\s*)*([A-Za-z0-9]*)$/.exec(before);
  if (ruling) return m ? items(rulingIds(m), CompletionItemKind.Reference, ruling[1]!.length) : [];
  const extending = /^\s*(?:document|part|template)\b.*\bextends\s+(\S*)$/.exec(before);
  if (extending) return m ? items(templateNames(m), CompletionItemKind.Module, extending[1]!.length) : [];
  const member = new RegExp(`([\\p{L}_]${WORD})\\.(${WORD})$`, "u").exec(before);
  if (member) return m ? items(membersOf(m, member[1]!), CompletionItemKind.Field, member[2]!.length) : [];
  const word = new RegExp(`(${WORD})$`, "u").exec(before)![1]!;
  const block = enclosingBlock(c.text, c.offset);
  if (block.kind === "in") return m ? items(allMembers(m), CompletionItemKind.EnumMember, word.length) : [];
  if (/:\s*(?:optional\s+)?[\p{L}_]*$/u.test(before) && (block.kind === "input" || /^\s*(?:override\s+)?(?:param|value|output)\b/.test(before))) {
    return [
      ...items(TYPES, CompletionItemKind.TypeParameter, word.length),
      ...(m ? items([...m.symbols.enums.keys()], CompletionItemKind.Enum, word.length) : []),
    ];
  }
  const atLineStart = before.trim() === word;
  if (atLineStart && block.kind === "document") {
    const previous = c.text.slice(c.text.lastIndexOf("\n", lineStart - 2) + 1, Math.max(lineStart - 1, 0));
    const english = /^\s*ruling\s+\S+\s+"[^"]*"\s*$/.test(previous) ? ["en"] : [];
    return items([...english, ...T.DOCUMENT_ITEM_WORDS], CompletionItemKind.Keyword, word.length);
  }
  if (atLineStart && block.kind === "table") return m ? items(tableKeys(m, block.enumName), CompletionItemKind.EnumMember, word.length) : [];
  if (atLineStart && block.kind === "input") return [];
  if (atLineStart && block.kind === "top") return items(T.DECLARATION_WORDS, CompletionItemKind.Keyword, word.length);
  return [
    ...(m ? items(names(m), CompletionItemKind.Variable, word.length, (n) => kindOf(m, n)) : []),
    ...items(
      BUILTINS.map((b) => b.name),
      CompletionItemKind.Function,
      word.length,
      (f) => builtin(f)?.signature,
    ),
    ...items(EXPRESSION_KEYWORDS, CompletionItemKind.Keyword, word.length),
    ...(m ? items(allMembers(m), CompletionItemKind.EnumMember, word.length) : []),
  ];
}

function articlePaths(m: FileModel, range: Range): CompletionItem[] {
  const seen = new Set<string>();
  const out: CompletionItem[] = [];
  for (const d of m.documents) {
    if (!d.source) continue;
    for (const [path, p] of d.source.doc.index) {
      if (seen.has(path)) continue;
      seen.add(path);
      out.push({
        label: path,
        kind: CompletionItemKind.Reference,
        detail: p.heading ?? p.text.slice(0, 40),
        documentation: { kind: "markdown", value: provisionMarkdown(d.number, p) },
        textEdit: { range, newText: path },
        sortText: String(out.length).padStart(5, "0"),
      });
    }
    for (const path of [BODY, TITLE_NOTE])
      if (!seen.has(path)) out.push({ label: path, kind: CompletionItemKind.Reference, textEdit: { range, newText: path } });
  }
  return out;
}

function rulingIds(m: FileModel): string[] {
  const local = m.documents.flatMap((d) => documentDecl(m.program, d.number)?.decl.items.flatMap((i) => (i.kind === "DocRuling" ? [i.id.name] : [])) ?? []);
  return [...local, ...m.program.rulings.keys()];
}

function templateNames(m: FileModel): string[] {
  return m.program.files.flatMap((f) => (f.ast?.header.kind === "TemplateDecl" ? [f.ast.header.name.name] : []));
}

function membersOf(m: FileModel, object: string): string[] {
  const s = m.symbols;
  if (object === "person" || object === "claim" || object === "facts") return [...s.inputs[object].keys(), ...(object === "person" ? [] : BUILT_IN_FIELDS)];
  if (s.ledgers.get(object)?.ledgerKind === "tally") return ["before", "after"];
  const e = s.enums.get(object);
  return e ? Object.keys(e.spellings) : [];
}

function allMembers(m: FileModel): string[] {
  return [...m.symbols.memberOwners.keys()];
}

function tableKeys(m: FileModel, enumName: string | undefined): string[] {
  const e = enumName ? m.symbols.enums.get(enumName) : undefined;
  return e ? e.members : allMembers(m);
}

function names(m: FileModel): string[] {
  const s = m.symbols;
  return [...s.params.keys(), ...s.values.keys(), ...s.bands.keys(), ...s.ledgers.keys(), ...s.enums.keys(), ...(s.foreach ? [s.foreach.variable.name] : [])];
}

function kindOf(m: FileModel, name: string): string | undefined {
  const s = m.symbols;
  return s.params.has(name)
    ? "param"
    : s.values.has(name)
      ? "value"
      : s.bands.has(name)
        ? "bands"
        : s.ledgers.has(name)
          ? "ledger"
          : s.enums.has(name)
            ? "enum"
            : undefined;
}

type Block = { kind: "top" } | { kind: "document" } | { kind: "input" } | { kind: "table"; enumName?: string } | { kind: "in" } | { kind: "other" };

/** The innermost `{ … }` the cursor stands in, from the tokens before it. */
function enclosingBlock(text: string, offset: number): Block {
  const tokens = lex("", text.slice(0, offset)).tokens;
  const stack: Block[] = [];
  let declStart = 0;
  tokens.forEach((t, i) => {
    if (stack.length === 0 && (T.declarationKeywords.has(t.tokenType) || T.headerKeywords.has(t.tokenType)) && tokens[i - 1]?.tokenType !== T.Dot)
      declStart = i;
    if (t.tokenType === T.LBrace) stack.push(blockOpenedAt(tokens, declStart, i));
    else if (t.tokenType === T.RBrace) stack.pop();
  });
  return stack.at(-1) ?? { kind: "top" };
}

function blockOpenedAt(tokens: IToken[], declStart: number, brace: number): Block {
  if (tokens[brace - 1]?.tokenType === T.In) return { kind: "in" };
  const opener = tokens[declStart]?.tokenType === T.Override ? tokens[declStart + 1] : tokens[declStart];
  if (opener?.tokenType === T.Document) return { kind: "document" };
  if (opener?.tokenType.CATEGORIES?.includes(T.InputScope)) return { kind: "input" };
  if (opener?.tokenType === T.Param) {
    const by = tokens.slice(declStart, brace).findIndex((t) => t.tokenType === T.By);
    const enumName = by >= 0 ? tokens[declStart + by + 1]?.image : undefined;
    return { kind: "table", ...(enumName ? { enumName } : {}) };
  }
  return { kind: "other" };
}
