// How long the language server takes to answer after a keystroke in the largest rule file: `regc lsp --stdio`
// as an editor runs it (a child process, the protocol over its pipes), the file open, then edits that each
// change one character of a name (an error, then the fix). Measured from sending the edit to receiving the
// file's diagnostics, the pause the server waits for typing to stop included; and, for a hover sent right
// after an edit (which the server answers from an analysis of the edited text), until the hover's answer.
import { readFileSync, statSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { findPolicyFiles, relativePath } from "../compiler/program.js";
import { StdioClient } from "../lsp/stdio-client.js";
import { median } from "./measure.js";

export interface LspTimes {
  /** The rule file edited, relative to the root. */
  file: string;
  editToDiagnosticsMs: number;
  editToHoverMs: number;
}

const quiet = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function lspEditResponse(root: string, edits: number): Promise<LspTimes> {
  const largest = findPolicyFiles(root).sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
  const uri = pathToFileURL(largest).href;
  const text = readFileSync(largest, "utf8");
  // A name near the end: its declaration and uses change together when it is misspelled.
  const word = [...text.matchAll(/^value ([^:\s]+)/gm)].at(-1)![1]!;
  const at = text.lastIndexOf(word);
  const misspelled = `${text.slice(0, at)}${word}甲${text.slice(at + word.length)}`;
  const line = text.slice(0, at).split("\n").length - 1;
  const character = at - text.lastIndexOf("\n", at - 1) - 1;

  const client = new StdioClient(root, root);
  await client.initialize(root);
  const opened = client.diagnostics(uri);
  await client.open(uri, text);
  await opened;
  // Let the project-wide check that follows opening the first file finish.
  while (client.published.length && performance.now() - client.published.at(-1)!.at < 1000) await quiet(200);

  const toDiagnostics: number[] = [];
  const toHover: number[] = [];
  let version = 1;
  for (let i = 0; i < edits; i++) {
    // A keystroke that misspells the name: until its diagnostics arrive.
    const sent = performance.now();
    const published = client.diagnostics(uri, (p) => p.at > sent);
    await client.change(uri, misspelled, ++version);
    toDiagnostics.push((await published).at - sent);
    // The keystroke that fixes it, and at once a hover on the name: until the hover's answer.
    const asked = performance.now();
    await client.change(uri, text, ++version);
    await client.request("textDocument/hover", { textDocument: { uri }, position: { line, character } });
    toHover.push(performance.now() - asked);
    // The hover brought the analysis forward; let its diagnostics arrive before the next keystroke.
    while (performance.now() - client.published.at(-1)!.at < 100) await quiet(50);
  }
  await client.stop();
  return { file: relativePath(root, largest), editToDiagnosticsMs: median(toDiagnostics), editToHoverMs: median(toHover) };
}
