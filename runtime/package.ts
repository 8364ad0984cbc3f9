// What the package's entries give (`regc/policies/<文号>`, `regc/plans/<plan>`, written by `npm run build`):
// `run(case)` on one policy or a plan with the official calendar of the build, returning the result `regc run`
// prints. A case that fails validation throws CaseError, whose `issues` name every JSON path.
// A claims policy's entry also has `runColumns`, many cases into typed columns (runtime/package-columns.ts).
import { calendarDataFor, type CalendarData } from "./calendar-data.js";
import { runCase, type AnyModule, type ClaimsResult, type FactsResult, type OutputValues, type RunOptions } from "./evaluate.js";
import { runPlanCase, type PlanRun, type PlanSpec } from "./plan.js";

/**
 * `trace` (default true), `knownOn` (YYYY-MM-DD) and `provisionalCalendar`, as `regc run` takes them, and `lang`
 * ("zh", the default, or "en"): the language of the result's reasons.
 */
export type PackageRunOptions = Pick<RunOptions, "trace" | "knownOn" | "provisionalCalendar" | "lang">;

type NamedOutputs<O> = { [K in keyof O]: OutputValues[string] };

/** A result whose outputs are named by the policy's `Outputs` type. */
export type Named<R, O> = R extends { claims: (infer C)[] }
  ? Omit<R, "claims"> & { claims: (Omit<C, "outputs"> & { outputs: NamedOutputs<O> })[] }
  : R extends { outputs: unknown }
    ? Omit<R, "outputs"> & { outputs: NamedOutputs<O> }
    : R;

/**
 * The run options for `given`, with the entry's calendar data as official or provisional: each made once per entry,
 * since the evaluation keeps the calendar it builds from the data by the data's identity.
 */
function optionsFor(calendar: CalendarData): (given: PackageRunOptions) => RunOptions {
  const official = calendarDataFor(calendar, false);
  const provisional = calendarDataFor(calendar, true);
  return (given) => ({ ...given, trace: given.trace ?? true, calendar: given.provisionalCalendar === true ? provisional : official });
}

/** `run` for one policy's module. */
export function policyRun<O>(module: AnyModule, calendar: CalendarData): (input: unknown, given?: PackageRunOptions) => Named<ClaimsResult | FactsResult, O> {
  const options = optionsFor(calendar);
  return (input, given = {}) => runCase(module, input, options(given)) as Named<ClaimsResult | FactsResult, O>;
}

/** `run` for a plan: each claim routed to the version in force on its date. */
export function planRun<O>(
  spec: PlanSpec,
  modules: Readonly<Record<string, AnyModule>>,
  calendar: CalendarData,
): (input: unknown, given?: PackageRunOptions) => Named<PlanRun["result"], O> {
  const loaded = { spec, modules: new Map(Object.entries(modules)) };
  const options = optionsFor(calendar);
  return (input, given = {}) => runPlanCase(loaded, input, options(given)).result as Named<PlanRun["result"], O>;
}
