// `regc status <policy> --on <date>`: whether the document is in force that day, and what decides it.
import { isIsoDate } from "../../runtime/date.js";
import { compileProgram } from "../../compiler/program.js";
import { UsageError, type Io } from "../io.js";

export async function statusCommand(root: string, policy: string, opts: { on: string }, io: Io): Promise<number> {
  if (!isIsoDate(opts.on)) throw new UsageError(`--on expects a date YYYY-MM-DD, got "${opts.on}"`);
  const program = compileProgram(root);
  const unit = program.units.find((u) => u.number === policy && !u.part) ?? program.units.find((u) => u.file === policy);
  if (!unit) throw new UsageError(`unknown document "${policy}"; known: ${[...new Set(program.units.map((u) => u.number))].sort().join(", ")}`);
  const f = unit.inForce;
  const on = opts.on;
  let inForce = true;
  let reason = `${f.fromReason}; ${f.toReason}`;
  if (on < f.from) {
    inForce = false;
    reason = `not yet in force: ${f.fromReason}`;
  } else if (f.to !== null && on > f.to) {
    inForce = false;
    reason = `no longer in force: ${f.toReason}`;
  }
  io.out(JSON.stringify({ policy: unit.number, on, inForce, reason }, null, 2) + "\n");
  return 0;
}
