// A minimal client for the language server, speaking the protocol with vscode-jsonrpc as an editor does: over
// the pipes of `regc lsp --stdio` run as a child process, or over any pair of streams. The end-to-end test and
// the bench drive the server through it.
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import type { Readable, Writable } from "node:stream";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";
import type { Diagnostic } from "vscode-languageserver";

export interface Published {
  uri: string;
  diagnostics: Diagnostic[];
  /** When it arrived (performance.now()). */
  at: number;
}

export class LspClient {
  readonly connection: MessageConnection;
  private readonly waiting: { accept: (p: Published) => boolean; resolve: (p: Published) => void }[] = [];
  /** Every publishDiagnostics received, in order. */
  readonly published: Published[] = [];

  /** `fromServer`: what the server writes; `toServer`: what it reads. */
  constructor(fromServer: Readable, toServer: Writable) {
    this.connection = createMessageConnection(new StreamMessageReader(fromServer), new StreamMessageWriter(toServer));
    this.connection.onNotification("textDocument/publishDiagnostics", (p: { uri: string; diagnostics: Diagnostic[] }) => {
      const published = { ...p, at: performance.now() };
      this.published.push(published);
      for (const w of [...this.waiting]) {
        if (!w.accept(published)) continue;
        this.waiting.splice(this.waiting.indexOf(w), 1);
        w.resolve(published);
      }
    });
    this.connection.listen();
  }

  async initialize(rootPath: string, locale = "zh-cn"): Promise<unknown> {
    const result = await this.connection.sendRequest("initialize", {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      locale,
      capabilities: {},
      rootPath,
    });
    await this.connection.sendNotification("initialized", {});
    return result;
  }

  /** The next publishDiagnostics for `uri` that `accept` takes. */
  diagnostics(uri: string, accept: (p: Published) => boolean = () => true): Promise<Published> {
    return new Promise((resolve) => this.waiting.push({ accept: (p) => p.uri === uri && accept(p), resolve }));
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "regc", version, text } });
  }

  change(uri: string, text: string, version: number): Promise<void> {
    return this.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }
}

/** `regc lsp --stdio` of the regc in `root`, started in `cwd`, with a client on its pipes. */
export class StdioClient extends LspClient {
  private readonly child: ChildProcess;
  stderr = "";

  constructor(root: string, cwd: string) {
    const child = spawn(process.execPath, [join(root, "bin/regc.js"), "lsp", "--stdio"], { cwd, stdio: ["pipe", "pipe", "pipe"] });
    super(child.stdout!, child.stdin!);
    this.child = child;
    child.stderr!.on("data", (d: Buffer) => (this.stderr += d.toString()));
  }

  /** Asks the server to shut down and exit, and waits for the process to end. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once("exit", (code) => resolve(code)));
    await this.connection.sendRequest("shutdown");
    await this.connection.sendNotification("exit");
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
