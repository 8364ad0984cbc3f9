// One fuzz input at a time, seeded by its index so that any finding can be replayed alone. A rule-file input
// mutates a real rule file in a small project of its own and runs `regc check` on it as a user would
// (main(), in-process); when the mutant checks clean it is sometimes emitted — the module must have only the
// statements a module has — loaded, and evaluated on a case made from its fields. A case input mutates a
// real case of a real policy and evaluates it as `regc run` and `regc explain` do. What is asserted of every
// input: no uncaught exception and no stack trace, an exit code of 0, 1 or 2, every diagnostic and note at a
// line and column inside its file, every case problem at a JSON path, every run-time error naming the claim
// and the rule, and no input over two seconds.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { ts } from "ts-morph";
import { Random } from "../../bench/random.js";
import { main } from "../../cli/main.js";
import { explainContext } from "../../cli/explain/context.js";
import { explanationHtml } from "../../cli/explain/html.js";
import { explain } from "../../cli/explain/model.js";
import { noticeHtml } from "../../cli/explain/notice.js";
import { explanationText } from "../../cli/explain/text.js";
import { emitUnit } from "../../compiler/build/build.js";
import { calendarData } from "../../compiler/calendar/index.js";
import type { CalendarData } from "../../runtime/calendar-data.js";
import type { UnitIr } from "../../compiler/ir/ir.js";
import { compileProgram, unitId } from "../../compiler/program.js";
import { splitLines, withoutBom } from "../../dsl/lines.js";
import { parseCaseJson } from "../../runtime/case-json.js";
import { formatDay } from "../../runtime/date.js";
import { CaseError, RuleError } from "../../runtime/errors.js";
import { runCase, type AnyModule } from "../../runtime/evaluate.js";
import type { FieldSpec } from "../../runtime/module.js";
import { folderData, type Corpus, type RuleSeed } from "./corpus.js";
import { mutateCase, mutateRuleFile } from "./mutate.js";

/** More than this is a hang (issue 11: no input may take over 2 s). */
export const SLOW_MS = 2000;

export type Problem = "crash" | "exit code" | "unlocated" | "slow" | "run-time error not located" | "injected statement";

export interface Outcome {
  input: number;
  target: "rule file" | "case";
  /** The rule file or the policy the input came from. */
  from: string;
  ms: number;
  exit: number;
  /** A mutant that checked clean was emitted and evaluated. */
  ran?: boolean;
  /** The evaluation stopped with a run-time error (RuleError). */
  ruleError?: boolean;
  problem?: { kind: Problem; detail: string };
}

/** The seed of input `i` of a run seeded `seed` (xmur3-style mixing: neighbouring inputs differ entirely). */
export function inputSeed(seed: number, i: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(i + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

// The message may start with anything a rule file wrote (a 文号 with a leading space, say).
const DIAGNOSTIC = /^(.+?):(\d+):(\d+): (?:error|warning)\[[EW]\d{4}\]: ./;
const NOTE = /^note: (.+?):(\d+):(\d+): /;
const FRAME = /^(?:[ >] *\d+ \||\s+\|)/;
const CHROME = /^(?:help: |\d+ errors?, \d+ warnings?$|checked \d+ polic(?:y|ies): no errors$)/;
const STACK = /^\s+at .+[:(]/m;
const LOCATED_RUN_ERROR = /^(?:\$(?:\.claims\[\d+\] \(claim ".*"\))?): in .+ \(.+, [^,()]+\.policy:\d+:\d+\): \S/s;

export class Fuzzer {
  private readonly projects = new Map<string, string>();
  private readonly modules = new Map<string, Promise<AnyModule>>();
  private readonly units: Map<string, UnitIr>;
  private readonly calendar: CalendarData;

  constructor(
    private readonly corpus: Corpus,
    private readonly seed: number,
    private readonly scratch: string,
    /** How often a mutant that checks clean is emitted, loaded and evaluated. */
    private readonly runShare = 0.1,
    /** An input that takes longer is a finding. */
    private readonly slowMs = SLOW_MS,
  ) {
    this.units = new Map(corpus.program.units.map((u) => [unitId(u), u]));
    this.calendar = calendarData(corpus.program.calendar, { provisional: true });
  }

  /** Loads what the first input would otherwise pay for (the emitter, the TypeScript parser), so it is not timed. */
  async warmUp(): Promise<void> {
    const unit = this.corpus.program.units[0]!;
    strayStatements((await emitUnit(this.corpus.program, unit)).code);
    await this.module(unitId(unit));
  }

  async one(i: number): Promise<Outcome> {
    const r = new Random(inputSeed(this.seed, i));
    return r.chance(0.4) ? this.ruleInput(i, r) : this.caseInput(i, r);
  }

  // ------------------------------------------------------------------ rule files

  private async ruleInput(i: number, r: Random): Promise<Outcome> {
    const seed = r.pick(this.corpus.rules);
    const project = this.projectFor(seed);
    const text = mutateRuleFile(r, seed.text, this.corpus.lines);
    writeFileSync(join(project, seed.file), text);
    const outcome: Outcome = { input: i, target: "rule file", from: seed.file, ms: 0, exit: -1 };
    const started = performance.now();
    let err = "";
    try {
      outcome.exit = await main(["check", seed.file], { cwd: project, out: () => {}, err: (t) => (err += t) });
    } catch (e) {
      outcome.problem = { kind: "crash", detail: stackOf(e) };
    }
    if (!outcome.problem && outcome.exit === 0 && r.chance(this.runShare)) {
      outcome.ran = true;
      outcome.problem = await this.emitAndRun(project, seed, i, r).catch((e: unknown) => ({ kind: "crash" as const, detail: stackOf(e) }));
    }
    outcome.ms = performance.now() - started;
    outcome.problem ??= this.judge(outcome, err, (file) => (file === seed.file ? withoutBom(text) : this.projectText(project, file)));
    return outcome;
  }

  /** A project with the seed's rule files, its folders' texts and notes, the rulings, a runtime to load from. */
  private projectFor(seed: RuleSeed): string {
    let dir = this.projects.get(seed.file);
    if (dir) return dir;
    dir = mkdtempSync(join(this.scratch, "p-"));
    const root = this.corpus.root;
    for (const file of [seed.file, ...seed.needs, "policies/rulings.yaml"]) cpSync(join(root, file), join(dir, file), { recursive: true });
    for (const folder of seed.folders) for (const abs of folderData(root, folder)) cpSync(abs, join(dir, abs.slice(root.length)));
    symlinkSync(join(root, "runtime"), join(dir, "runtime"), "dir");
    symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
    writeFileSync(join(dir, "package.json"), '{ "type": "module", "private": true }\n');
    this.projects.set(seed.file, dir);
    return dir;
  }

  private projectText(project: string, file: string): string | undefined {
    try {
      return withoutBom(readFileSync(join(project, file), "utf8"));
    } catch {
      return undefined;
    }
  }

  /** Emits the mutant, checks the module's statements, loads it and evaluates a case made from its fields. */
  private async emitAndRun(project: string, seed: RuleSeed, i: number, r: Random): Promise<Outcome["problem"]> {
    const program = compileProgram(project, [seed.file]);
    const unit = program.units.find((u) => u.file === seed.file);
    if (!unit) return undefined;
    const emitted = await emitUnit(program, unit);
    const injected = strayStatements(emitted.code);
    if (injected) return { kind: "injected statement", detail: injected };
    const path = join(project, "generated", dirname(unit.moduleName), `fuzz-${i}.ts`);
    mkdirSync(dirname(path), { recursive: true });
    // The module reads its provenance and schema beside itself.
    writeFileSync(path.replace(/\.ts$/, ".provenance.json"), emitted.provenance);
    writeFileSync(path.replace(/\.ts$/, ".schema.json"), emitted.schema);
    writeFileSync(path, emitted.code);
    const mod = ((await import(pathToFileURL(path).href)) as { policy: AnyModule }).policy;
    return this.evaluate(mod, unit, JSON.stringify(caseFor(mod, r)), r).problem;
  }

  // ------------------------------------------------------------------ cases

  private async caseInput(i: number, r: Random): Promise<Outcome> {
    const seed = r.pick(this.corpus.cases);
    const outcome: Outcome = { input: i, target: "case", from: seed.policy, ms: 0, exit: -1 };
    const mod = await this.module(seed.policy);
    const unit = this.units.get(seed.policy)!;
    const text = mutateCase(r, seed.json);
    const started = performance.now();
    const { exit, problem, ruleError } = this.evaluate(mod, unit, text, r);
    outcome.ms = performance.now() - started;
    outcome.exit = exit;
    if (ruleError) outcome.ruleError = true;
    if (problem) outcome.problem = problem;
    else if (outcome.ms > this.slowMs) outcome.problem = { kind: "slow", detail: `${Math.round(outcome.ms)} ms` };
    return outcome;
  }

  private module(policy: string): Promise<AnyModule> {
    let m = this.modules.get(policy);
    if (!m) {
      const unit = this.units.get(policy)!;
      m = import(pathToFileURL(join(this.corpus.root, "generated", `${unit.moduleName}.ts`)).href).then((x: { policy: AnyModule }) => x.policy);
      this.modules.set(policy, m);
    }
    return m;
  }

  /**
   * Evaluates a case's text as `regc run` and `regc explain` do: the exit code they would give, and the
   * problem if the outcome breaks a rule.
   */
  private evaluate(mod: AnyModule, unit: UnitIr, text: string, r: Random): { exit: number; problem?: Outcome["problem"]; ruleError?: boolean } {
    try {
      const json = parseCaseJson(text, "the case");
      // as regc run and explain are called: the project's calendar, sometimes provisional or as known on a day
      const options = {
        calendar: this.calendar,
        ...(r.chance(0.3) ? { provisionalCalendar: true } : {}),
        ...(r.chance(0.2) ? { knownOn: r.pick(["2000-01-01", "2023-06-30", "2099-12-31"]) } : {}),
      };
      const result = runCase(mod, json, { trace: r.chance(0.5), ...options });
      JSON.stringify(result);
      if (r.chance(0.3)) {
        const lang = r.pick(["zh", "en"] as const);
        const x = explain(mod, unit, runCase(mod, json, { trace: true, ...options, lang }), json, explainContext(this.corpus.program, unit), lang);
        explanationText(x);
        explanationHtml(x);
        if (x.lang === "zh") noticeHtml({ ...x, lang: "zh" }, "2024-01-01");
      }
      return { exit: 0 };
    } catch (e) {
      if (e instanceof CaseError) {
        const bad = e.issues.find((x) => !/^\$/.test(x.path) || !x.message.trim());
        return { exit: 1, ...(bad ? { problem: { kind: "unlocated" as const, detail: `case problem without a JSON path: ${JSON.stringify(bad)}` } } : {}) };
      }
      if (e instanceof RuleError)
        return {
          exit: 1,
          ruleError: true,
          ...(LOCATED_RUN_ERROR.test(e.inLang("en")) ? {} : { problem: { kind: "run-time error not located" as const, detail: e.inLang("en") } }),
        };
      return { exit: -1, problem: { kind: "crash", detail: stackOf(e) } };
    }
  }

  // ------------------------------------------------------------------ judging `regc check`

  private judge(outcome: Outcome, err: string, textOf: (file: string) => string | undefined): Outcome["problem"] {
    if (outcome.exit !== 0 && outcome.exit !== 1 && outcome.exit !== 2) return { kind: "exit code", detail: String(outcome.exit) };
    if (STACK.test(err)) return { kind: "crash", detail: err.slice(0, 2000) };
    for (const line of err.split("\n")) {
      if (!line || FRAME.test(line) || CHROME.test(line)) continue;
      const m = DIAGNOSTIC.exec(line) ?? NOTE.exec(line);
      if (!m) return { kind: "unlocated", detail: line.slice(0, 300) };
      const text = textOf(m[1]!);
      const [l, c] = [Number(m[2]), Number(m[3])];
      const lines = text === undefined ? undefined : splitLines(text);
      if (!lines || l < 1 || l > lines.length || c < 1 || c > lines[l - 1]!.length + 1) {
        return {
          kind: "unlocated",
          detail: `${line.slice(0, 200)} (the file has ${lines?.length ?? "no"} lines${lines?.[l - 1] !== undefined ? `, line ${l} has ${lines[l - 1]!.length} characters` : ""})`,
        };
      }
    }
    if (outcome.ms > this.slowMs) return { kind: "slow", detail: `${Math.round(outcome.ms)} ms` };
    return undefined;
  }
}

/** A statement no generated module has: what code injected through a string would look like. */
function strayStatements(code: string): string | undefined {
  const source = ts.createSourceFile("m.ts", code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const parseErrors = (source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
  if (parseErrors.length) return `the module does not parse: ${ts.flattenDiagnosticMessageText(parseErrors[0]!.messageText, " ")}`;
  const kinds = source.statements.map((s) => s.kind);
  const allowed = new Set([
    ts.SyntaxKind.ImportDeclaration,
    ts.SyntaxKind.TypeAliasDeclaration,
    ts.SyntaxKind.VariableStatement,
    ts.SyntaxKind.FunctionDeclaration,
    ts.SyntaxKind.ExportAssignment,
  ]);
  const stray = source.statements.find((s) => !allowed.has(s.kind));
  if (stray) return `a top-level ${ts.SyntaxKind[stray.kind]}: ${stray.getText().slice(0, 200)}`;
  // evaluate(), and under 就高不重复 byCategory() and rankCategories() beside it.
  const functions = source.statements.filter(ts.isFunctionDeclaration).map((f) => f.name?.text);
  const known =
    functions.every((f) => f === "evaluate" || f === "byCategory" || f === "rankCategories") &&
    functions.includes("evaluate") &&
    new Set(functions).size === functions.length;
  if (kinds.filter((k) => k === ts.SyntaxKind.ImportDeclaration).length !== 1 || !known) {
    return "not exactly one import and the functions evaluate (and byCategory, rankCategories)";
  }
  return undefined;
}

/** A case the module's fields accept, on a date the document is in force. */
function caseFor(mod: AnyModule, r: Random): unknown {
  const from = Math.max(mod.meta.inForce.from, 0);
  const to = mod.meta.inForce.to ?? from + 3650;
  const date = () => formatDay(r.int(from, Math.max(from, to)));
  const value = (f: FieldSpec): unknown => {
    const t = f.type;
    switch (t.kind) {
      case "money":
        return r.pick([0, 1, 99.99, 500, 20000, 1e9, "123.45"]);
      case "rate":
      case "decimal":
        return r.pick([0, 0.5, 1, 0.0001]);
      case "int":
      case "duration":
        return r.int(0, 100);
      case "bool":
        return r.chance(0.5);
      case "date":
        return date();
      case "enum":
        return r.pick(Object.keys(t.members));
      case "set":
        return Object.keys(t.members).filter(() => r.chance(0.5));
      case "claimref":
        return "c1";
    }
  };
  const fields = (specs: readonly FieldSpec[]) => Object.fromEntries(specs.filter((f) => f.required || r.chance(0.7)).map((f) => [f.name, value(f)]));
  if (mod.meta.mode === "facts") return { date: date(), facts: fields(mod.facts) };
  return { person: fields(mod.person), claims: Array.from({ length: r.int(1, 3) }, (_, k) => ({ id: `c${k + 1}`, date: date(), ...fields(mod.claim) })) };
}

function stackOf(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message).slice(0, 3000) : String(e);
}
