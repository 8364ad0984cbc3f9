// The documents of a project and their force periods, without checking any rules: what `regc status` needs,
// at the cost of parsing the rule files only. compileProgram resolves the same lifecycle and reports its
// problems; here they are not collected.
import { parse } from "../../dsl/parser.js";
import { documentInfo } from "./document.js";
import { resolveLifecycle, type DeclaredDocument, type Lifecycle } from "./periods.js";
import { findPolicyFiles, readRuleFile, relativePath, type ProjectOptions } from "../program.js";

export interface ProjectDocuments {
  lifecycle: Lifecycle;
  /** The 文号 each rule file belongs to (its document block, or the document its `part` names). */
  documentOf: Map<string, string>;
}

export function loadLifecycle(root: string, options: ProjectOptions = {}): ProjectDocuments {
  const declared = new Map<string, DeclaredDocument & { parts: { name: string; file: string }[] }>();
  const documentOf = new Map<string, string>();
  const parts: { document: string; name: string; file: string }[] = [];
  for (const abs of findPolicyFiles(root, [], options)) {
    const file = relativePath(root, abs);
    const read = readRuleFile(file, abs);
    if (!("text" in read)) continue;
    const { ast } = parse(file, read.text);
    const h = ast?.header;
    if (h?.kind === "PartDecl") {
      documentOf.set(file, h.document.value);
      parts.push({ document: h.document.value, name: h.name.name, file });
    }
    if (h?.kind !== "DocumentDecl") continue;
    documentOf.set(file, h.number.value);
    if (!declared.has(h.number.value)) declared.set(h.number.value, { info: documentInfo(h, []), file, parts: [] });
  }
  for (const p of parts) declared.get(p.document)?.parts.push({ name: p.name, file: p.file });
  return { lifecycle: resolveLifecycle(declared, () => []), documentOf };
}
