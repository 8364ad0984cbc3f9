// Positions between regc's spans (1-based lines and UTF-16 columns, as editors count) and the protocol's
// (0-based), and between file paths and URIs.
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Range } from "vscode-languageserver";
import type { Pos, Span } from "../dsl/ast.js";

export function toPosition(p: Pos): Range["start"] {
  return { line: Math.max(p.line - 1, 0), character: Math.max(p.column - 1, 0) };
}

export function toRange(span: Span): Range {
  return { start: toPosition(span.start), end: toPosition(span.end) };
}

/** An absolute file path for a `file:` URI, or undefined for other schemes (unsaved buffers) and remote hosts. */
export function uriPath(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathUri(path: string): string {
  return pathToFileURL(path).href;
}
