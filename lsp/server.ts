// `regc lsp --stdio`: the language server for rule files, on vscode-languageserver. Diagnostics as you type
// (lsp/session.ts), hover with the cited provision's words, go to definition, completion, the outline,
// formatting with the formatter of `regc fmt`, and quick fixes.
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
  type Location,
} from "vscode-languageserver";
import { join } from "node:path";
import { formatSource } from "../dsl/format.js";
import { codeActions } from "./code-actions.js";
import { completions } from "./completion.js";
import { definitionTargets } from "./definition.js";
import { documentSymbols } from "./document-symbols.js";
import { hoverMarkdown } from "./hover.js";
import { occurrenceAt } from "./occurrences.js";
import { pathUri, toRange } from "./positions.js";
import { Session, type Analysis } from "./session.js";
import { langOf, type Lang } from "./texts.js";

export interface ServerOptions {
  /** The language of the server's own words; else the client's display language decides. */
  lang?: Lang;
  /** How long typing must pause before an edit is analysed. */
  debounceMs?: number;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  let session: Session | undefined;
  const live = (): Session => {
    if (!session) throw new Error("the client sent a request before initialize");
    return session;
  };
  let watch = false;

  connection.onInitialize((params): InitializeResult => {
    session = new Session(connection, options.lang ?? langOf(params.locale), options.debounceMs ?? 60);
    watch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Full, save: { includeText: false } },
        hoverProvider: true,
        definitionProvider: true,
        completionProvider: { triggerCharacters: [".", "@", " ", "{"] },
        documentSymbolProvider: true,
        documentFormattingProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: "regc" },
    };
  });
  connection.onInitialized(() => {
    // Gazette texts and rulings are read by the checks; an edit of one outside the editor changes the diagnostics.
    if (watch) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: "**/*.policy" }, { globPattern: "**/sources/*.txt" }, { globPattern: "**/rulings.yaml" }],
      });
    }
  });

  connection.onDidOpenTextDocument(({ textDocument: d }) => live().open(d.uri, d.text, d.version));
  connection.onDidChangeTextDocument(({ textDocument: d, contentChanges }) => {
    const last = contentChanges.at(-1);
    if (last && !("range" in last)) live().change(d.uri, last.text, d.version);
  });
  connection.onDidCloseTextDocument(({ textDocument: d }) => live().close(d.uri));
  connection.onDidSaveTextDocument(({ textDocument: d }) => live().changedOnDisk(d.uri));
  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const c of changes) live().changedOnDisk(c.uri);
  });

  const at = (uri: string, position: { line: number; character: number }): { a: Analysis; offset: number } | undefined => {
    const a = live().current(uri);
    return a && { a, offset: a.document.offsetAt(position) };
  };
  const context = (a: Analysis) => ({ model: a.model, lang: live().lang, textOf: (file: string) => a.workspace.text(file) });

  connection.onHover(({ textDocument, position }) => {
    const found = at(textDocument.uri, position);
    const o = found && occurrenceAt(found.a.model.occurrences, found.offset);
    const value = o && hoverMarkdown(o, context(found.a));
    return value ? { contents: { kind: "markdown", value }, range: toRange(o.span) } : null;
  });

  connection.onDefinition(({ textDocument, position }): Location[] => {
    const found = at(textDocument.uri, position);
    const o = found && occurrenceAt(found.a.model.occurrences, found.offset);
    if (!found || !o) return [];
    const root = found.a.workspace.root;
    return definitionTargets(o, found.a.model).map((t) =>
      "span" in t
        ? { uri: pathUri(join(root, t.span.file)), range: toRange(t.span) }
        : { uri: pathUri(join(root, t.file)), range: { start: { line: t.line - 1, character: 0 }, end: { line: t.line - 1, character: 0 } } },
    );
  });

  connection.onCompletion(({ textDocument, position }) => {
    const found = at(textDocument.uri, position);
    if (!found) return [];
    return completions({ text: found.a.document.getText(), offset: found.offset, position }, found.a.model);
  });

  connection.onDocumentSymbol(({ textDocument }) => {
    const ast = live().current(textDocument.uri)?.model.ast;
    return ast ? documentSymbols(ast) : [];
  });

  connection.onDocumentFormatting(({ textDocument }) => {
    const d = live().document(textDocument.uri);
    if (!d) return [];
    const text = d.getText();
    const formatted = formatSource(textDocument.uri, text).text;
    // A file with syntax errors is left as it is: the formatter prints syntax trees, and it has none.
    if (formatted === undefined || formatted === text) return [];
    return [{ range: { start: { line: 0, character: 0 }, end: d.positionAt(text.length) }, newText: formatted }];
  });

  connection.onCodeAction(({ textDocument, context: c }) => codeActions(textDocument.uri, c.diagnostics, live().published(textDocument.uri), live().lang));

  connection.onShutdown(() => session?.dispose());
  connection.listen();
}
