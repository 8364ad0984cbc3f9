// A worker's share of `regc batch`: each case validated, converted and evaluated exactly as `regc run` does
// (runCase's steps), written as one JSON line, and added to the chunk's summary and report rows.
import { CaseError, RuleError } from "../../runtime/errors.js";
import { validateCase } from "../../runtime/case-input.js";
import { calendarFor, convertClaimsCase, evaluateClaims, evaluateFacts, formatOutputs, outputStatusOf, policyName, type AnyModule, type ClaimOutcome, type ClaimsCase, type FactsCase } from "../../runtime/evaluate.js";
import { claimsJson } from "../../runtime/result-json.js";
import type { ReportRow } from "./report.js";
import { casesOf } from "./cases.js";
import type { Chunk, EvaluatePart, WorkerSetup } from "./protocol.js";
import { parseCase, personIdOf } from "./parse-case.js";
import { ChunkSummary } from "./summary.js";

const encoder = new TextEncoder();

export function evaluateChunk(mod: AnyModule, setup: WorkerSetup, chunk: Chunk): EvaluatePart {
  const summary = new ChunkSummary();
  const problems: string[] = [];
  const rows: ReportRow[] = [];
  // The result lines, each `{"line":…,"person":…,"policy":…,"claims":[…]}` as JSON.stringify writes them.
  const out: string[] = [];
  const policy = JSON.stringify(policyName(mod));
  const calendar = calendarFor(setup, false);
  for (const c of casesOf(chunk, setup.format, setup.header)) {
    const parsed = parseCase(mod, setup, c);
    if ("problem" in parsed) {
      summary.invalid();
      problems.push(`line ${c.line}: $: ${parsed.problem}`);
      out.push(JSON.stringify({ line: c.line, invalid: [{ path: "$", message: parsed.problem }] }));
      continue;
    }
    const json = parsed.json;
    const person = personIdOf(json);
    const head = `{"line":${c.line},${person !== undefined ? `"person":${JSON.stringify(person)},` : ""}`;
    try {
      validateCase(mod, json);
      if (mod.meta.mode === "facts") {
        // A procedural policy's case: one date and its facts, written as `regc run` writes its result.
        const o = evaluateFacts(mod, json as FactsCase, calendar, false);
        summary.add([o]);
        const status = outputStatusOf(o);
        out.push(`${head}"policy":${policy},"status":"${o.status}","outputs":${JSON.stringify(o.outputs ? formatOutputs(mod, o.outputs, o.status, o.unknown) : {})}${status ? `,"outputStatus":${JSON.stringify(status)}` : ""}}`);
        continue;
      }
      const converted = convertClaimsCase(mod, json as ClaimsCase);
      const outcomes = evaluateClaims(mod, converted.person, converted.claims, false, calendar);
      summary.add(outcomes);
      out.push(`${head}"policy":${policy},"claims":${claimsJson(mod, outcomes)}}`);
      if (setup.report) addRows(rows, json as ClaimsCase, outcomes, person ?? `line ${c.line}`);
    } catch (e) {
      if (e instanceof CaseError) {
        summary.invalid();
        for (const issue of e.issues) problems.push(`line ${c.line}: ${issue.path}: ${issue.message}`);
        out.push(`${head}"invalid":${JSON.stringify(e.issues)}}`);
      } else if (e instanceof RuleError) {
        summary.error();
        problems.push(`line ${c.line}: cannot evaluate: ${e.message}`);
        out.push(`${head}"error":${JSON.stringify(e.message)}}`);
      } else throw e;
    }
  }
  return { seq: chunk.seq, bytes: encoder.encode(out.length ? out.join("\n") + "\n" : ""), summary: summary.finish(), problems, rows };
}

function addRows(rows: ReportRow[], json: ClaimsCase & { person?: { district?: unknown } }, outcomes: readonly ClaimOutcome[], personId: string): void {
  const district = typeof json.person?.district === "string" ? json.person.district : "";
  outcomes.forEach((o, i) => rows.push({ personId, district, date: json.claims[i]!.date, category: o.category, status: o.status, outputs: o.outputs ?? {} }));
}
