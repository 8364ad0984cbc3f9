// `regc lsp --stdio`: the language server, speaking the protocol on stdin and stdout.
import { createConnection, StreamMessageReader, StreamMessageWriter } from "vscode-languageserver/node";
import * as say from "../messages/usage.js";
import { startServer } from "../../lsp/server.js";
import { UsageError } from "../io.js";

export async function lspCommand(opts: { stdio?: boolean }): Promise<number> {
  if (!opts.stdio) throw new UsageError(say.lspStdioOnly({}));
  const connection = createConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
  startServer(connection);
  // The server runs until the client asks it to exit; the connection then ends the process.
  await new Promise<never>(() => {});
  return 0;
}
