// The language server's state: one Workspace per project (the folder holding `policies/`), the open rule
// files and the last analysis of each. An edit is analysed after a short pause (the file, its templates and
// the files built on it); a save, or a change on disk, re-checks the whole project. Diagnostics are
// published for every file a check reports on, and an error in a file the open one is built on (a template,
// the document of a part) is shown on the open file too, where it names that file.
import { basename, dirname, join } from "node:path";
import type { Connection, Diagnostic as LspDiagnostic } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { Diagnostic } from "../dsl/diagnostic.js";
import type { Span } from "../dsl/ast.js";
import { POLICY_DIR, relativePath, type Program } from "../compiler/program.js";
import { Workspace } from "../compiler/workspace.js";
import { toLsp } from "./diagnostics.js";
import { fileModel, type FileModel } from "./model.js";
import { pathUri, toRange, uriPath } from "./positions.js";
import { say, type Lang } from "./texts.js";

export interface Analysis {
  uri: string;
  document: TextDocument;
  workspace: Workspace;
  /** The rule file, relative to the workspace root. */
  file: string;
  model: FileModel;
}

/** The folder a rule file's project is rooted at: the one holding the `policies/` folder the file is in. */
export function projectRoot(path: string): string {
  for (let dir = dirname(path); dirname(dir) !== dir; dir = dirname(dir)) {
    if (basename(dir) === POLICY_DIR) return dirname(dir);
  }
  return dirname(path);
}

export class Session {
  private readonly workspaces = new Map<string, Workspace>();
  private readonly documents = new Map<string, TextDocument>();
  private readonly analyses = new Map<string, Analysis>();
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private readonly sent = new Map<string, LspDiagnostic[]>();
  private projectCheck: NodeJS.Timeout | undefined;

  constructor(
    private readonly connection: Pick<Connection, "sendDiagnostics" | "console">,
    readonly lang: Lang,
    /** How long typing must pause before an edit is analysed. */
    private readonly debounceMs: number,
  ) {}

  open(uri: string, text: string, version: number): void {
    this.documents.set(uri, TextDocument.create(uri, "regc", version, text));
    const fresh = this.workspaceOf(uri)?.created;
    this.analyse(uri);
    if (fresh) this.checkProject(uri);
  }

  change(uri: string, text: string, version: number): void {
    const old = this.documents.get(uri);
    this.documents.set(uri, TextDocument.create(uri, old?.languageId ?? "regc", version, text));
    clearTimeout(this.pending.get(uri));
    this.pending.set(
      uri,
      setTimeout(() => this.safely(() => this.analyse(uri)), this.debounceMs),
    );
  }

  close(uri: string): void {
    clearTimeout(this.pending.get(uri));
    this.pending.delete(uri);
    this.documents.delete(uri);
    const a = this.analyses.get(uri);
    this.analyses.delete(uri);
    if (a) {
      a.workspace.close(a.file);
      this.publish(a.workspace, a.workspace.checkFile(a.file).program, [a.file]);
    }
  }

  /** A save, or a change on disk: the whole project is checked again, shortly (several may come at once). */
  changedOnDisk(uri: string): void {
    const path = uriPath(uri);
    const found = this.workspaceOf(uri);
    if (!path || !found) return;
    const file = relativePath(found.workspace.root, path);
    found.workspace.changedOnDisk(file);
    clearTimeout(this.projectCheck);
    this.projectCheck = setTimeout(() => this.safely(() => this.checkProject(uri)), this.debounceMs);
  }

  document(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  /** The analysis of an open file, brought up to date first when an edit is waiting. */
  current(uri: string): Analysis | undefined {
    if (this.pending.has(uri)) this.analyse(uri);
    return this.analyses.get(uri);
  }

  /** The diagnostics last published for a file. */
  published(uri: string): LspDiagnostic[] {
    return this.sent.get(uri) ?? [];
  }

  /**
   * Runs work started by a timer. A request that fails is answered with the error; a failure here has no
   * request to answer, so it is logged to the client and the server keeps serving.
   */
  private safely(work: () => void): void {
    try {
      work();
    } catch (e) {
      this.connection.console.error(`regc: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }

  /** Stops the timers, so that the process can exit. */
  dispose(): void {
    for (const t of this.pending.values()) clearTimeout(t);
    clearTimeout(this.projectCheck);
  }

  /** Checks an open file now and publishes what the check reports on. */
  analyse(uri: string): Analysis | undefined {
    clearTimeout(this.pending.get(uri));
    this.pending.delete(uri);
    const document = this.documents.get(uri);
    const found = this.workspaceOf(uri);
    if (!document || !found) return undefined;
    const { workspace, file } = found;
    workspace.setOpen(file, document.getText());
    const check = workspace.checkFile(file);
    const analysis: Analysis = { uri, document, workspace, file, model: fileModel(check.program, file) };
    this.analyses.set(uri, analysis);
    this.publish(workspace, check.program, check.reported, file);
    return analysis;
  }

  /** Checks every rule file of the project `uri` belongs to and publishes every file's diagnostics. */
  checkProject(uri: string): void {
    const found = this.workspaceOf(uri);
    if (!found) return;
    const { workspace } = found;
    const program = workspace.checkAll();
    const open = new Map([...this.analyses.values()].filter((a) => a.workspace === workspace).map((a) => [a.file, a.uri]));
    this.publish(
      workspace,
      program,
      program.files.map((f) => f.file).filter((f) => !open.has(f)),
    );
    // An open file's diagnostics include its dependencies' errors: its own analysis publishes them.
    for (const uri of open.values()) this.analyse(uri);
  }

  private workspaceOf(uri: string): { workspace: Workspace; file: string; created: boolean } | undefined {
    const path = uriPath(uri);
    if (!path) return undefined;
    const root = projectRoot(path);
    let workspace = this.workspaces.get(root);
    const created = !workspace;
    if (!workspace) {
      workspace = new Workspace(root);
      this.workspaces.set(root, workspace);
    }
    return { workspace, file: relativePath(workspace.root, path), created };
  }

  private uriOf(workspace: Workspace, file: string): string {
    const path = join(workspace.root, file);
    for (const uri of this.documents.keys()) if (uriPath(uri) === path) return uri;
    return pathUri(path);
  }

  /** Publishes the diagnostics of each reported file; `analysed`, the open file checked, also gets its dependencies' errors. */
  private publish(workspace: Workspace, program: Program, reported: readonly string[], analysed?: string): void {
    const byFile = new Map<string, Diagnostic[]>(reported.map((f) => [f, []]));
    for (const d of program.diagnostics) byFile.get(d.span.file)?.push(d);
    for (const [file, diagnostics] of byFile) {
      const text = workspace.text(file) ?? "";
      const lsp: LspDiagnostic[] = diagnostics.map((d) =>
        toLsp(d, this.lang, text.slice(d.span.start.offset, d.span.end.offset), (f) => this.uriOf(workspace, f)),
      );
      if (file === analysed) lsp.push(...this.dependencyErrors(workspace, program, file));
      const uri = this.uriOf(workspace, file);
      this.sent.set(uri, lsp);
      this.connection.sendDiagnostics({ uri, diagnostics: lsp });
    }
  }

  /**
   * The errors of the files `file` is built on (a template, the document of a part), which the check of
   * `file` met or which stop those files from being read, each shown on the reference to that file.
   */
  private dependencyErrors(workspace: Workspace, program: Program, file: string): LspDiagnostic[] {
    const own = program.files.find((f) => f.file === file)?.ast?.header;
    if (!own) return [];
    const reference: Span =
      own.kind === "PartDecl" ? own.document.span : own.kind === "DocumentDecl" ? (own.template?.span ?? own.number.span) : (own.base?.span ?? own.name.span);
    const out: LspDiagnostic[] = [];
    for (const dep of workspace.dependencies(file)) {
      const text = workspace.text(dep) ?? "";
      const parsed = workspace.cache.parse(dep, text).diagnostics;
      const met = program.diagnostics.filter((d) => d.span.file === dep);
      for (const d of [...parsed, ...met].filter((x) => x.severity === "error")) {
        const shown = toLsp(d, this.lang, "", (f) => this.uriOf(workspace, f));
        const at = `${dep}:${d.span.start.line}:${d.span.start.column}`;
        out.push({
          ...shown,
          range: toRange(reference),
          message: `${say(this.lang, "inDependency")} (${at}): ${shown.message}`,
          relatedInformation: [{ location: { uri: this.uriOf(workspace, dep), range: shown.range }, message: d.message }, ...(shown.relatedInformation ?? [])],
        });
      }
    }
    return out;
  }
}
