// `regc impact <old> <new> --cases <file>`: what a change of plan does to the same people. Both versions run on
// every case; the report gives the totals of one output (default `total`) under each, how many people are
// better or worse off, and the largest changes, each with the provision that caused it. As text, JSON
// (`--json` is --format json) or Markdown for a pull-request comment; with `--base <dir>`, the old version is
// the one in another checkout (the branch a pull request goes into). Each version judges a claim by its own
// dates; with `--as-if`, each is evaluated as if it governed every claim (the question asked before a reform
// takes effect: what would it have cost last year).
import { existsSync } from "node:fs";
import * as say from "../messages/usage.js";
import { resolve } from "node:path";
import type { Change } from "../batch/impact-task.js";
import { problemPrinter } from "../batch/problems.js";
import { preparePolicies } from "../batch/prepare.js";
import { runImpact, type Impact } from "../batch/run-impact.js";
import { formatBig, money, signed } from "../batch/summary.js";
import { withBaseProject } from "../batch/base-project.js";
import type { BatchPolicy } from "../batch/load.js";
import { projectCalendar } from "../calendar-options.js";
import { chooseFormat, projectOptions, reportLang, UsageError, type Io } from "../io.js";
import * as words from "../messages/reports.js";
import type { Lang } from "../../dsl/lang.js";
import { impactMarkdown } from "../reports/impact-markdown.js";

export interface ImpactFlags {
  cases: string;
  output?: string;
  top: string;
  workers?: string;
  json?: boolean;
  format?: string;
  /** Where each person's comparison goes (JSON Lines, CSV or Parquet by its extension). */
  out?: string;
  /** Another checkout of the project, whose policies/ the old version is read from. */
  base?: string;
  asIf?: boolean;
  policies?: string[];
}

const FORMATS = ["text", "json", "markdown"] as const;

export async function impactCommand(root: string, oldPolicy: string, newPolicy: string, opts: ImpactFlags, io: Io): Promise<number> {
  if (!opts.base) return compareVersions(root, root, oldPolicy, newPolicy, opts, io);
  return withBaseProject(root, opts.base, (base) => compareVersions(root, base, oldPolicy, newPolicy, opts, io));
}

/** `oldRoot`: the project the old version is read from (the same project, or the one --base made). */
async function compareVersions(root: string, oldRoot: string, oldPolicy: string, newPolicy: string, opts: ImpactFlags, io: Io): Promise<number> {
  const format = chooseFormat(FORMATS, opts);
  const cases = resolve(root, opts.cases);
  if (!existsSync(cases)) throw new UsageError(say.caseFileNotFound({ file: opts.cases }));
  const top = Number(opts.top);
  if (!Number.isInteger(top) || top < 0) throw new UsageError(say.wholeNumber({ flag: "--top", min: 0, got: opts.top }));
  const workers = opts.workers === undefined ? undefined : Number(opts.workers);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 1))
    throw new UsageError(say.wholeNumber({ flag: "--workers", min: 1, got: opts.workers! }));
  const drafts = projectOptions(root, opts).policies;
  const [before, after] =
    (oldRoot === root
      ? await preparePolicies(root, [oldPolicy, newPolicy], io, drafts, true)
      : await preparedApart(oldRoot, oldPolicy, root, newPolicy, io, drafts)) ?? [];
  if (!before || !after) return 1;
  const output = opts.output ?? "total";
  for (const p of [before, after]) {
    if (p.plan) throw new UsageError(say.impactOfPlan({ id: p.id }));
    const spec = p.loaded[0]!.outputs.find((o) => o.name === output);
    if (spec?.type !== "money") throw new UsageError(say.noMoneyOutput({ id: p.id, output, outputs: p.loaded[0]!.outputs.map((o) => o.name) }));
  }
  const problems = problemPrinter(io);
  const impact = await runImpact({
    root,
    ...projectCalendar(root, {}, drafts),
    modules: [before.modules[0]!.url, after.modules[0]!.url],
    asIf: opts.asIf === true,
    cases,
    output,
    top,
    ...(workers ? { workers } : {}),
    ...(opts.out ? { out: resolve(root, opts.out) } : {}),
    ...(io.tty ? { progress: io.err } : {}),
    problem: problems.print,
    ...(io.lang ? { lang: io.lang } : {}),
  });
  problems.finish();
  const mode = opts.asIf ? "as-if" : "dated";
  if (format === "json") io.out(JSON.stringify(impactJson(before.id, after.id, output, impact, mode), null, 2) + "\n");
  else if (format === "markdown")
    io.out(
      impactMarkdown(
        { old: before.id, new: after.id, output, label: after.loaded[0]!.outputs.find((o) => o.name === output)?.label, base: opts.base },
        impact,
        reportLang(io, "zh"),
      ),
    );
  else io.out(impactText(before.id, after.id, output, impact, mode, reportLang(io, "en")));
  return impact.totals.skipped ? 1 : 0;
}

/** The old version from one project and the new one from another (--base). */
async function preparedApart(
  oldRoot: string,
  oldPolicy: string,
  root: string,
  newPolicy: string,
  io: Io,
  drafts: readonly string[],
): Promise<BatchPolicy[] | undefined> {
  const before = (await preparePolicies(oldRoot, [oldPolicy], io, [], true))?.[0];
  const after = before && (await preparePolicies(root, [newPolicy], io, drafts, true))?.[0];
  return after && [before, after];
}

function impactJson(oldId: string, newId: string, output: string, { totals: t, top }: Impact, mode: string): object {
  return {
    old: oldId,
    new: newId,
    mode,
    output,
    people: t.cases,
    claims: t.claims,
    skipped: t.skipped,
    oldTotal: formatBig(t.oldTotal, 2),
    newTotal: formatBig(t.newTotal, 2),
    totals: { [oldId]: formatBig(t.oldTotal, 2), [newId]: formatBig(t.newTotal, 2) },
    difference: formatBig(t.newTotal - t.oldTotal, 2),
    betterOff: t.better,
    worseOff: t.worse,
    unchanged: t.same,
    largest: top.map((c) => ({
      line: c.line,
      person: c.person ?? words.personAtLine(c).en,
      old: money(c.old),
      new: money(c.new),
      difference: signed(c.new - c.old),
      claim: c.claim,
      cause: c.cause ?? null,
    })),
  };
}

function impactText(oldId: string, newId: string, output: string, { totals: t, top }: Impact, mode: string, lang: Lang): string {
  const lines = [
    words.impactHead({ old: oldId, new: newId, output, people: t.cases, claims: t.claims, asIf: mode === "as-if" })[lang],
    words.impactTotal({
      old: formatBig(t.oldTotal, 2),
      new: formatBig(t.newTotal, 2),
      difference: `${t.newTotal >= t.oldTotal ? "+" : ""}${formatBig(t.newTotal - t.oldTotal, 2)}`,
    })[lang],
    words.impactCounts({ better: t.better, worse: t.worse, same: t.same })[lang],
  ];
  if (t.skipped) lines.push(words.impactSkipped({ n: t.skipped })[lang]);
  if (top.length) lines.push(words.largestChanges[lang], ...top.map((c) => changeLine(c, lang)));
  return lines.join("\n") + "\n";
}

function changeLine(c: Change, lang: Lang): string {
  const cause = c.cause
    ? words.changeCause({ name: c.cause.name, citation: c.cause.citation, old: c.cause.old ?? "—", new: c.cause.new ?? "—" })[lang]
    : words.noTracedDifference[lang];
  return words.changeLine({
    person: c.person ?? words.personAtLine(c)[lang],
    line: c.line,
    old: money(c.old),
    new: money(c.new),
    difference: signed(c.new - c.old),
    claim: c.claim,
    cause,
  })[lang];
}
