// Every interpretive choice the encoded policies make, with the rules and provisions that rely on it, so that
// legal staff review them in one place. A shared ruling (policies/rulings.yaml, from RULINGS.md) is one entry
// for all documents; a document's own `ruling X1 "…"` is an entry of that document only.
import type { CitationIndex, OwnRuling } from "./citations.js";
import type { SharedRuling } from "../load/rulings-file.js";
import { byCodePoint, byCodePointNumeric } from "../../dsl/text-order.js";

export interface RulingUse {
  document: string;
  /** Where the rule is written. */
  file: string;
  line: number;
  rule: string;
  /** The provisions the rule cites (as resolved in the gazette text when it could be). */
  provisions: string[];
}

export interface RulingEntry {
  id: string;
  /** The document whose block declares it; absent for a shared ruling. */
  document?: string;
  title?: string;
  text?: string;
  /** The ruling in Chinese (a document's own rulings are written in Chinese, as `text`). */
  zh?: { title: string; text: string };
  /** A document's own ruling in English, when its rule file gives it (`ruling X1 "…" en "…"`). */
  en?: string;
  uses: RulingUse[];
}

export interface RulingsReport {
  rulings: RulingEntry[];
  /** Shared rulings no encoded rule relies on. */
  unused: string[];
}

export function rulingsReport(index: CitationIndex, shared: ReadonlyMap<string, SharedRuling>): RulingsReport {
  const local = new Map<string, Map<string, OwnRuling>>();
  for (const u of index.units) if (u.localRulings.size) local.set(u.number, u.localRulings);
  const entries = new Map<string, RulingEntry>();
  for (const u of index.units) {
    for (const { item, provisions } of u.items) {
      for (const id of item.rulings) {
        const own = local.get(u.number)?.get(id.name);
        const key = own === undefined ? id.name : `${id.name}@${u.number}`;
        let entry = entries.get(key);
        if (!entry) {
          const s = shared.get(id.name);
          entry =
            own !== undefined
              ? { id: id.name, document: u.number, text: own.text, ...(own.en !== undefined ? { en: own.en } : {}), uses: [] }
              : { id: id.name, ...(s ? { title: s.title, text: s.text, ...(s.zh ? { zh: s.zh } : {}) } : {}), uses: [] };
          entries.set(key, entry);
        }
        const paths = provisions.length ? provisions.map((p) => p.path) : item.citations.map((c) => c.path);
        const use = { document: u.number, file: item.span.file, line: item.span.start.line, rule: item.label, provisions: paths };
        if (!entry.uses.some((x) => x.document === use.document && x.file === use.file && x.line === use.line && x.rule === use.rule)) entry.uses.push(use);
      }
    }
  }
  const rulings = [...entries.values()].sort(
    (a, b) => order(a) - order(b) || byCodePointNumeric(a.id, b.id) || byCodePoint(a.document ?? "", b.document ?? ""),
  );
  for (const r of rulings) r.uses.sort((a, b) => byCodePoint(a.document, b.document) || byCodePoint(a.file, b.file) || a.line - b.line);
  const used = new Set(rulings.filter((r) => !r.document).map((r) => r.id));
  return { rulings, unused: [...shared.keys()].filter((id) => !used.has(id)) };
}

/** Shared rulings first (R…, then the plans' letters), then documents' own. */
function order(r: RulingEntry): number {
  return r.document ? 2 : /^R\d/.test(r.id) ? 0 : 1;
}
