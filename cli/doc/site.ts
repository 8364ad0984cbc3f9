// `regc doc`: a static site of every document the rule files know, for reviewers and citizens. Gathers, per
// 文号, the document block, its resolved period of force, its rule files (the document's own and its parts),
// its gazette text with the coverage of every provision, the rulings relied on and the YAML cases; then
// writes an index and one page per document and per part. Plain files: they open from file://.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { UnitCitations } from "../../compiler/law/citations.js";
import { computeCoverage, type CoverageReport, type DocumentCoverage } from "../../compiler/law/coverage.js";
import { documentInfo, type DocumentInfo } from "../../compiler/lifecycle/document.js";
import type { UnitIr } from "../../compiler/ir/ir.js";
import type { DocumentLife } from "../../compiler/lifecycle/periods.js";
import { relativePath, type Program } from "../../compiler/program.js";
import { rulingsReport, type RulingEntry } from "../../compiler/law/rulings.js";
import type { SourceDoc } from "../../compiler/law/source/index.js";
import { findTestFiles } from "../test-files.js";
import { SEARCH_SCRIPT, STYLESHEET } from "./assets.js";
import { readWorkedCases, type WorkedCases } from "./cases.js";
import { documentHtml, partHtml } from "./document-page.js";
import { dependencyGraph } from "./graph.js";
import { indexHtml } from "./index-page.js";
import { documentPage, partPage } from "./paths.js";
import { byCodePoint } from "../../dsl/text-order.js";

export interface SiteDocument {
  number: string;
  title: string;
  info: DocumentInfo;
  life: DocumentLife;
  /** The document's own rules first (when it has any), then its parts. */
  units: UnitIr[];
  citations: UnitCitations[];
  coverage?: DocumentCoverage;
  source?: { file: string; doc: SourceDoc };
  cases: Map<UnitIr, WorkedCases[]>;
}

/** What every page may need besides its own document. */
export interface SiteContext {
  today: string;
  /** Every rule file's text by path, for quoting the rules. */
  texts: ReadonlyMap<string, string>;
  documents: ReadonlyMap<string, SiteDocument>;
  rulings: readonly RulingEntry[];
  /** Each unit's dependency graph, laid out before any page is written. */
  graphs: ReadonlyMap<UnitIr, string | undefined>;
}

export interface SiteSummary {
  documents: number;
  pages: number;
  /** Problems in the coverage notes, which the site shows as far as they can be read. */
  coverage: CoverageReport;
}

export async function buildSite(program: Program, out: string, today: string): Promise<SiteSummary> {
  const coverage = computeCoverage(program.root, program.citations);
  // The layouts are independent: started together, elkjs's message passing for one overlaps the others.
  const graphs = new Map(await Promise.all(program.units.map(async (u) => [u, await dependencyGraph(u)] as const)));
  const ctx = gather(program, coverage, graphs, today);
  const files = new Map<string, string>([
    ["index.html", indexHtml(ctx)],
    ["assets/site.css", STYLESHEET],
    ["assets/search.js", SEARCH_SCRIPT],
  ]);
  for (const d of ctx.documents.values()) {
    files.set(documentPage(d.number), documentHtml(d, ctx));
    for (const u of d.units) if (u.part) files.set(partPage(d.number, u.part), partHtml(d, u, ctx));
  }
  for (const [path, text] of files) {
    const abs = join(out, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }
  return { documents: ctx.documents.size, pages: [...files.keys()].filter((f) => f.endsWith(".html")).length, coverage };
}

function gather(program: Program, coverage: CoverageReport, graphs: Map<UnitIr, string | undefined>, today: string): SiteContext {
  const cases = readWorkedCases(
    findTestFiles(program.root, []).map((f) => relativePath(program.root, f)),
    program.root,
  );
  const documents = new Map<string, SiteDocument>();
  for (const f of program.files) {
    const h = f.ast?.header;
    if (h?.kind !== "DocumentDecl") continue;
    const life = program.lifecycle.documents.get(h.number.value);
    if (!life || documents.has(life.number)) continue;
    const units = program.units
      .filter((u) => u.number === life.number)
      .sort((a, b) => (a.part ? 1 : 0) - (b.part ? 1 : 0) || byCodePoint(a.part ?? "", b.part ?? ""));
    const source = program.citations.sources.get(life.number);
    const cov = coverage.documents.find((c) => c.number === life.number);
    documents.set(life.number, {
      number: life.number,
      title: life.title,
      info: documentInfo(h, []),
      life,
      units,
      citations: program.citations.units.filter((u) => u.number === life.number),
      ...(cov ? { coverage: cov } : {}),
      ...(source ? { source: { file: source.file, doc: source.doc } } : {}),
      cases: new Map(units.map((u) => [u, cases.filter((c) => c.policy === (u.part ? `${u.number}/${u.part}` : u.number))])),
    });
  }
  const sorted = new Map([...documents].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    today,
    texts: new Map(program.files.map((f) => [f.file, f.text])),
    documents: sorted,
    rulings: rulingsReport(program.citations, program.rulings).rulings,
    graphs,
  };
}
