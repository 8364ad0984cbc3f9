// One case of a batch evaluated as `regc run` would (validation, conversion, evaluation) and written as one
// line of a result file: `{"line":…,"person":…,"policy":…,"claims":[…]}` as JSON.stringify writes it (for a
// facts policy `"status"` and `"outputs"` instead of `"claims"`), or `{"line":…,"invalid":[…]}` for a case that
// fails validation, `{"line":…,"error":…}` for one a rule cannot decide. `regc batch`'s workers and the HTTP
// service's `/batch` write the same lines.
import type { Calendar } from "../../runtime/calendar.js";
import type { Lang } from "../../runtime/lang.js";
import { CaseError, RuleError } from "../../runtime/errors.js";
import { validateCase } from "../../runtime/case-input.js";
import {
  convertClaimsCase,
  evaluateClaims,
  evaluateFacts,
  formatOutputs,
  outputStatusOf,
  type AnyModule,
  type ClaimOutcome,
  type ClaimsCase,
  type FactsCase,
  type RunOptions,
} from "../../runtime/evaluate.js";
import { readOpening } from "../../runtime/opening.js";
import { runPlanCase, type LoadedPlan } from "../../runtime/plan.js";
import { claimsJson } from "../../runtime/result-json.js";
import { personIdOf, type ParsedCase } from "./parse-case.js";

export type Issue = { path: string; message: string };

export type CaseLine =
  | { kind: "ok"; text: string; json: ClaimsCase; person: string | undefined; outcomes: ClaimOutcome[] }
  | { kind: "invalid"; text: string; issues: Issue[]; error?: CaseError }
  | { kind: "error"; text: string; error: RuleError };

/**
 * `policy`: the policy's name as JSON text, written into every line. `routing`: a plan, whose claims are each
 * evaluated under the version in force on their dates, as `regc run` writes its result.
 */
export function caseLine(
  mod: AnyModule,
  policy: string,
  line: number,
  parsed: ParsedCase,
  calendar: Calendar,
  lang: Lang,
  routing?: { plan: LoadedPlan; options: RunOptions },
): CaseLine {
  if ("problem" in parsed) {
    const error = new CaseError([{ path: "$", message: parsed.problem }]);
    return { kind: "invalid", text: JSON.stringify({ line, invalid: error.issues }), issues: error.issues, error };
  }
  const json = parsed.json;
  const person = personIdOf(json);
  const head = `{"line":${line},${person !== undefined ? `"person":${JSON.stringify(person)},` : ""}`;
  try {
    if (routing) {
      const run = runPlanCase(routing.plan, json, routing.options);
      return { kind: "ok", text: `${head}${JSON.stringify(run.result).slice(1)}`, json: json as ClaimsCase, person, outcomes: run.outcomes };
    }
    validateCase(mod, json);
    if (mod.meta.mode === "facts") {
      // A procedural policy's case: one date and its facts, written as `regc run` writes its result.
      const o = evaluateFacts(mod, json as FactsCase, calendar, false);
      const status = outputStatusOf(o, lang);
      const outputs = JSON.stringify(o.outputs ? formatOutputs(mod, o.outputs, o.status, o.unknown) : {});
      return {
        kind: "ok",
        text: `${head}"policy":${policy},"status":"${o.status}","outputs":${outputs}${status ? `,"outputStatus":${JSON.stringify(status)}` : ""}}`,
        json: json as ClaimsCase,
        person,
        outcomes: [o],
      };
    }
    const converted = convertClaimsCase(mod, json as ClaimsCase);
    const outcomes = evaluateClaims(mod, converted.person, converted.claims, false, calendar, readOpening((json as ClaimsCase).ledgers));
    return { kind: "ok", text: `${head}"policy":${policy},"claims":${claimsJson(mod, outcomes, lang)}}`, json: json as ClaimsCase, person, outcomes };
  } catch (e) {
    if (e instanceof CaseError) return { kind: "invalid", text: `${head}"invalid":${JSON.stringify(e.issues)}}`, issues: e.issues, error: e };
    if (e instanceof RuleError) {
      return { kind: "error", text: `${head}"error":${JSON.stringify(e.inLang(lang))}}`, error: e };
    }
    throw e;
  }
}
