// `regc status <policy> --on <date>`: whether a document is in force that day and what decides it — its own
// dates, an extension, an amendment or a repeal by another document (compiler/lifecycle/periods.ts); "unknown" where
// the texts do not print the dates that decide it (RULINGS R11). With `--known-on`, the answer as the law stood
// that day, naming the act that decides it and the later ones left out, as fields.
import { isIsoDate } from "../../runtime/date.js";
import * as say from "../messages/usage.js";
import { policyRoots } from "../../compiler/program.js";
import { decidedLater, statusOn } from "../../compiler/lifecycle/periods.js";
import { loadLifecycle } from "../../compiler/lifecycle/load.js";
import { resolveDocument } from "../../compiler/query/resolve-policy.js";
import { requireDate } from "../calendar-options.js";
import { messageLang, projectOptions, projectPath, UsageError, type Io } from "../io.js";
import { calendarLastDay } from "../../compiler/calendar/horizon.js";
import { loadCalendar } from "../../compiler/calendar/index.js";
import { byCodePoint } from "../../dsl/text-order.js";

export async function statusCommand(root: string, policy: string, opts: { on: string; knownOn?: string; policies?: string[] }, io: Io): Promise<number> {
  if (!isIsoDate(opts.on)) throw new UsageError(say.dateExpected({ flag: "--on", got: opts.on }));
  if (opts.knownOn !== undefined) requireDate(opts.knownOn, "--known-on");
  const options = projectOptions(root, opts);
  const { lifecycle, documentOf } = loadLifecycle(root, options);
  const asPath = projectPath(root, policy);
  const found = resolveDocument(lifecycle.documents, policy, asPath && documentOf.get(asPath));
  if (found.kind === "unknown") {
    throw new UsageError(say.unknownDocument({ name: policy, meant: found.suggestions, known: [...lifecycle.documents.keys()].sort(byCodePoint) }));
  }
  const life = found.life;
  const { inForce, reason: why, decidedBy } = statusOn(life, opts.on, opts.knownOn);
  // The reason in the reader's language (`--lang`, else the locale; English when neither says).
  const reason = why[messageLang(io)];
  const known = opts.knownOn === undefined ? {} : { decidedBy, notApplied: decidedLater(life, opts.knownOn) };
  // The last day the official calendar arranges: beyond it, working-day deadlines are calendar_unknown.
  const last = calendarLastDay({ calendar: loadCalendar(root, policyRoots(options)) });
  io.out(
    JSON.stringify(
      {
        policy: life.number,
        on: opts.on,
        ...(opts.knownOn ? { knownOn: opts.knownOn } : {}),
        inForce,
        reason,
        ...known,
        ...(last ? { calendarLastDay: last } : {}),
      },
      null,
      2,
    ) + "\n",
  );
  return 0;
}
