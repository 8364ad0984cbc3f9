// A document that `extends` a template gets the template's declarations, with its own `override`s put in
// their place: a whole rule, a parameter's value, or single rows of a parameter table. What it inherits keeps
// the template's article paths (cited under the document's own 文号) and the template file's source spans.
// An amendment (`amends "…" from DATE`) is applied the same way, the amended document's rules in the place of
// the template's.
import type { Decl, ParamDecl, PolicyFile, TableRow } from "../../dsl/ast.js";
import { diagnose, type Diagnostic } from "../../dsl/diagnostic.js";
import * as Names from "../messages/names.js";
import * as Tables from "../messages/tables.js";
import { suggest } from "../../dsl/suggest.js";

/** The name under which a declaration can be overridden, or undefined for ones that only accumulate. */
export function overrideKey(d: Decl): string | undefined {
  switch (d.kind) {
    case "EnumDecl":
    case "ParamDecl":
    case "BandsDecl":
    case "ValueDecl":
    case "LedgerDecl":
    case "ExceptionDecl":
    case "AdjustDecl":
    case "LimitDecl":
      return `${d.kind}:${d.name.name}`;
    case "OutputDecl":
      return `OutputDecl:${d.name.name}`;
    case "ForEachDecl":
      return "ForEachDecl";
    default:
      return undefined;
  }
}

function nameOf(d: Decl): string {
  return "name" in d ? d.name.name : d.kind === "ForEachDecl" ? "foreach" : d.kind;
}

/**
 * `final`: the result is a document, so every parameter the templates left open must now have a value
 * (a template extending another may leave them open for its own documents).
 */
export function applyTemplate(template: PolicyFile, doc: PolicyFile, diagnostics: Diagnostic[], final = true, amended?: string): PolicyFile {
  const builds = amended === undefined ? {} : { amended };
  const inherited = new Map<string, number>();
  const decls: Decl[] = template.decls.map((d, i) => {
    const key = overrideKey(d);
    if (key) inherited.set(key, i);
    return d;
  });
  for (const d of doc.decls) {
    const key = overrideKey(d);
    const at = key === undefined ? undefined : inherited.get(key);
    if (d.override) {
      if (at === undefined) {
        const candidates = template.decls.filter((t) => t.kind === d.kind).map(nameOf);
        diagnostics.push(
          diagnose(Names.overrideNothing, d.span, {
            name: nameOf(d),
            kind: d.kind.replace("Decl", "").toLowerCase(),
            ...builds,
            meant: suggest(nameOf(d), candidates),
          }),
        );
        continue;
      }
      const base = decls[at]!;
      decls[at] = base.kind === "ParamDecl" && d.kind === "ParamDecl" ? mergeParam(base, d) : d;
      continue;
    }
    if (at !== undefined) {
      diagnostics.push(
        diagnose(Names.redeclaredWithoutOverride, d.span, { name: nameOf(d), replaces: d.kind === "ForEachDecl" ? "foreach" : nameOf(d), ...builds }, [
          { span: decls[at]!.span, text: Names.nameNotes.declaredIn(builds) },
        ]),
      );
      continue;
    }
    decls.push(d);
  }
  for (const d of final ? decls : []) {
    if (d.kind === "ParamDecl" && !d.value && !d.rows) {
      diagnostics.push(
        diagnose(Tables.templateParamMissing, doc.header.span, { name: d.name.name }, [{ span: d.name.span, text: Tables.tableNotes.declaredWithoutValue }]),
      );
    }
  }
  return { ...doc, decls };
}

/** A table override replaces only the rows it lists; inherited rows keep the template's citation. */
function mergeParam(base: ParamDecl, over: ParamDecl): ParamDecl {
  if (!over.rows || !base.rows) return over;
  const replaced = new Set(over.rows.flatMap((r) => r.keys.map((k) => k.name)));
  const kept: TableRow[] = base.rows
    .map((r) => ({ ...r, keys: r.keys.filter((k) => !replaced.has(k.name)) }))
    .filter((r) => r.keys.length > 0)
    .map((r) =>
      r.grounds.citations.length ? r : { ...r, grounds: { citations: base.grounds.citations, rulings: [...base.grounds.rulings, ...r.grounds.rulings] } },
    );
  return { ...over, rows: [...kept, ...over.rows] };
}
