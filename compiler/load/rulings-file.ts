// policies/rulings.yaml: the shared interpretation rulings (RULINGS.md) by id, each a title and a text. A file
// that is not such a map is reported where it goes wrong (E0510), and the rulings that can be read are kept.
import { join } from "node:path";
import { isMap, isScalar, parseDocument, type Node as YamlNode } from "yaml";
import type { Span } from "../../dsl/ast.js";
import { diagnose, type Diagnostic } from "../../dsl/diagnostic.js";
import * as Citations from "../messages/citations.js";
import { readTextFile } from "./files.js";
import { posAt, yamlSpan } from "./yaml-spans.js";

export const RULINGS_FILE = "policies/rulings.yaml";

/** A ruling of policies/rulings.yaml: its English title and text, and the same in Chinese under `zh`. */
export interface SharedRuling {
  title: string;
  text: string;
  zh?: { title: string; text: string };
}

export type Rulings = Map<string, SharedRuling>;

export function loadRulings(root: string, diagnostics: Diagnostic[] = []): Rulings {
  const rulings: Rulings = new Map();
  const read = readTextFile(join(root, RULINGS_FILE), 4 << 20);
  if ("problem" in read) {
    if (read.problem !== "it does not exist") diagnostics.push(problem(yamlSpan(RULINGS_FILE, "", null), "unreadable", { detail: read.problem }));
    return rulings;
  }
  const text = read.text;
  const spanOf = (node: YamlNode | null | undefined): Span => yamlSpan(RULINGS_FILE, text, node);
  const doc = parseDocument(text);
  for (const e of doc.errors) {
    const span = { file: RULINGS_FILE, start: posAt(text, e.pos[0]), end: posAt(text, e.pos[1]) };
    diagnostics.push(problem(span, "notYaml", { detail: e.message.split("\n")[0]! }));
  }
  if (doc.errors.length || doc.contents === null) return rulings;
  if (!isMap(doc.contents)) {
    diagnostics.push(problem(spanOf(doc.contents), "notMap"));
    return rulings;
  }
  for (const pair of doc.contents.items) {
    const id = isScalar(pair.key) ? String(pair.key.value) : undefined;
    const fields = isMap(pair.value) ? (pair.value.toJSON() as Record<string, unknown>) : undefined;
    const zh = fields?.zh as Record<string, unknown> | undefined;
    const texts = (x: Record<string, unknown> | undefined) => typeof x?.title === "string" && typeof x.text === "string";
    if (id === undefined || !fields || !texts(fields) || (zh !== undefined && !texts(zh))) {
      diagnostics.push(problem(spanOf((pair.key as YamlNode | null) ?? null), "entry", id === undefined ? {} : { id }));
      continue;
    }
    rulings.set(id, {
      title: fields.title as string,
      text: fields.text as string,
      ...(zh ? { zh: { title: zh.title as string, text: zh.text as string } } : {}),
    });
  }
  return rulings;
}

function problem(span: Span, problem: Citations.RulingsProblem, more: { detail?: string; id?: string } = {}): Diagnostic {
  return diagnose(Citations.rulingsFile, span, { file: RULINGS_FILE, problem, ...more });
}
