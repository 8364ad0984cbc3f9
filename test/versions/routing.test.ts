// Routing a day among a plan's versions (runtime/plan.ts), on routing tables written out here: the version in
// force, a version known but not encoded, a day the texts leave undecided (R11), a gap between versions, and
// the plan as it stood on an earlier day (`knownOn`).
import { describe, expect, it } from "vitest";
import { route, type PlanSpec, type VersionSpec } from "../../runtime/plan.js";

/** A fact's reason, the same words in both languages (what routing does with them does not depend on them). */
const both = (text: string) => ({ en: text, zh: text });

function version(document: string, from: string | null, to: string | null, more: Partial<VersionSpec> = {}): VersionSpec {
  const decided = more.decided === undefined ? from : more.decided;
  return {
    document,
    title: document,
    policy: document,
    from,
    fromReason: `effective ${from}`,
    decided,
    shown: [],
    ends: [{ to, reason: both(to ? `ends ${to}` : "no end"), by: document, decided, act: "own" }],
    ...more,
  };
}

describe("route", () => {
  const plan: PlanSpec = {
    name: "方案",
    versions: [version("旧〔2020〕1号", "2020-01-01", "2020-12-31"), version("新〔2021〕2号", "2021-03-01", null)],
  };

  it("finds the version in force on a day, first and last days included", () => {
    expect(route(plan, "2020-01-01")).toMatchObject({ kind: "version", version: { document: "旧〔2020〕1号" } });
    expect(route(plan, "2020-12-31")).toMatchObject({ kind: "version", version: { document: "旧〔2020〕1号" } });
    expect(route(plan, "2021-03-01")).toMatchObject({ kind: "version", version: { document: "新〔2021〕2号" } });
  });

  it("names the gap between versions, and the days before the first", () => {
    expect(route(plan, "2021-02-01")).toMatchObject({
      kind: "gap",
      gap: { after: "旧〔2020〕1号", from: "2021-01-01", to: "2021-02-28", before: "新〔2021〕2号" },
    });
    const before = route(plan, "2019-06-01");
    expect(before).toMatchObject({ kind: "gap", gap: { from: null, to: "2019-12-31", before: "旧〔2020〕1号" } });
    expect(before.kind === "gap" && before.reason.zh).toContain("早于方案已知的第一个版本");
    expect(before.kind === "gap" && before.reason.en).toContain("is before the first known version of 方案");
  });

  it("a version whose first day is not printed is unknown until another act shows it in force (R11)", () => {
    const stub: PlanSpec = {
      name: "方案",
      versions: [
        version("试行〔2023〕27号", null, "2024-06-24", {
          policy: undefined,
          earliest: "2023-01-01",
          decided: null,
          shown: [{ from: "2024-06-24", by: "新〔2024〕37号", decided: "2024-06-25", reason: both("新〔2024〕37号废止它") }],
          ends: [
            { to: null, reason: both("no end printed"), by: "试行〔2023〕27号", decided: null, act: "own" },
            { to: "2024-06-24", reason: both("repealed"), by: "新〔2024〕37号", decided: "2024-06-25", act: "repeals" },
          ],
        }),
        version("新〔2024〕37号", "2024-06-25", null),
      ],
    };
    expect(route(stub, "2022-12-31").kind).toBe("gap");
    expect(route(stub, "2023-01-01")).toMatchObject({ kind: "unknown", version: { document: "试行〔2023〕27号" } });
    expect(route(stub, "2024-06-23").kind).toBe("unknown");
    // Shown in force on its last day, and known: a version without rules governs it (the router leaves the
    // status to its caller: not_encoded).
    expect(route(stub, "2024-06-24")).toMatchObject({ kind: "version", version: { document: "试行〔2023〕27号", policy: undefined } });
    // Known on 2024-06-01, the repeal had not been decided: 27号 has no known end and no day is shown.
    expect(route(stub, "2024-06-24", "2024-06-01").kind).toBe("unknown");
    expect(route(stub, "2024-07-01", "2024-06-01").kind).toBe("unknown");
  });

  it("as known on a day, a later version, extension or end does not exist yet", () => {
    const extended: PlanSpec = {
      name: "规范",
      versions: [
        version("规范〔2017〕61号", "2017-06-22", "2022-06-22", {
          ends: [
            { to: "2022-06-22", reason: both("有效期至2022-06-22"), by: "规范〔2017〕61号", decided: "2017-06-22", act: "own" },
            { to: "2027-06-22", reason: both("extended"), by: "决定〔2022〕2号", decided: "2022-06-29", act: "extends" },
          ],
        }),
      ],
    };
    expect(route(extended, "2022-06-25").kind).toBe("version");
    expect(route(extended, "2022-06-25", "2022-06-25").kind).toBe("gap");
    expect(route(extended, "2022-06-25", "2022-06-29").kind).toBe("version");
    // A later version decided after the day known on: the earlier one governs as if it had no end.
    const superseded: PlanSpec = {
      name: "方案",
      versions: [
        version("旧〔2020〕1号", "2020-01-01", "2024-06-30", {
          ends: [
            { to: null, reason: both("no end"), by: "旧〔2020〕1号", decided: "2020-01-01", act: "own" },
            { to: "2024-06-30", reason: both("superseded"), by: "新〔2024〕1号", decided: "2024-06-20", act: "supersedes" },
          ],
        }),
        version("新〔2024〕1号", "2024-07-01", null, { decided: "2024-06-20" }),
      ],
    };
    expect(route(superseded, "2024-08-01")).toMatchObject({ version: { document: "新〔2024〕1号" } });
    expect(route(superseded, "2024-08-01", "2024-06-19")).toMatchObject({ version: { document: "旧〔2020〕1号" } });
  });

  it("an amendment's text takes over from its date once the amendment is decided", () => {
    const amended: PlanSpec = {
      name: "办法〔2024〕1号",
      versions: [
        version("办法〔2024〕1号", "2024-01-01", null, {
          until: { to: "2024-06-30", reason: both("amended"), by: "修改〔2024〕2号", decided: "2024-05-01", act: "amends" },
        }),
        version("办法〔2024〕1号", "2024-07-01", null, { policy: "修改〔2024〕2号", amendments: ["修改〔2024〕2号"], decided: "2024-05-01" }),
      ],
    };
    expect(route(amended, "2024-06-30")).toMatchObject({ version: { policy: "办法〔2024〕1号" } });
    expect(route(amended, "2024-07-01")).toMatchObject({ version: { policy: "修改〔2024〕2号" } });
    expect(route(amended, "2024-07-01", "2024-04-30")).toMatchObject({ version: { policy: "办法〔2024〕1号" } });
  });
});
