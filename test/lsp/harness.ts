// The language server in-process, wired to a protocol client through a pair of streams: the same server and
// the same client as `regc lsp --stdio`, without starting a process for each test.
import { cpSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { pathToFileURL } from "node:url";
import { createConnection, StreamMessageReader, StreamMessageWriter } from "vscode-languageserver/node";
import { startServer } from "../../lsp/server.js";
import { LspClient } from "../../lsp/stdio-client.js";
import { ROOT, tempDir } from "../e2e/regc.js";

export async function inProcessServer(root: string, locale = "zh-cn"): Promise<LspClient> {
  const toServer = new PassThrough();
  const fromServer = new PassThrough();
  startServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(fromServer)), { debounceMs: 0 });
  const client = new LspClient(fromServer, toServer);
  await client.initialize(root, locale);
  return client;
}

/**
 * A throwaway project with the medical-assistance policies (templates, parts, gazette texts), the earlier 合川
 * plan that 合川府办发〔2024〕37号 repeals, and the rulings.
 */
export function medicalAssistanceProject(): string {
  const dir = tempDir();
  for (const path of ["policies/rulings.yaml", "policies/medical-assistance", "policies/hechuan"])
    cpSync(join(ROOT, path), join(dir, path), { recursive: true });
  return dir;
}

export const uriOf = (dir: string, file: string): string => pathToFileURL(join(dir, file)).href;

export const textOf = (dir: string, file: string): string => readFileSync(join(dir, file), "utf8");

/** The protocol position of the `nth` occurrence of `word` in `text`, plus `delta` code units. */
export function positionOf(text: string, word: string, delta = 0, nth = 0): { line: number; character: number } {
  let from = 0;
  let at = -1;
  for (let n = 0; n <= nth; n++) {
    at = text.indexOf(word, from);
    if (at < 0) throw new Error(`${word} is not in the text`);
    from = at + 1;
  }
  const before = text.slice(0, at + delta);
  const line = before.split("\n").length - 1;
  return { line, character: before.length - before.lastIndexOf("\n") - 1 };
}
