// `regc impact`: two versions on the same three people, every amount worked out by hand (three-people.ts).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { regc, tempDir } from "../e2e/regc.js";
import { people } from "./three-people.js";

it("reports totals, people better and worse off, and the largest changes with the provision that caused them", async () => {
  const dir = tempDir();
  writeFileSync(join(dir, "cases.jsonl"), people.map((p) => JSON.stringify(p)).join("\n") + "\n");
  const ran = await regc(["impact", "南川府办发〔2023〕8号", "合川府办发〔2024〕37号", "--cases", join(dir, "cases.jsonl"), "--json", "--workers", "1"]);
  expect(ran.code).toBe(0);
  const r = JSON.parse(ran.out) as Record<string, unknown> & {
    largest: { person: string; old: string; new: string; difference: string; cause: { citation: string } }[];
  };
  expect(r).toMatchObject({ people: 3, claims: 3, oldTotal: "23300.00", newTotal: "23800.00", difference: "500.00", betterOff: 1, worseOff: 1, unchanged: 1 });
  expect(r.largest.map((c) => [c.person, c.old, c.new, c.difference])).toEqual([
    ["A", "7700.00", "9100.00", "+1400.00"],
    ["C", "11400.00", "10500.00", "-900.00"],
  ]);
  for (const c of r.largest) expect(c.cause.citation).toBe("合川府办发〔2024〕37号 二（三）3第二段");
});
