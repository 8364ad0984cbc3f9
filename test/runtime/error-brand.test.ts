// The compiled CLI (dist/runtime) and a rule module loaded from its TypeScript (runtime/ sources, as `regc test`
// loads the modules it builds) each have their own copy of the runtime's errors: an error thrown by one copy must
// still be recognised by the other, or `regc test` prints a stack trace where a case expects the error.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { CalendarUnknown } from "../../runtime/calendar.js";
import { CaseError, RuleError } from "../../runtime/errors.js";

const compiled = join(import.meta.dirname, "../../dist/runtime");

describe.runIf(existsSync(join(compiled, "errors.js")))("errors across two copies of the runtime", () => {
  it("recognises the compiled copy's errors by kind, not by class identity", async () => {
    const other = (await import(pathToFileURL(join(compiled, "errors.js")).href)) as typeof import("../../runtime/errors.js");
    const otherCalendar = (await import(pathToFileURL(join(compiled, "calendar.js")).href)) as typeof import("../../runtime/calendar.js");
    expect(other.RuleError).not.toBe(RuleError);
    const rule = new other.RuleError({ en: "x", zh: "甲" });
    const kase = new other.CaseError([{ path: "$.a", message: { en: "x", zh: "甲" } }]);
    const day = new otherCalendar.CalendarUnknown(2031, 0 as never);
    expect(rule instanceof RuleError).toBe(true);
    expect(rule instanceof CaseError).toBe(false);
    expect(rule instanceof CalendarUnknown).toBe(false);
    expect(kase instanceof CaseError).toBe(true);
    expect(kase instanceof RuleError).toBe(false);
    expect(day instanceof RuleError).toBe(true);
    expect(day instanceof CalendarUnknown).toBe(true);
    expect(new Error("x") instanceof RuleError).toBe(false);
    expect((null as unknown) instanceof RuleError).toBe(false);
  });
});
