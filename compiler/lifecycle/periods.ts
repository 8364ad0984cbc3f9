// When each document the project knows is in force, once every other document has had its say: an extension
// moves an end date (R5: without a gap, even when decided after the old end); a repeal or a supersession ends
// a document the day before the repealing one takes effect; an amendment leaves the period as it is but is
// named in the reason. Versions of one plan must follow one another: two in force on the same day is an error,
// days covered by none a warning. The resolved period replaces each document's own, so generated modules and
// `regc run` judge a case by it, and `regc status` answers from it.
import type { Span } from "../../dsl/ast.js";
import { error, warning, type Diagnostic } from "../../dsl/diagnostic.js";
import { formatDay, parseDay } from "../../runtime/date.js";
import { resting, type DocumentInfo, type Relation } from "./document.js";
import { didYouMean } from "../../dsl/suggest.js";
import { byCodePoint } from "../../dsl/text-order.js";

/** Inclusive bounds; `from` null when the seeds print no effective date, `to` null when no end is stated. */
export interface ForcePeriod {
  from: string | null;
  to: string | null;
  fromReason: string;
  toReason: string;
}

export interface DocumentLife {
  number: string;
  title: string;
  /** The rule file that declares it. */
  file: string;
  plan?: string;
  period: ForcePeriod;
  /** For an unknown effective date: 1 January of the year in its 文号, before which it cannot have existed. */
  earliest?: string;
  amendments: { by: string; from: string; where: string }[];
  /** Documents that name it in a relation. */
  namedBy: string[];
}

export interface Lifecycle {
  documents: ReadonlyMap<string, DocumentLife>;
}

export interface DeclaredDocument {
  info: DocumentInfo;
  file: string;
}

interface Edge {
  by: DeclaredDocument;
  rel: Relation;
  target: DocumentLife;
}

const FAR_PAST = "0000-01-01";
const FAR_FUTURE = "9999-12-31";

const dayBefore = (iso: string): string => formatDay(parseDay(iso) - 1);
const dayAfter = (iso: string): string => formatDay(parseDay(iso) + 1);

export function resolveLifecycle(declared: ReadonlyMap<string, DeclaredDocument>, report: (file: string) => Diagnostic[]): Lifecycle {
  const lives = new Map<string, DocumentLife>();
  for (const [number, { info, file }] of declared) lives.set(number, lifeOf(info, file));
  const edges = relationEdges(declared, lives, report);
  const byStart = (a: Edge, b: Edge) => byCodePoint(a.by.info.inForce.from, b.by.info.inForce.from);
  for (const e of edges.filter((x) => x.rel.relation === "extends").sort(byStart)) extend(e, report);
  for (const e of edges.filter((x) => x.rel.relation === "repeals" || x.rel.relation === "supersedes").sort(byStart)) end(e, declared, report);
  for (const e of edges.filter((x) => x.rel.relation === "amends").sort(byStart)) amend(e, report);
  checkPlans(lives, declared, report);
  for (const [number, { info }] of declared) {
    const p = lives.get(number)!.period;
    if (p.from !== null) Object.assign(info.inForce, { from: p.from, to: p.to, fromReason: p.fromReason, toReason: p.toReason });
  }
  return { documents: lives };
}

function lifeOf(info: DocumentInfo, file: string): DocumentLife {
  const year = /〔(\d{4})〕/.exec(info.number)?.[1];
  return {
    number: info.number,
    title: info.title,
    file,
    ...(info.plan ? { plan: info.plan.name } : {}),
    period: { from: info.effectiveKnown && info.inForce.from ? info.inForce.from : null, to: info.inForce.to, fromReason: info.inForce.fromReason, toReason: info.inForce.toReason },
    ...(!info.effectiveKnown && year ? { earliest: `${year}-01-01` } : {}),
    amendments: [],
    namedBy: [],
  };
}

function relationEdges(declared: ReadonlyMap<string, DeclaredDocument>, lives: Map<string, DocumentLife>, report: (file: string) => Diagnostic[]): Edge[] {
  const edges: Edge[] = [];
  for (const by of declared.values()) {
    for (const rel of by.info.relations) {
      const out = report(by.file);
      if (rel.target === by.info.number) {
        out.push(error("E0709", rel.targetSpan, `${by.info.number} ${rel.relation} itself`, "name the earlier document it acts on"));
        continue;
      }
      const target = lives.get(rel.target);
      if (!target) {
        out.push(
          error(
            "E0706",
            rel.targetSpan,
            `${by.info.number} ${rel.relation} ${rel.target}, which no rule file declares`,
            didYouMean(rel.target, lives.keys()) ?? `declare it, with what the seeds say of it, in its own rule file: document "${rel.target}" { title "…" effective … }`,
          ),
        );
        continue;
      }
      if (!by.info.effectiveKnown) {
        out.push(error("E0710", rel.targetSpan, `${by.info.number} ${rel.relation} ${rel.target}, but its own effective date is unknown`, "the date a document takes effect decides when it acts on another: give it an effective date"));
        continue;
      }
      target.namedBy.push(by.info.number);
      // Without any effective item (E0701, reported with the document) the relation has no date to act from.
      if (!by.info.inForce.from) continue;
      edges.push({ by, rel, target });
    }
  }
  return edges;
}

const cite = (rel: Relation): string => resting(rel.where, ...rel.rulings.map((r) => `ruling ${r}`));

function extend({ by, rel, target }: Edge, report: (file: string) => Diagnostic[]): void {
  const p = target.period;
  const until = rel.until!;
  if (p.to === null) {
    report(by.file).push(error("E0708", rel.targetSpan, `${by.info.number} extends ${target.number}, which states no end of validity`, `give ${target.number} its own end first: validity … or expires …`));
    return;
  }
  if (until <= p.to) {
    report(by.file).push(error("E0708", rel.targetSpan, `${by.info.number} extends ${target.number} until ${until}, but it already runs until ${p.to}`, "an extension must end later than the validity it extends"));
    return;
  }
  const decided = by.info.signed ?? by.info.inForce.from;
  const noGap = rel.rulings.includes("R5") ? "" : " (R5)";
  const late = decided > p.to ? `, decided ${decided}, after the old end: validity continues without a gap${noGap}` : `, decided ${decided}`;
  p.toReason = `有效期至${p.to} extended to ${until} by ${by.info.number}${cite(rel)}${late}`;
  p.to = until;
}

function end({ by, rel, target }: Edge, declared: ReadonlyMap<string, DeclaredDocument>, report: (file: string) => Diagnostic[]): void {
  const p = target.period;
  const starts = by.info.inForce.from;
  const cut = dayBefore(starts);
  const verb = rel.relation === "repeals" ? "repealed" : "superseded";
  if (rel.relation === "supersedes" && !joinPlan(by, rel, target, report)) return;
  if (p.to !== null && p.to <= cut) {
    report(by.file).push(
      warning("W0702", rel.targetSpan, `${by.info.number} ${rel.relation} ${target.number}, which already ended on ${p.to}, before ${starts}`, "check both documents' dates; the relation changes nothing as written"),
    );
    return;
  }
  if (p.from !== null && cut < p.from) {
    report(by.file).push(
      error("E0703", rel.targetSpan, `${target.number} would end (${cut}) before it takes effect (${p.from}): ${by.info.number} ${rel.relation} it from ${starts}`, "check both documents' effective dates", [
        { span: declared.get(target.number)!.info.span, message: `${target.number} is declared here` },
      ]),
    );
    return;
  }
  p.to = cut;
  p.toReason = `${verb} by ${by.info.number}《${by.info.title}》${cite(rel)}, which takes effect ${starts}`;
}

/** A superseded document is an earlier version of the superseding one's plan. */
function joinPlan({ info, file }: DeclaredDocument, rel: Relation, target: DocumentLife, report: (file: string) => Diagnostic[]): boolean {
  if (!info.plan) {
    report(file).push(error("E0709", rel.targetSpan, `${info.number} supersedes ${target.number} but names no plan`, 'supersession orders the versions of one plan: add plan "…" to the document block'));
    return false;
  }
  if (target.plan !== undefined && target.plan !== info.plan.name) {
    report(file).push(error("E0709", rel.targetSpan, `${info.number} (plan ${info.plan.name}) supersedes ${target.number} of another plan (${target.plan})`, "a document supersedes earlier versions of its own plan; use repeals for another plan's document"));
    return false;
  }
  target.plan = info.plan.name;
  return true;
}

function amend({ by, rel, target }: Edge, report: (file: string) => Diagnostic[]): void {
  const from = by.info.inForce.from;
  if (!covers(target, from)) {
    report(by.file).push(warning("W0702", rel.targetSpan, `${by.info.number} amends ${target.number}, which is not in force on ${from}`, "check both documents' dates"));
  }
  target.amendments.push({ by: by.info.number, from, where: cite(rel) });
}

const startOf = (d: DocumentLife): string => d.period.from ?? d.earliest ?? FAR_PAST;
const endOf = (d: DocumentLife): string => d.period.to ?? FAR_FUTURE;
const covers = (d: DocumentLife, day: string): boolean => startOf(d) <= day && day <= endOf(d);
const span = (d: DocumentLife): string => `${d.period.from ?? "unknown start"} – ${d.period.to ?? "no end"}`;

function checkPlans(lives: Map<string, DocumentLife>, declared: ReadonlyMap<string, DeclaredDocument>, report: (file: string) => Diagnostic[]): void {
  const plans = new Map<string, DocumentLife[]>();
  // A period that ends before it starts is reported on its own (E0703) and takes no part here.
  for (const d of lives.values()) if (d.plan !== undefined && startOf(d) <= endOf(d)) plans.set(d.plan, [...(plans.get(d.plan) ?? []), d]);
  const spanOf = (d: DocumentLife): Span => {
    const info = declared.get(d.number)!.info;
    return info.plan?.span ?? info.span;
  };
  for (const [plan, versions] of plans) {
    versions.sort((a, b) => byCodePoint(startOf(a), startOf(b)) || byCodePoint(a.number, b.number));
    versions.forEach((b, j) => {
      for (const a of versions.slice(0, j)) {
        if (startOf(b) > endOf(a)) continue;
        report(b.file).push(
          error(
            "E0707",
            spanOf(b),
            `two versions of plan ${plan} are in force on ${startOf(b)}: ${a.number} (${span(a)}) and ${b.number} (${span(b)})`,
            `the later version must end the earlier one: supersedes "${a.number}" (or repeals), or give ${a.number} an end before ${startOf(b)}`,
            [{ span: spanOf(a), message: `${a.number} is a version of the same plan` }],
          ),
        );
      }
    });
    for (let i = 1; i < versions.length; i++) {
      const a = versions[i - 1]!;
      const b = versions[i]!;
      if (a.period.to === null || b.period.from === null) continue;
      const next = dayAfter(a.period.to);
      if (b.period.from > next) {
        report(b.file).push(
          warning("W0701", spanOf(b), `no version of plan ${plan} is in force from ${next} to ${dayBefore(b.period.from)}: ${a.number} ends ${a.period.to}, ${b.number} takes effect ${b.period.from}`, "if the gazettes leave this gap, nothing to do; otherwise check the dates", [
            { span: spanOf(a), message: `${a.number} ends here` },
          ]),
        );
      }
    }
  }
}

/** Whether the document is in force on `on` (YYYY-MM-DD), with what decides it (CONTRACTS.md `regc status`). */
export function statusOn(d: DocumentLife, on: string): { inForce: boolean; reason: string } {
  const p = d.period;
  if (p.from !== null && on < p.from) return { inForce: false, reason: `not yet in force: ${p.fromReason}` };
  if (p.from === null && d.earliest !== undefined && on < d.earliest) {
    return { inForce: false, reason: `not yet in force: its 文号 dates it to ${d.earliest.slice(0, 4)}, and ${p.fromReason}` };
  }
  if (p.to !== null && on > p.to) return { inForce: false, reason: `no longer in force after ${p.to}: ${p.toReason}` };
  const named = d.namedBy.length ? `named by ${d.namedBy.join(", ")}; ` : "";
  const start = p.from !== null ? p.fromReason : `${named}${p.fromReason}, so it is taken as in force ${d.earliest ? `from ${d.earliest} (the year in its 文号)` : "up to its end"}`;
  const parts = [start, p.to === null ? p.toReason : `ends ${p.to}: ${p.toReason}`];
  for (const a of d.amendments) if (on >= a.from) parts.push(`as amended by ${a.by}${a.where} from ${a.from}`);
  return { inForce: true, reason: `in force: ${parts.join("; ")}` };
}
