// A worker's share of `regc batch`: each case validated, converted and evaluated exactly as `regc run` does
// (runCase's steps), written as one JSON line, and added to the chunk's summary and report rows.
import { CaseError, RuleError } from "../../runtime/errors.js";
import { validateCase } from "../../runtime/case-input.js";
import { claimResult, convertClaimsCase, evaluateClaims, policyName, type AnyModule, type ClaimsCase } from "../../runtime/evaluate.js";
import type { ReportRow } from "./report.js";
import { casesOf } from "./cases.js";
import type { Chunk, EvaluatePart, WorkerSetup } from "./protocol.js";
import { parseCase, personIdOf } from "./parse-case.js";
import { addOutcomes, emptySummary } from "./summary.js";

const encoder = new TextEncoder();

export function evaluateChunk(mod: AnyModule, setup: WorkerSetup, chunk: Chunk): EvaluatePart {
  const summary = emptySummary();
  const problems: string[] = [];
  const rows: ReportRow[] = [];
  const out: string[] = [];
  const policy = policyName(mod);
  for (const c of casesOf(chunk, setup.format, setup.header)) {
    const parsed = parseCase(mod, setup, c);
    if ("problem" in parsed) {
      summary.invalid++;
      problems.push(`line ${c.line}: $: ${parsed.problem}`);
      out.push(JSON.stringify({ line: c.line, invalid: [{ path: "$", message: parsed.problem }] }));
      continue;
    }
    const json = parsed.json;
    const person = personIdOf(json);
    try {
      validateCase(mod, json);
      const converted = convertClaimsCase(mod, json as ClaimsCase);
      const outcomes = evaluateClaims(mod, converted.person, converted.claims, false);
      addOutcomes(summary, outcomes);
      const claims = outcomes.map((o) => claimResult(mod, o, { trace: false }));
      out.push(JSON.stringify({ line: c.line, ...(person !== undefined ? { person } : {}), policy, claims }));
      if (setup.report) {
        const raw = json as ClaimsCase & { person?: { district?: unknown } };
        const district = typeof raw.person?.district === "string" ? raw.person.district : "";
        outcomes.forEach((o, i) => rows.push({ personId: person ?? `line ${c.line}`, district, date: raw.claims[i]!.date, category: o.category, status: o.status, outputs: o.outputs ?? {} }));
      }
    } catch (e) {
      if (e instanceof CaseError) {
        summary.invalid++;
        for (const issue of e.issues) problems.push(`line ${c.line}: ${issue.path}: ${issue.message}`);
        out.push(JSON.stringify({ line: c.line, ...(person !== undefined ? { person } : {}), invalid: e.issues }));
      } else if (e instanceof RuleError) {
        summary.errors++;
        problems.push(`line ${c.line}: cannot evaluate: ${e.message}`);
        out.push(JSON.stringify({ line: c.line, ...(person !== undefined ? { person } : {}), error: e.message }));
      } else throw e;
    }
  }
  return { seq: chunk.seq, bytes: encoder.encode(out.length ? out.join("\n") + "\n" : ""), summary, problems, rows };
}
