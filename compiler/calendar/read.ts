// Reads the calendar data files (policies/calendar/<year>.yaml and the statute's file) into entries that keep
// the place of every value, so each problem is reported at the line it is written on. A file that cannot be
// read (not YAML, a missing field, a malformed date) is reported here (E0901) and left out.
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from "yaml";
import type { Span } from "../../dsl/ast.js";
import { diagnose, type Diagnostic } from "../../dsl/diagnostic.js";
import { isoDay, type Day } from "../../runtime/date.js";
import { yamlSpan } from "../load/yaml-spans.js";
import * as Calendar from "../messages/calendar.js";

export interface Located<T> {
  value: T;
  span: Span;
}

/** One `off` entry: a span of days off, or (an extension) the day a holiday now ends. */
export interface OffEntry {
  festival: string;
  from?: Located<Day>;
  to?: Located<Day>;
  until?: Located<Day>;
  resumes?: Located<Day>;
  span: Span;
}

export interface NoticeEntry {
  number: Located<string>;
  title: Located<string>;
  amends?: Located<string>;
  signed: Located<Day>;
  published: Located<Day>;
  off: OffEntry[];
  work: Located<Day>[];
  text: string;
  span: Span;
}

export interface YearFile {
  file: string;
  year: Located<number>;
  notices: NoticeEntry[];
}

export interface StatuteHoliday {
  festival: string;
  days: number;
  /** The words of 第二条 in brackets, e.g. 农历除夕、正月初一至初三. */
  when: string;
  span: Span;
}

export interface StatuteFile {
  file: string;
  number: Located<string>;
  title: Located<string>;
  signed: Located<Day>;
  published: Located<Day>;
  effective: Located<Day>;
  article: Located<string>;
  holidays: StatuteHoliday[];
  text: string;
  span: Span;
}

/** A calendar file: a year's notices, or the statute; undefined (reported) when it cannot be read. */
export function readCalendarFile(file: string, text: string, diagnostics: Diagnostic[]): YearFile | StatuteFile | undefined {
  const doc = parseDocument(text);
  const r = new Reader(file, text, doc, diagnostics);
  for (const e of doc.errors) r.fail(null, { kind: "not yaml", file, problem: e.message });
  if (doc.errors.length) return undefined;
  if (!isMap(doc.contents)) {
    r.fail(doc.contents, { kind: "not a map", file });
    return undefined;
  }
  return doc.has("statute") ? r.statute() : r.year();
}

class Reader {
  private failed = false;

  constructor(
    private readonly file: string,
    private readonly text: string,
    private readonly doc: Document,
    private readonly diagnostics: Diagnostic[],
  ) {}

  fail(node: YamlNode | null | undefined, problem: Calendar.Unreadable): void {
    this.failed = true;
    this.diagnostics.push(diagnose(Calendar.calendarFileUnreadable, this.span(node), problem));
  }

  span(node: YamlNode | null | undefined): Span {
    return yamlSpan(this.file, this.text, node);
  }

  year(): YearFile | undefined {
    const yearNode = this.doc.get("year", true) as YamlNode | undefined;
    const year = isScalar(yearNode) && Number.isInteger(yearNode.value) ? (yearNode.value as number) : undefined;
    if (year === undefined) this.fail(yearNode ?? this.doc.contents, { kind: "no year", file: this.file });
    const list = this.doc.get("notices", true) as YamlNode | undefined;
    if (!isSeq(list) || list.items.length === 0) {
      this.fail(list ?? this.doc.contents, { kind: "no notices", file: this.file });
      return undefined;
    }
    const notices = list.items.flatMap((n) => this.notice(n as YamlNode) ?? []);
    return this.failed || year === undefined ? undefined : { file: this.file, year: { value: year, span: this.span(yearNode) }, notices };
  }

  private notice(node: YamlNode): NoticeEntry | undefined {
    if (!isMap(node)) {
      this.fail(node, { kind: "notice" });
      return undefined;
    }
    const number = this.string(node, "number");
    const title = this.string(node, "title");
    const amends = node.has("amends") ? this.string(node, "amends") : undefined;
    const signed = this.date(node, "signed");
    const published = this.date(node, "published");
    const text = this.string(node, "text");
    const offNode = node.get("off", true) as YamlNode | undefined;
    const workNode = node.get("work", true) as YamlNode | undefined;
    if (!isSeq(offNode)) this.fail(offNode ?? node, { kind: "off list" });
    if (!isSeq(workNode)) this.fail(workNode ?? node, { kind: "work list" });
    const off = isSeq(offNode) ? offNode.items.flatMap((o) => this.off(o as YamlNode) ?? []) : [];
    const work = isSeq(workNode) ? workNode.items.flatMap((w) => this.dateNode(w as YamlNode) ?? []) : [];
    if (!number || !title || !signed || !published || !text) return undefined;
    return { number, title, ...(amends ? { amends } : {}), signed, published, off, work, text: text.value, span: this.span(node) };
  }

  private off(node: YamlNode): OffEntry | undefined {
    if (!isMap(node)) {
      this.fail(node, { kind: "off entry" });
      return undefined;
    }
    const festival = this.string(node, "festival");
    const get = (key: string) => (node.has(key) ? this.date(node, key) : undefined);
    const entry = { from: get("from"), to: get("to"), until: get("until"), resumes: get("resumes") };
    if (!entry.from && !entry.until) this.fail(node, { kind: "off days" });
    if (!festival) return undefined;
    const out: OffEntry = { festival: festival.value, span: this.span(node) };
    for (const [k, v] of Object.entries(entry)) if (v) out[k as "from"] = v;
    return out;
  }

  statute(): StatuteFile | undefined {
    const node = this.doc.get("statute", true) as YamlNode | undefined;
    if (!isMap(node)) {
      this.fail(node, { kind: "statute" });
      return undefined;
    }
    const fields = {
      number: this.string(node, "number"),
      title: this.string(node, "title"),
      signed: this.date(node, "signed"),
      published: this.date(node, "published"),
      effective: this.date(node, "effective"),
      article: this.string(node, "article"),
      text: this.string(node, "text"),
    };
    const list = node.get("holidays", true) as YamlNode | undefined;
    if (!isSeq(list)) this.fail(list ?? node, { kind: "holidays" });
    const holidays = (isSeq(list) ? list.items : []).flatMap((h) => {
      const m = h as YamlNode;
      const festival = isMap(m) ? this.string(m, "festival") : undefined;
      const when = isMap(m) ? this.string(m, "when") : undefined;
      const days = isMap(m) ? (m.get("days", true) as YamlNode | undefined) : undefined;
      if (!isScalar(days) || !Number.isInteger(days.value)) this.fail(days ?? m, { kind: "days" });
      return festival && when && isScalar(days) && Number.isInteger(days.value)
        ? [{ festival: festival.value, when: when.value, days: days.value as number, span: this.span(m) }]
        : [];
    });
    const { number, title, signed, published, effective, article, text } = fields;
    if (this.failed || !number || !title || !signed || !published || !effective || !article || !text) return undefined;
    return { file: this.file, number, title, signed, published, effective, article, holidays, text: text.value, span: this.span(node) };
  }

  private string(map: YamlNode, key: string): Located<string> | undefined {
    const node = (map as unknown as { get(k: string, keep: true): YamlNode | undefined }).get(key, true);
    if (!isScalar(node) || typeof node.value !== "string" || !node.value.trim()) {
      this.fail(node ?? map, { kind: "text", key });
      return undefined;
    }
    return { value: node.value.trim(), span: this.span(node) };
  }

  private date(map: YamlNode, key: string): Located<Day> | undefined {
    const node = (map as unknown as { get(k: string, keep: true): YamlNode | undefined }).get(key, true);
    if (node) return this.dateNode(node);
    this.fail(map, { kind: "date", key });
    return undefined;
  }

  private dateNode(node: YamlNode): Located<Day> | undefined {
    const day = isScalar(node) && typeof node.value === "string" ? isoDay(node.value) : undefined;
    if (day === undefined) {
      this.fail(node, isScalar(node) ? { kind: "not a date", written: JSON.stringify(node.value) } : { kind: "not a date" });
      return undefined;
    }
    return { value: day, span: this.span(node) };
  }
}
