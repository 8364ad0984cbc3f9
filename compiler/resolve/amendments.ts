// Amendments from a date (`amends "X" from D`): the amending document's rule file overrides X's declarations
// as a document overrides its template's (templates.ts), giving a new version of X's rules in force from D. X
// as written then applies until the day before D; several amendments of X apply in the order of their dates,
// each on the text the earlier ones left.
import type { Text } from "../../dsl/lang.js";
import type { PolicyFile, Span } from "../../dsl/ast.js";
import { diagnose, type Diagnostic } from "../../dsl/diagnostic.js";
import * as Documents from "../messages/documents.js";
import { byCodePoint } from "../../dsl/text-order.js";
import { formatDay, parseDay } from "../../runtime/date.js";
import type { AmendmentIr } from "../ir/ir.js";
import type { DocumentInfo, Relation } from "../lifecycle/document.js";
import type { Lifecycle } from "../lifecycle/periods.js";
import type { SourceFile } from "../program.js";
import { applyTemplate } from "./templates.js";
import type { Declared, ResolvedUnit } from "./units.js";

/** A reason regc writes in Chinese in either language (an amendment names the text that applies). */
const same = (text: string): Text => ({ en: text, zh: text });

/** A rule file whose rules amend another document's from a date. */
export interface Amending {
  f: SourceFile & { ast: PolicyFile };
  doc: DocumentInfo;
  rel: Relation;
}

/**
 * The amendment a document's rules make from a date, undefined when they make none, or "error" (reported: E0721)
 * when they cannot be one: rules that amend two documents, or that also extend a template.
 */
export function amendsFrom(f: SourceFile & { ast: PolicyFile }, doc: DocumentInfo, diagnostics: Diagnostic[]): Amending | "error" | undefined {
  const amends = doc.relations.filter((r) => r.relation === "amends" && r.from !== undefined);
  if (!amends.length) return undefined;
  const h = f.ast.header;
  const template = h.kind === "DocumentDecl" ? h.template : undefined;
  if (amends.length === 1 && !template) return { f, doc, rel: amends[0]! };
  diagnostics.push(
    diagnose(Documents.amendsTwoInOneFile, (template?.span ?? amends[1]!.targetSpan) as Span, {
      number: doc.number,
      ...(template ? {} : { targets: amends.map((r) => r.target) }),
    }),
  );
  return "error";
}

/** The versions of amended documents, each a unit of its own; the text each amends ends the day before. */
export function amendedVersions(
  amending: readonly Amending[],
  mains: Map<string, ResolvedUnit>,
  documents: Declared,
  lifecycle: Lifecycle,
  report: (file: string) => Diagnostic[],
): ResolvedUnit[] {
  const out: ResolvedUnit[] = [];
  const byTarget = new Map<string, Amending[]>();
  for (const a of amending) byTarget.set(a.rel.target, [...(byTarget.get(a.rel.target) ?? []), a]);
  for (const [target, list] of byTarget) {
    const base = mains.get(target);
    const life = lifecycle.documents.get(target);
    const info = documents.get(target)?.info;
    if (!base || !life || !info) {
      for (const a of list) {
        if (life) report(a.f.file).push(diagnose(Documents.amendsWithoutRules, a.rel.targetSpan, { number: a.doc.number, target }));
      }
      continue;
    }
    list.sort((a, b) => byCodePoint(a.rel.from!, b.rel.from!));
    let current = base;
    const applied: AmendmentIr[] = [];
    list.forEach((a, i) => {
      const from = a.rel.from!;
      const next = list[i + 1]?.rel.from;
      const to = next !== undefined ? formatDay(parseDay(next) - 1) : life.period.to;
      const toReason = next !== undefined ? same(`自${next}起适用经${list[i + 1]!.doc.number}修改的文本`) : life.period.toReason;
      const diagnostics = report(a.f.file);
      const ast = applyTemplate(current.ast, a.f.ast, diagnostics, true, target);
      applied.push({ number: a.doc.number, title: a.doc.title, from });
      const doc: DocumentInfo = {
        ...info,
        inForce: { from, to, fromReason: same(`经${a.doc.number}修改，自${from}起施行${a.rel.where ? `（${a.rel.where}）` : ""}`), toReason },
        rulings: new Map([...info.rulings, ...a.doc.rulings]),
      };
      // The text before this amendment stops applying the day before it.
      current.doc = {
        ...current.doc,
        inForce: { ...current.doc.inForce, to: formatDay(parseDay(from) - 1), toReason: same(`自${from}起适用经${a.doc.number}修改的文本`) },
      };
      current = { file: a.f.file, ast, doc, amending: { file: a.f.file, number: a.doc.number }, amendments: [...applied], diagnostics };
      out.push(current);
    });
  }
  return out;
}
