// When each document the project knows is in force, once every other document has had its say: an extension
// moves an end date (R5: without a gap, even when decided after the old end); a repeal or a supersession ends
// a document the day before the repealing one takes effect, and says what becomes of its part files; an
// amendment leaves the period as it is but is named in the reason (and, with `from`, starts a new version of
// the amended text). Versions of one plan must follow one another: two in force on the same day is an error,
// days covered by none a warning. Every change to an end is kept with the day it was decided, so the period
// can also be read as the law stood on an earlier day (`--known-on`, runtime/force.ts). The resolved period
// replaces each document's own, so generated modules and `regc run` judge a case by it, and `regc status`
// answers from it. Where the texts do not print the dates that decide, the answer is unknown (R11).
import type { PartClause, Span } from "../../dsl/ast.js";
import { diagnose, type Diagnostic } from "../../dsl/diagnostic.js";
import { formatDay, parseDay } from "../../runtime/date.js";
import { endAsKnown, knownBy, shownAsKnown, type EndFact, type ShownFact } from "../../runtime/force.js";
import type { Text } from "../../dsl/lang.js";
import { decidedOn, restingText, rulingWord, type DocumentInfo, type Relation, type RelationKind } from "./document.js";
import { suggest } from "../../dsl/suggest.js";
import * as Documents from "../messages/documents.js";
import { byCodePoint } from "../../dsl/text-order.js";

/** Inclusive bounds; `from` null when the seeds print no effective date, `to` null when no end is stated. */
export interface ForcePeriod {
  from: string | null;
  to: string | null;
  fromReason: Text;
  toReason: Text;
}

/** `carries`, `replaces … by …` or `ends`: what a later document did with one part file of an earlier one. */
export interface PartAccount {
  /** The earlier document and its part (its own, or one it carried over in turn). */
  target: string;
  part: string;
  action: PartClause["action"];
  /** For `replaces`: the later document's own part that takes its place. */
  by?: string;
  where: Text;
}

/** A part file's own period: its document's, or longer when a successor carries it over. */
export interface PartLife {
  name: string;
  file: string;
  period: ForcePeriod;
  ends: EndFact[];
  /** The successors that carried it over, in order. */
  carriedBy: string[];
}

export interface Amendment {
  by: string;
  title: string;
  /** The day the amended text applies from. */
  from: string;
  where: Text;
  decided: string | null;
  /** `amends … from`: the amending document's rule file overrides the amended one's rules from that day. */
  versioned: boolean;
}

export interface DocumentLife {
  number: string;
  title: string;
  /** The rule file that declares it. */
  file: string;
  plan?: string;
  /** The day it was decided (signed, else published, else effective); null for a document the seeds only name. */
  decided: string | null;
  period: ForcePeriod;
  /** Its end and every act that moved it, oldest first (runtime/force.ts reads them as known on a day). */
  ends: EndFact[];
  /** For an unknown effective date: 1 January of the year in its 文号, before which it cannot have existed. */
  earliest?: string;
  /** For an unknown effective date: the days other documents' acts show it in force (R11). */
  shown: ShownFact[];
  amendments: Amendment[];
  /** Documents that name it in a relation. */
  namedBy: string[];
  /** Its part files by name, and the parts it carries over from a document it superseded or repealed. */
  parts: Map<string, PartLife>;
  carried: Map<string, PartLife>;
  /** What it did with the part files of the documents it ended. */
  accounts: PartAccount[];
}

export interface Lifecycle {
  documents: ReadonlyMap<string, DocumentLife>;
}

export interface DeclaredDocument {
  info: DocumentInfo;
  file: string;
  /** Its part files (`part NAME of "文号"`), in the order found. */
  parts?: { name: string; file: string }[];
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
const earlier = (a: string, b: string): string => (a < b ? a : b);

export function resolveLifecycle(declared: ReadonlyMap<string, DeclaredDocument>, report: (file: string) => Diagnostic[]): Lifecycle {
  const lives = new Map<string, DocumentLife>();
  for (const [number, d] of declared) lives.set(number, lifeOf(d));
  const edges = relationEdges(declared, lives, report);
  const byStart = (a: Edge, b: Edge) => byCodePoint(a.by.info.inForce.from, b.by.info.inForce.from);
  for (const e of edges.filter((x) => x.rel.relation === "extends").sort(byStart)) extend(e, report);
  const endings = edges.filter((x) => x.rel.relation === "repeals" || x.rel.relation === "supersedes").sort(byStart);
  for (const e of endings) end(e, declared, report);
  for (const e of edges.filter((x) => x.rel.relation === "amends").sort(byStart)) amend(e, report);
  for (const e of endings) accountForParts(e, lives, report);
  checkPlans(lives, declared, report);
  for (const [number, { info }] of declared) {
    const p = lives.get(number)!.period;
    if (p.from !== null) Object.assign(info.inForce, { from: p.from, to: p.to, fromReason: p.fromReason, toReason: p.toReason });
  }
  return { documents: lives };
}

function lifeOf({ info, file, parts }: DeclaredDocument): DocumentLife {
  const year = /〔(\d{4})〕/.exec(info.number)?.[1];
  const decided = decidedOn(info);
  const period: ForcePeriod = {
    from: info.effectiveKnown && info.inForce.from ? info.inForce.from : null,
    to: info.inForce.to,
    fromReason: info.inForce.fromReason,
    toReason: info.inForce.toReason,
  };
  const ends: EndFact[] = [{ to: period.to, reason: period.toReason, by: info.number, decided, act: "own" }];
  return {
    number: info.number,
    title: info.title,
    file,
    ...(info.plan ? { plan: info.plan.name } : {}),
    decided,
    period,
    ends,
    ...(!info.effectiveKnown && year ? { earliest: `${year}-01-01` } : {}),
    shown: [],
    amendments: [],
    namedBy: [],
    parts: new Map((parts ?? []).map((p) => [p.name, { name: p.name, file: p.file, period: { ...period }, ends: [...ends], carriedBy: [] }])),
    carried: new Map(),
    accounts: [],
  };
}

function relationEdges(declared: ReadonlyMap<string, DeclaredDocument>, lives: Map<string, DocumentLife>, report: (file: string) => Diagnostic[]): Edge[] {
  const edges: Edge[] = [];
  for (const by of declared.values()) {
    for (const rel of by.info.relations) {
      const out = report(by.file);
      if (rel.target === by.info.number) {
        out.push(diagnose(Documents.actsOnItself, rel.targetSpan, { number: by.info.number, relation: rel.relation }));
        continue;
      }
      if (rel.parts && rel.relation !== "supersedes" && rel.relation !== "repeals") {
        out.push(diagnose(Documents.blockOnRelation, rel.span, { relation: rel.relation }));
      }
      const target = lives.get(rel.target);
      if (!target) {
        out.push(
          diagnose(Documents.relationTargetUndeclared, rel.targetSpan, {
            number: by.info.number,
            relation: rel.relation,
            target: rel.target,
            meant: suggest(rel.target, lives.keys()),
          }),
        );
        continue;
      }
      if (!by.info.effectiveKnown) {
        out.push(
          diagnose(Documents.effectiveDateUnknown, rel.targetSpan, { kind: "relation", number: by.info.number, relation: rel.relation, target: rel.target }),
        );
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

const cite = (rel: Relation): Text => restingText(rel.where, ...rel.rulings.map(rulingWord));

function extend({ by, rel, target }: Edge, report: (file: string) => Diagnostic[]): void {
  const p = target.period;
  const until = rel.until!;
  if (p.to === null) {
    report(by.file).push(diagnose(Documents.extensionOfOpenEnded, rel.targetSpan, { number: by.info.number, target: target.number }));
    return;
  }
  if (until <= p.to) {
    report(by.file).push(diagnose(Documents.extensionDoesNotExtend, rel.targetSpan, { number: by.info.number, target: target.number, until, to: p.to }));
    return;
  }
  const decided = by.info.signed ?? by.info.inForce.from;
  const noGap = rel.rulings.includes("R5") ? "" : " (R5)";
  const late = decided > p.to;
  const cited = cite(rel);
  setEnd(
    target,
    until,
    {
      en: `有效期至${p.to} extended to ${until} by ${by.info.number}${cited.en}, decided ${decided}${late ? `, after the old end: validity continues without a gap${noGap}` : ""}`,
      zh: `有效期至${p.to}，经${by.info.number}${cited.zh}延长至${until}（${decided}决定${late ? `，晚于原有效期届满，有效期不间断延续${noGap ? "（R5）" : ""}` : ""}）`,
    },
    by.info,
    "extends",
  );
}

/** A new end for a document and its own part files, kept with the act that set it. */
function setEnd(target: DocumentLife, to: string, reason: Text, by: DocumentInfo, act: RelationKind): void {
  const fact: EndFact = { to, reason, by: by.number, decided: decidedOn(by), act };
  for (const life of [target, ...target.parts.values()]) {
    life.period.to = to;
    life.period.toReason = reason;
    life.ends.push(fact);
  }
}

function end({ by, rel, target }: Edge, declared: ReadonlyMap<string, DeclaredDocument>, report: (file: string) => Diagnostic[]): void {
  const p = target.period;
  const starts = by.info.inForce.from;
  const cut = dayBefore(starts);
  const verb = rel.relation === "repeals" ? { en: "repealed", zh: "废止" } : { en: "superseded", zh: "取代" };
  if (rel.relation === "supersedes" && !joinPlan(by, rel, target, report)) return;
  if (p.to !== null && p.to <= cut) {
    report(by.file).push(
      diagnose(Documents.actsOnEnded, rel.targetSpan, { number: by.info.number, relation: rel.relation, target: target.number, ended: p.to, starts }),
    );
    return;
  }
  if (p.from !== null && cut < p.from) {
    report(by.file).push(
      diagnose(
        Documents.endsBeforeEffective,
        rel.targetSpan,
        { number: target.number, to: cut, from: p.from, by: { number: by.info.number, relation: rel.relation, starts } },
        [{ span: declared.get(target.number)!.info.span, text: { en: `${target.number} is declared here`, zh: `${target.number} 声明于此` } }],
      ),
    );
    return;
  }
  const cited = cite(rel);
  setEnd(
    target,
    cut,
    {
      en: `${verb.en} by ${by.info.number}《${by.info.title}》${cited.en}, which takes effect ${starts}`,
      zh: `被${by.info.number}《${by.info.title}》${cited.zh}${verb.zh}，该文件自${starts}起施行`,
    },
    by.info,
    rel.relation,
  );
  if (p.from === null)
    show(target, by.info, cut, {
      en: `${by.info.number} (decided ${decidedOn(by.info)}) ${rel.relation === "repeals" ? "repeals" : "replaces"} it from ${starts}`,
      zh: `${by.info.number}（${decidedOn(by.info)}决定）自${starts}起${rel.relation === "repeals" ? "废止" : "替代"}它`,
    });
}

/**
 * R11: an act of another document presupposes the one it acts on in force when the act is decided, and a
 * repeal presupposes it in force up to the day before the repeal takes effect.
 */
function show(target: DocumentLife, by: DocumentInfo, upTo: string, act: Text): void {
  const decided = decidedOn(by);
  const from = decided === null ? upTo : earlier(decided, upTo);
  const reason = { en: `${act.en}, so it is in force from ${from}`, zh: `${act.zh}，可知它自${from}起有效` };
  target.shown.push({ from, by: by.number, decided, reason });
}

/** A superseded document is an earlier version of the superseding one's plan. */
function joinPlan({ info, file }: DeclaredDocument, rel: Relation, target: DocumentLife, report: (file: string) => Diagnostic[]): boolean {
  if (!info.plan) {
    report(file).push(diagnose(Documents.supersedesWithoutPlan, rel.targetSpan, { number: info.number, target: target.number }));
    return false;
  }
  if (target.plan !== undefined && target.plan !== info.plan.name) {
    report(file).push(
      diagnose(Documents.supersedesAcrossPlans, rel.targetSpan, {
        number: info.number,
        plan: info.plan.name,
        target: target.number,
        targetPlan: target.plan,
      }),
    );
    return false;
  }
  target.plan = info.plan.name;
  return true;
}

function amend({ by, rel, target }: Edge, report: (file: string) => Diagnostic[]): void {
  const effective = by.info.inForce.from;
  const from = rel.from ?? effective;
  if (from < effective) {
    report(by.file).push(diagnose(Documents.amendsTooEarly, rel.span, { number: by.info.number, target: target.number, from, effective }));
    return;
  }
  if (!covers(target, from)) {
    report(by.file).push(diagnose(Documents.actsOnEnded, rel.targetSpan, { number: by.info.number, relation: "amends", target: target.number, day: from }));
  }
  target.amendments.push({ by: by.info.number, title: by.info.title, from, where: cite(rel), decided: decidedOn(by.info), versioned: rel.from !== undefined });
  if (target.period.from === null)
    show(target, by.info, from, {
      en: `${by.info.number} (decided ${decidedOn(by.info)}) amends it from ${from}`,
      zh: `${by.info.number}（${decidedOn(by.info)}决定）自${from}起修改它`,
    });
}

/**
 * A document that ends another says what becomes of each of its part files (its own, and the ones it carried
 * over in turn): carried over unchanged, replaced by a part of its own, or ended, each with its grounds.
 */
function accountForParts({ by, rel, target }: Edge, lives: Map<string, DocumentLife>, report: (file: string) => Diagnostic[]): void {
  const out = report(by.file);
  const me = lives.get(by.info.number)!;
  const parts = new Map([...target.parts, ...target.carried]);
  const seen = new Map<string, Span>();
  for (const clause of rel.parts ?? []) {
    const where = restingText(clause.grounds.citations.map((c) => c.path).join("、"), ...clause.grounds.rulings.map((r) => rulingWord(r.name)));
    if (!clause.grounds.citations.length && !clause.grounds.rulings.length) {
      out.push(diagnose(Documents.clauseWithoutGrounds, clause.span, { verb: clause.verb.name, names: clause.names.map((n) => n.name) }));
    }
    if (clause.action === "replaces" && (!clause.by || clause.names.length !== 1)) {
      out.push(diagnose(Documents.replacesShape, clause.span, {}));
      continue;
    }
    if (clause.action !== "replaces" && clause.by) {
      out.push(diagnose(Documents.replacesShape, clause.by.span, { misplaced: clause.action }));
    }
    if (clause.by && !me.parts.has(clause.by.name)) {
      out.push(
        diagnose(Documents.noReplacement, clause.by.span, {
          number: by.info.number,
          part: clause.by.name,
          replaced: clause.names[0]!.name,
          meant: suggest(clause.by.name, me.parts.keys()),
        }),
      );
    }
    for (const name of clause.names) {
      const part = parts.get(name.name);
      if (!part) {
        const list = [...parts.keys()];
        out.push(
          diagnose(Documents.noSuchPart, name.span, {
            target: target.number,
            part: name.name,
            parts: list,
            meant: suggest(name.name, list),
          }),
        );
        continue;
      }
      const twice = seen.get(name.name);
      if (twice) {
        out.push(
          diagnose(Documents.partTwice, name.span, { part: name.name, target: target.number }, [
            { span: twice, text: { en: "first accounted for here", zh: "首次说明于此" } },
          ]),
        );
        continue;
      }
      seen.set(name.name, name.span);
      me.accounts.push({ target: target.number, part: name.name, action: clause.action, ...(clause.by ? { by: clause.by.name } : {}), where });
      if (clause.action === "carries") carry(part, me, by.info, where);
    }
  }
  const silent = [...parts.keys()].filter((p) => !seen.has(p));
  if (silent.length) {
    out.push(diagnose(Documents.partsUnaccounted, rel.span, { number: by.info.number, relation: rel.relation, target: target.number, parts: silent }));
  }
}

/** A carried part stays in force as long as the document carrying it, and may be carried on again. */
function carry(part: PartLife, by: DocumentLife, info: DocumentInfo, where: Text): void {
  by.carried.set(part.name, part);
  part.carriedBy.push(by.number);
  part.period.to = by.period.to;
  const ends = by.period.toReason;
  part.period.toReason = {
    en: `carried over by ${by.number}${where.en} from ${by.period.from}; ${by.period.to === null ? ends.en : `${by.number} ends ${by.period.to}: ${ends.en}`}`,
    zh: `由${by.number}${where.zh}自${by.period.from}起继续适用；${by.period.to === null ? ends.zh : `${by.number}至${by.period.to}止：${ends.zh}`}`,
  };
  part.ends.push({ to: part.period.to, reason: part.period.toReason, by: by.number, decided: decidedOn(info), act: "carries" });
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
          diagnose(
            Documents.versionsOverlap,
            spanOf(b),
            { plan, day: startOf(b), earlier: a.number, earlierPeriod: span(a), later: b.number, laterPeriod: span(b) },
            [{ span: spanOf(a), text: { en: `${a.number} is a version of the same plan`, zh: `${a.number} 是同一方案的另一版本` } }],
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
          diagnose(
            Documents.versionsGap,
            spanOf(b),
            { plan, from: next, to: dayBefore(b.period.from), earlier: a.number, ends: a.period.to, later: b.number, starts: b.period.from },
            [{ span: spanOf(a), text: { en: `${a.number} ends here`, zh: `${a.number} 于此截止` } }],
          ),
        );
      }
    }
  }
}

/** `true`, `false`, or `"unknown"` where the texts do not print the dates that decide it (RULINGS R11). */
export type InForce = boolean | "unknown";

/** The act that decides an answer: its document and the day it was decided (null when the texts do not say). */
export interface DecidedBy {
  document: string;
  decided: string | null;
}

export interface StatusAnswer {
  inForce: InForce;
  /** Why, in both languages: the dates and the acts that decide it. */
  reason: Text;
  decidedBy: DecidedBy;
}

/**
 * Whether the document is in force on `on` (YYYY-MM-DD), with what decides it (docs/contracts.md `regc
 * status`). With `knownOn`, the law as it stood that day: acts decided later are not applied.
 */
export function statusOn(d: DocumentLife, on: string, knownOn?: string): StatusAnswer {
  const own: DecidedBy = { document: d.number, decided: d.decided };
  if (knownOn !== undefined && d.decided !== null && d.decided > knownOn) {
    const reason = {
      en: `not yet made as known on ${knownOn}: ${d.number} was decided on ${d.decided}`,
      zh: `截至${knownOn}尚未制定：${d.number}于${d.decided}决定`,
    };
    return { inForce: false, reason, decidedBy: own };
  }
  const p = d.period;
  const end = endAsKnown(d.ends, knownOn);
  const ender: DecidedBy = { document: end.by, decided: end.decided };
  if (p.from !== null && on < p.from)
    return { inForce: false, reason: { en: `not yet in force: ${p.fromReason.en}`, zh: `尚未施行：${p.fromReason.zh}` }, decidedBy: own };
  if (p.from === null && d.earliest !== undefined && on < d.earliest) {
    const year = d.earliest.slice(0, 4);
    return {
      inForce: false,
      reason: {
        en: `not yet in force: its 文号 dates it to ${year}, and ${p.fromReason.en}`,
        zh: `尚未施行：其文号表明它成文于${year}年，且${p.fromReason.zh}`,
      },
      decidedBy: own,
    };
  }
  if (end.to !== null && on > end.to)
    return {
      inForce: false,
      reason: { en: `no longer in force after ${end.to}: ${end.reason.en}`, zh: `${end.to}后已失效：${end.reason.zh}` },
      decidedBy: ender,
    };
  const shown = p.from === null ? shownAsKnown(d.shown, knownOn) : undefined;
  if (p.from === null && (!shown || on < shown.from)) {
    const reason = {
      en: `in force unknown (R11): the gazette does not print ${d.number}'s effective date${d.earliest ? ` (its 文号 only shows it is not earlier than ${d.earliest})` : ""}${shown ? `; ${shown.reason.en}` : ""}; whether it is in force on ${on} depends on the dates not printed`,
      zh: `效力不明（R11）：公报未载明${d.number}的生效日期${d.earliest ? `（其文号只表明它不早于${d.earliest}）` : ""}${shown ? `；${shown.reason.zh}` : ""}；${on}是否有效取决于未载明的日期`,
    };
    return {
      inForce: "unknown",
      reason,
      decidedBy: shown ? { document: shown.by, decided: shown.decided } : own,
    };
  }
  const named: Text = d.namedBy.length ? { en: `named by ${d.namedBy.join(", ")}; `, zh: `${d.namedBy.join("、")}提及它；` } : { en: "", zh: "" };
  const start: Text =
    p.from !== null
      ? p.fromReason
      : { en: `${named.en}${p.fromReason.en}, but ${shown!.reason.en} (R11)`, zh: `${named.zh}${p.fromReason.zh}，但${shown!.reason.zh}（R11）` };
  const parts: Text[] = [start, end.to === null ? end.reason : { en: `ends ${end.to}: ${end.reason.en}`, zh: `至${end.to}止：${end.reason.zh}` }];
  for (const a of d.amendments) {
    if (on >= a.from && knownBy({ by: a.by, decided: a.decided }, knownOn))
      parts.push({ en: `as amended by ${a.by}${a.where.en} from ${a.from}`, zh: `自${a.from}起按${a.by}${a.where.zh}的修改施行` });
  }
  const acting = end.by !== d.number ? ender : shown ? { document: shown.by, decided: shown.decided } : own;
  return {
    inForce: true,
    reason: { en: `in force: ${parts.map((x) => x.en).join("; ")}`, zh: `有效：${parts.map((x) => x.zh).join("；")}` },
    decidedBy: acting,
  };
}

/** The acts on a document decided after `knownOn`, which an answer as known that day leaves out. */
export function decidedLater(d: DocumentLife, knownOn: string): (DecidedBy & { act: string })[] {
  const later: (DecidedBy & { act: string })[] = [];
  if (d.decided !== null && d.decided > knownOn) later.push({ document: d.number, decided: d.decided, act: "decided" });
  for (const f of d.ends.slice(1)) if (!knownBy(f, knownOn)) later.push({ document: f.by, decided: f.decided, act: f.act });
  for (const a of d.amendments) if (!knownBy({ by: a.by, decided: a.decided }, knownOn)) later.push({ document: a.by, decided: a.decided, act: "amends" });
  return later;
}
