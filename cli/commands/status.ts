// `regc status <policy> --on <date>`: whether a document is in force that day and what decides it — its own
// dates, an extension, an amendment or a repeal by another document (compiler/lifecycle/periods.ts).
import { isIsoDate } from "../../runtime/date.js";
import { POLICY_DIR } from "../../compiler/program.js";
import { statusOn } from "../../compiler/lifecycle/periods.js";
import { loadLifecycle } from "../../compiler/lifecycle/load.js";
import { resolveDocument } from "../../compiler/query/resolve-policy.js";
import { meant } from "../../dsl/suggest.js";
import { projectPath, UsageError, type Io } from "../io.js";
import { calendarLastDay } from "../../compiler/calendar/horizon.js";
import { loadCalendar } from "../../compiler/calendar/index.js";
import { byCodePoint } from "../../dsl/text-order.js";

export async function statusCommand(root: string, policy: string, opts: { on: string }, io: Io): Promise<number> {
  if (!isIsoDate(opts.on)) throw new UsageError(`--on expects a date YYYY-MM-DD, got "${opts.on}"`);
  const { lifecycle, documentOf } = loadLifecycle(root);
  const asPath = projectPath(root, policy);
  const found = resolveDocument(lifecycle.documents, policy, asPath && documentOf.get(asPath));
  if (found.kind === "unknown") {
    const hint = found.suggestions.length ? meant(found.suggestions) : undefined;
    throw new UsageError(`unknown document "${policy}"${hint ? ` (${hint})` : ""}; known: ${[...lifecycle.documents.keys()].sort(byCodePoint).join(", ")}`);
  }
  const life = found.life;
  const { inForce, reason } = statusOn(life, opts.on);
  // The last day the official calendar arranges: beyond it, working-day deadlines are calendar_unknown.
  const last = calendarLastDay({ calendar: loadCalendar(root, [POLICY_DIR]) });
  io.out(JSON.stringify({ policy: life.number, on: opts.on, inForce, reason, ...(last ? { calendarLastDay: last } : {}) }, null, 2) + "\n");
  return 0;
}
