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

function options(calendar: CalendarData, given: PackageRunOptions): RunOptions {
  return { ...given, trace: given.trace ?? true, calendar: calendarDataFor(calendar, given.provisionalCalendar === true) };
}

/** `run` for one policy's module. */
export function policyRun<O>(module: AnyModule, calendar: CalendarData): (input: unknown, given?: PackageRunOptions) => Named<ClaimsResult | FactsResult, O> {
  return (input, given = {}) => runCase(module, input, options(calendar, given)) as Named<ClaimsResult | FactsResult, O>;
}

/** `run` for a plan: each claim routed to the version in force on its date. */
export function planRun<O>(
  spec: PlanSpec,
  modules: Readonly<Record<string, AnyModule>>,
  calendar: CalendarData,
): (input: unknown, given?: PackageRunOptions) => Named<PlanRun["result"], O> {
  const loaded = { spec, modules: new Map(Object.entries(modules)) };
  return (input, given = {}) => runPlanCase(loaded, input, options(calendar, given)).result as Named<PlanRun["result"], O>;
}
