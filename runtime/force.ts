// A document's period of force as facts, each with the day it was decided, so that the period can be read as
// the law stood on any day (`--known-on`): an extension, a repeal or an amendment decided after that day is
// not applied. Dates are ISO strings (YYYY-MM-DD), which compare as the days they name. Each fact's reason is
// kept in both languages: a result says it in its reader's.
import type { Text } from "./lang.js";

/** Who made a fact and when it was decided; `decided` is null for a document the texts only name. */
export interface Decided {
  by: string;
  decided: string | null;
}

/** A last day of force (null: no end), set by the document itself or by a later act of another one. */
export interface EndFact extends Decided {
  to: string | null;
  reason: Text;
  /** How it was set: `own` (the document's dates), `extends`, `repeals`, `supersedes`, `carries` (a part). */
  act: string;
}

/**
 * For a document whose effective date the texts do not print (RULINGS R11): the first day another document's
 * act shows it in force (a repeal presupposes the repealed text in force when the repeal is decided, and up to
 * the day before it takes effect).
 */
export interface ShownFact extends Decided {
  from: string;
  reason: Text;
}

/** Whether a fact was decided by `knownOn` (every fact is, when no such day is asked about). */
export function knownBy(fact: Decided, knownOn: string | undefined): boolean {
  return knownOn === undefined || fact.decided === null || fact.decided <= knownOn;
}

/** The end as known on `knownOn`: the last fact decided by then (`ends[0]` is the document's own). */
export function endAsKnown(ends: readonly EndFact[], knownOn: string | undefined): EndFact {
  let end = ends[0]!;
  for (const f of ends) if (knownBy(f, knownOn)) end = f;
  return end;
}

/** The earliest day known in force, for a document whose effective date is not printed. */
export function shownAsKnown(shown: readonly ShownFact[], knownOn: string | undefined): ShownFact | undefined {
  let first: ShownFact | undefined;
  for (const f of shown) if (knownBy(f, knownOn) && (!first || f.from < first.from)) first = f;
  return first;
}
