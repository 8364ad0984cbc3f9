// A document's metadata and when it is in force: effective date (R6 when assumed), validity counted to the
// N-th anniversary inclusive (R5), or an explicit expiry.
import type { DocumentDecl, Grounds } from "../dsl/ast.js";
import { error, type Diagnostic } from "../dsl/diagnostic.js";
import { addMonths, addYears, formatDay, parseDay } from "../runtime/date.js";

export interface DocumentInfo {
  number: string;
  title: string;
  issuer?: string;
  source?: string;
  signed?: string;
  inForce: { from: string; to: string | null; fromReason: string; toReason: string };
  /** Policy-local rulings: id → justification. */
  rulings: Map<string, string>;
  /** Rulings the metadata itself relies on (e.g. R6 for an assumed date). */
  relies: string[];
  citations: string[];
}

const where = (g: Grounds): string => g.citations.map((c) => c.path).join("、");

export function documentInfo(decl: DocumentDecl, diagnostics: Diagnostic[]): DocumentInfo {
  const info: DocumentInfo = {
    number: decl.number.value,
    title: decl.number.value,
    inForce: { from: "", to: null, fromReason: "", toReason: "the document states no end of validity" },
    rulings: new Map(),
    relies: [],
    citations: [],
  };
  let effective: string | undefined;
  let effectiveReason = "";
  for (const item of decl.items) {
    switch (item.kind) {
      case "DocText":
        if (item.key === "title") info.title = item.value.value;
        else if (item.key === "issuer") info.issuer = item.value.value;
        else info.source = item.value.value;
        break;
      case "DocDate":
        if (item.key === "signed") info.signed = item.value.iso;
        break;
      case "DocEffective": {
        effective = item.value.iso;
        const assumed = item.assumed ? `, assumed per ${item.assumed.name}` : "";
        effectiveReason = `effective ${effective} (${where(item.grounds) || "document"}${assumed})`;
        if (item.assumed) info.relies.push(item.assumed.name);
        info.relies.push(...item.grounds.rulings.map((r) => r.name));
        info.citations.push(...item.grounds.citations.map((c) => c.path));
        break;
      }
      case "DocRuling":
        info.rulings.set(item.id.name, item.text.value);
        break;
      default:
        break;
    }
  }
  if (!effective) {
    diagnostics.push(
      error("E0701", decl.number.span, `document ${info.number} has no effective date`, 'add `effective YYYY-MM-DD @ 第X条` (mark a date the gazette does not print with `assumed R6`)'),
    );
    return info;
  }
  info.inForce.from = effective;
  info.inForce.fromReason = effectiveReason;
  for (const item of decl.items) {
    if (item.kind === "DocValidity") {
      const n = Number(item.duration.digits);
      const unit = item.duration.unit;
      if (unit !== "年" && unit !== "个月") {
        diagnostics.push(error("E0702", item.duration.span, `validity must be in 年 or 个月, found ${unit}`));
        continue;
      }
      const end = unit === "年" ? addYears(parseDay(effective), n) : addMonths(parseDay(effective), n);
      info.inForce.to = formatDay(end);
      info.inForce.toReason = `有效期${n}${unit} from ${effective} ends ${formatDay(end)} inclusive (${where(item.grounds) || "document"}${item.grounds.rulings.length ? ", " + item.grounds.rulings.map((r) => r.name).join(", ") : ""})`;
      info.relies.push(...item.grounds.rulings.map((r) => r.name));
      info.citations.push(...item.grounds.citations.map((c) => c.path));
    } else if (item.kind === "DocExpires") {
      info.inForce.to = item.value.iso;
      info.inForce.toReason = `有效期至${item.value.iso} inclusive (${where(item.grounds) || "document"})`;
      info.citations.push(...item.grounds.citations.map((c) => c.path));
    }
  }
  if (info.inForce.to !== null && info.inForce.to < info.inForce.from) {
    diagnostics.push(error("E0703", decl.number.span, `document ${info.number} expires (${info.inForce.to}) before it takes effect (${info.inForce.from})`));
  }
  return info;
}
