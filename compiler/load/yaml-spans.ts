// Places in YAML data files (coverage notes, calendar notices), for diagnostics that point at the entry at fault.
import type { Node as YamlNode } from "yaml";
import type { Pos, Span } from "../../dsl/ast.js";
import { positionAt } from "../../dsl/lines.js";

export function posAt(text: string, offset: number): Pos {
  return { offset, ...positionAt(text, offset) };
}

/** The span of a YAML node of `text`, or the file's start when there is no node. */
export function yamlSpan(file: string, text: string, node: YamlNode | null | undefined): Span {
  const [start, end] = node?.range ?? [0, 0];
  return { file, start: posAt(text, start), end: posAt(text, end) };
}
