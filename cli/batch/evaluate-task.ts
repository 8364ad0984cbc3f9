// A worker's share of `regc batch`: each case evaluated (under a plan, each claim routed to its version) and
// written as one JSON line (case-line.ts), and added to the chunk's summary and report rows.
import { calendarFor, policyName, type AnyModule, type ClaimOutcome, type ClaimsCase } from "../../runtime/evaluate.js";
import { atLine, CANNOT_EVALUATE } from "../messages/problems.js";
import { langOf } from "../../runtime/lang.js";
import type { LoadedPlan } from "../../runtime/plan.js";
import { caseLine } from "./case-line.js";
import type { ReportRow } from "./report.js";
import { casesOf } from "./cases.js";
import type { Chunk, EvaluatePart, WorkerSetup } from "./protocol.js";
import { parseCase } from "./parse-case.js";
import { ChunkSummary } from "./summary.js";

const encoder = new TextEncoder();

export function evaluateChunk(mods: AnyModule[], setup: WorkerSetup, chunk: Chunk): EvaluatePart {
  const summary = new ChunkSummary();
  const problems: string[] = [];
  const rows: ReportRow[] = [];
  // The result lines, each `{"line":…,"person":…,"policy":…,"claims":[…]}` as JSON.stringify writes them.
  const out: string[] = [];
  const plan: LoadedPlan | undefined = setup.plan && { spec: setup.plan.spec, modules: new Map(setup.plan.ids.map((id, i) => [id, mods[i]!])) };
  // A plan's CSV columns are those of its latest version.
  const mod = mods[mods.length - 1]!;
  const policy = JSON.stringify(plan ? plan.spec.name : policyName(mod));
  const calendar = calendarFor(setup, false);
  // results in the run's language (Chinese unless one was chosen); problems on stderr as the command line speaks
  const lang = langOf(setup);
  const said = setup.lang ?? "en";
  const routing = plan && { plan, options: { calendar: setup.calendar, ...(setup.knownOn ? { knownOn: setup.knownOn } : {}), lang } };
  for (const c of casesOf(chunk, setup.format, setup.header)) {
    const r = caseLine(mod, policy, c.line, parseCase(mod, setup, c), calendar, lang, routing);
    out.push(r.text);
    if (r.kind === "ok") {
      summary.add(r.outcomes);
      if (setup.report && !plan && mod.meta.mode === "claims") addRows(rows, r.json, r.outcomes, r.person ?? `line ${c.line}`);
    } else if (r.kind === "invalid") {
      summary.invalid();
      for (const issue of r.error?.inLang(said) ?? r.issues) problems.push(atLine(said, c.line, `${issue.path}: ${issue.message}`));
    } else {
      summary.error();
      problems.push(atLine(said, c.line, `${CANNOT_EVALUATE[said]}${r.error.inLang(said)}`));
    }
  }
  return { seq: chunk.seq, bytes: encoder.encode(out.length ? out.join("\n") + "\n" : ""), summary: summary.finish(), problems, rows };
}

function addRows(rows: ReportRow[], json: ClaimsCase & { person?: { district?: unknown } }, outcomes: readonly ClaimOutcome[], personId: string): void {
  const district = typeof json.person?.district === "string" ? json.person.district : "";
  outcomes.forEach((o, i) => rows.push({ personId, district, date: json.claims[i]!.date, category: o.category, status: o.status, outputs: o.outputs ?? {} }));
}
