// What the package's policy entries give for throughput (`runColumns` of `regc/policies/<文号>`, written by
// `npm run build`): many cases of one claims policy, each validated and converted exactly as `run` does, then
// every person's claims through the untraced claim loop (evaluateInto, the module's own claimsInto where it has
// one) into typed columns. The statuses and amounts are those `run` gives claim by claim; no trace is kept.
import type { CalendarData } from "./calendar-data.js";
import { calendarDataFor } from "./calendar-data.js";
import { validateCase } from "./case-input.js";
import { CASE_MESSAGES } from "./case-messages.js";
import type { OutcomeColumns } from "./claim-loop.js";
import { CaseError, RuleError } from "./errors.js";
import { calendarFor, convertClaimsCase, evaluateInto, PersonContext, type AnyModule, type ClaimsCase, type ConvertedClaim } from "./evaluate.js";
import type { OutputSpec } from "./module.js";
import { readOpening, type Opening } from "./opening.js";

/** An output's column: its name and how its values are held (see PolicyColumns.outputs). */
export type OutputColumn = Pick<OutputSpec, "name" | "type" | "scale">;

/**
 * The claims of many cases, one row per claim, case after case in the order given, each case's claims in its
 * order. `status[row]` is a code of STATUS_CODES (0 = "ok"). `outputs[row * width + k]` is output `k` of
 * `columns` as an exact number: money in 分 (an integer; a Float64Array holds integers exactly up to 2^53 分),
 * a rate as its decimal value × 10^scale (an integer), an int as itself, a flag as 1 or 0, a date as days since
 * 1970-01-01. Every output of a claim that is not `ok` is 0 (where `run` writes "0.00", false, null or, for
 * `not_in_force`, no outputs). Only the first `rows` rows are this call's.
 */
export interface PolicyColumns extends OutcomeColumns {
  rows: number;
  /** The outputs in column order. */
  columns: readonly OutputColumn[];
  /** The case (person) of each row: its index in the list given. */
  person: Uint32Array;
  /** The claim of each row: its index in its case's `claims`. */
  claim: Uint32Array;
  /** The claim's `id` of each row. */
  ids: string[];
}

/**
 * `knownOn` (YYYY-MM-DD) as `run` takes it; `into`: columns an earlier call of the same `runColumns` returned, filled
 * again when they have room for every claim (otherwise new columns are returned; the result is always the columns to read).
 */
export interface ColumnsOptions {
  knownOn?: string;
  into?: PolicyColumns;
}

/** A validated, converted case. */
interface Ready {
  person: Record<string, unknown>;
  claims: ConvertedClaim[];
  opening: Opening;
}

/** `runColumns` for one claims policy's module, with the official calendar of the build. */
export function policyColumns(module: AnyModule, data: CalendarData): (cases: readonly unknown[], options?: ColumnsOptions) => PolicyColumns {
  const known = calendarDataFor(data, false);
  const columns: readonly OutputColumn[] = module.outputs.map((o) => ({ name: o.name, type: o.type, scale: o.scale }));
  return (cases, options = {}) => {
    if (!Array.isArray(cases)) throw new CaseError([{ path: "$", message: CASE_MESSAGES.listOfCases }]);
    // Every case is checked before any row is written: a bad case leaves `into` as it was.
    const ready: Ready[] = [];
    let rows = 0;
    for (let i = 0; i < cases.length; i++) {
      const r = inCase(i, () => prepare(module, cases[i]));
      ready.push(r);
      rows += r.claims.length;
    }
    const into = options.into;
    const out = into !== undefined && into.columns === columns && into.status.length >= rows ? into : columnsFor(columns, rows);
    out.rows = rows;
    out.ids.length = rows;
    const cx = new PersonContext(calendarFor({ calendar: known, ...(options.knownOn ? { knownOn: options.knownOn } : {}) }, false));
    let row = 0;
    for (let i = 0; i < ready.length; i++) {
      const { person, claims, opening } = ready[i]!;
      const first = row;
      row = inCase(i, () => evaluateInto(module, person, claims, cx, out, first, opening));
      for (let k = 0; k < claims.length; k++) {
        out.person[first + k] = i;
        out.claim[first + k] = k;
        out.ids[first + k] = claims[k]!.id;
      }
    }
    return out;
  };
}

function prepare(module: AnyModule, json: unknown): Ready {
  validateCase(module, json);
  const { person, claims } = convertClaimsCase(module, json as ClaimsCase);
  return { person, claims, opening: readOpening((json as ClaimsCase).ledgers) };
}

function columnsFor(columns: readonly OutputColumn[], rows: number): PolicyColumns {
  const width = columns.length;
  return {
    rows,
    width,
    status: new Uint8Array(rows),
    outputs: new Float64Array(rows * width),
    columns,
    person: new Uint32Array(rows),
    claim: new Uint32Array(rows),
    ids: new Array<string>(rows),
  };
}

/** Runs `f` for the case at `index`; the JSON paths of what it throws are made paths into the list of cases. */
function inCase<T>(index: number, f: () => T): T {
  try {
    return f();
  } catch (e) {
    const at = (path: string) => `$[${index}]${path.slice(1)}`;
    if (e instanceof CaseError) throw new CaseError(e.problems.map((p) => ({ path: at(p.path), message: p.message })));
    if (e instanceof RuleError && e.claim) {
      e.claim = { ...e.claim, path: at(e.claim.path) };
      e.message = e.inLang("zh");
    }
    throw e;
  }
}
