// The VS Code client: starts `regc lsp --stdio` for the workspace and connects it to *.policy files.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { workspace, type ExtensionContext } from "vscode";
import { LanguageClient, TransportKind, type ServerOptions } from "vscode-languageclient/node";

let client: LanguageClient | undefined;

/** A `bin/regc.js` of the workspace: regc's own repository, or regc installed as a dependency. */
function workspaceRegc(): string | undefined {
  for (const folder of workspace.workspaceFolders ?? []) {
    const own = join(folder.uri.fsPath, "bin/regc.js");
    const manifest = join(folder.uri.fsPath, "package.json");
    if (existsSync(own) && existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "regc") return own;
    const installed = join(folder.uri.fsPath, "node_modules/regc/bin/regc.js");
    if (existsSync(installed)) return installed;
  }
  return undefined;
}

function serverOptions(): ServerOptions {
  const settings = workspace.getConfiguration("regc");
  const path = settings.get<string>("path") || workspaceRegc();
  // The client adds --stdio to the arguments.
  if (path?.endsWith(".js")) return { module: path, args: ["lsp"], runtime: settings.get<string>("node") || "node", transport: TransportKind.stdio };
  return { command: path || "regc", args: ["lsp"], transport: TransportKind.stdio };
}

export function activate(context: ExtensionContext): Promise<void> {
  client = new LanguageClient("regc", "regc", serverOptions(), { documentSelector: [{ scheme: "file", language: "regc" }] });
  context.subscriptions.push(client);
  return client.start();
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
