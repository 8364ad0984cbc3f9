// 就高不重复 (RULINGS R7) as a trace records it: each covered category the person holds, with what it gave, and the
// one chosen. Data, not words: a result renders it in the run's language when the trace is printed
// (trace-messages.ts rankingText), and an explanation words it from the same data.
import type { Status } from "./module.js";
import { formatScaled } from "./scaled.js";

/** One category tried: its status, and the output compared (a scaled amount of money) when `ok`. */
export interface CategoryTried {
  readonly category: string;
  readonly status: Status;
  readonly amount: number;
}

/** What a traced claim under 就高不重复 decided; no category tried: the person holds none the policy covers. */
export interface RankingEvent {
  readonly chosen: string | undefined;
  readonly tried: readonly CategoryTried[];
}

/** A category tried, as a result prints it: `amount` (two decimals) only for an `ok` one. */
export interface CategoryJson {
  category: string;
  status: Status;
  amount?: string;
}

/** The trace entry's `ranking`: the chosen category (null when none gave a result) and each one tried, in the policy's order. */
export interface RankingJson {
  chosen: string | null;
  categories: CategoryJson[];
}

export function rankingJson(r: RankingEvent): RankingJson {
  return {
    chosen: r.chosen ?? null,
    categories: r.tried.map((t) =>
      t.status === "ok" ? { category: t.category, status: t.status, amount: formatScaled(t.amount, 2, 2) } : { category: t.category, status: t.status },
    ),
  };
}
