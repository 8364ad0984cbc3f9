// Where "go to definition" leads: a name to its declaration (in a template when it comes from one), a field
// or enum member to where it is declared, a template or 文号 to its rule file, a ruling to its text, a
// citation to the provision's line in the gazette text, `source "…"` to the text itself.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Span } from "../dsl/ast.js";
import { cite } from "../compiler/law/cite.js";
import { POLICY_DIR } from "../compiler/program.js";
import { documentDecl, resolveField, resolveMember, resolveName, type FileModel, type Resolved } from "./model.js";
import type { Occurrence } from "./occurrences.js";

/** A place in a file of the project: a span of a rule file, or a line of another file. */
export type Target = { span: Span } | { file: string; line: number };

export function definitionTargets(o: Occurrence, m: FileModel): Target[] {
  switch (o.kind) {
    case "name":
      return resolvedTarget(resolveName(m, o.name));
    case "field":
      return resolvedTarget(resolveField(m, o.scope, o.name));
    case "member":
      return resolvedTarget(resolveMember(m, o.name, o.enumName) ?? resolveMember(m, o.name));
    case "template": {
      const h = m.program.files.find((f) => f.ast?.header.kind === "TemplateDecl" && f.ast.header.name.name === o.name)?.ast?.header;
      return h?.kind === "TemplateDecl" ? [{ span: h.name.span }] : [];
    }
    case "document": {
      const d = documentDecl(m.program, o.number);
      return d ? [{ span: d.decl.number.span }] : [];
    }
    case "ruling":
      return rulingTargets(o.id, m);
    case "citation":
      return m.documents.flatMap((d) => {
        const r = d.source ? cite(d.source.doc, o.path) : undefined;
        return r && "provision" in r ? [{ file: d.source!.file, line: r.provision.start }] : [];
      });
    case "source": {
      const file = join(dirname(m.file), o.path).split("\\").join("/");
      return existsSync(join(m.program.root, file)) ? [{ file, line: 1 }] : [];
    }
    case "function":
      return [];
  }
}

function resolvedTarget(r: Resolved | undefined): Target[] {
  if (!r) return [];
  if (r.kind === "field") return [{ span: r.field.name.span }];
  if (r.kind === "member") return [{ span: r.member.name.span }];
  const d = r.decl;
  return [{ span: d.kind === "ForEachDecl" ? d.variable.span : "name" in d ? d.name.span : d.span }];
}

/** A ruling declared in a document block, or one of the shared ones (`policies/rulings.yaml`, `ID:` at a line start). */
function rulingTargets(id: string, m: FileModel): Target[] {
  for (const d of m.documents) {
    const item = documentDecl(m.program, d.number)?.decl.items.find((i) => i.kind === "DocRuling" && i.id.name === id);
    if (item?.kind === "DocRuling") return [{ span: item.id.span }];
  }
  const file = `${POLICY_DIR}/rulings.yaml`;
  if (!m.program.rulings.has(id)) return [];
  const lines = readFileSync(join(m.program.root, file), "utf8").split("\n");
  const at = lines.findIndex((l) => l.startsWith(`${id}:`));
  return [{ file, line: at + 1 }];
}
