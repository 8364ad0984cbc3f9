// `regc status <policy> --on <date>`: whether a document is in force that day and what decides it — its own
// dates, an extension, an amendment or a repeal by another document (compiler/lifecycle.ts).
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { isIsoDate } from "../../runtime/date.js";
import { POLICY_DIR, relativePath } from "../../compiler/program.js";
import { statusOn } from "../../compiler/lifecycle.js";
import { loadLifecycle } from "../../compiler/lifecycle-load.js";
import { didYouMean } from "../../dsl/suggest.js";
import { UsageError, type Io } from "../io.js";
import { calendarLastDay } from "../../compiler/calendar/horizon.js";
import { loadCalendar } from "../../compiler/calendar/index.js";

export async function statusCommand(root: string, policy: string, opts: { on: string }, io: Io): Promise<number> {
  if (!isIsoDate(opts.on)) throw new UsageError(`--on expects a date YYYY-MM-DD, got "${opts.on}"`);
  const { lifecycle, documentOf } = loadLifecycle(root);
  const documents = lifecycle.documents;
  const asPath = existsSync(resolve(root, policy)) ? relativePath(root, resolve(root, policy)) : undefined;
  const number = documents.has(policy) ? policy : asPath && documentOf.get(asPath);
  const life = number ? documents.get(number) : undefined;
  if (!life) {
    const hint = didYouMean(policy, documents.keys());
    throw new UsageError(`unknown document "${policy}"${hint ? ` (${hint})` : ""}; known: ${[...documents.keys()].sort().join(", ")}`);
  }
  const { inForce, reason } = statusOn(life, opts.on);
  // The last day the official calendar arranges: beyond it, working-day deadlines are calendar_unknown.
  const last = calendarLastDay({ calendar: loadCalendar(root, [POLICY_DIR]) });
  io.out(JSON.stringify({ policy: life.number, on: opts.on, inForce, reason, ...(last ? { calendarLastDay: last } : {}) }, null, 2) + "\n");
  return 0;
}
