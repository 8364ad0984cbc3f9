// Every gazette text the project keeps is declared as a document's source, and every provision of it is encoded or
// set aside with a reason: none is "not covered", and none is "pending" (computable but not encoded) except the
// exceptions listed below, each with the reason it cannot be encoded yet.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { DocumentCoverage } from "../../compiler/law/coverage.js";
import { regc, ROOT } from "../e2e/regc.js";

/** Provisions that are computable and not encoded, by document. */
const PENDING: Record<string, { paths: string[]; why: string }> = {
  "渝卫发〔2020〕80号": {
    paths: ["六（一）4", "六（二）1"],
    why: "its reporting and investigation limits run in minutes and hours (30分钟, 1小时, 每隔12小时, 24小时); the rule language counts time in days at the finest",
  },
};

/** Gazette texts kept under policies/ but not declared as a document's source. */
const UNDECLARED: Record<string, string> = {};

let documents: DocumentCoverage[];

beforeAll(async () => {
  const ran = await regc(["coverage", "--json"], ROOT);
  expect(ran.code, ran.err).toBe(0);
  documents = JSON.parse(ran.out) as DocumentCoverage[];
});

/** The 文号 of every text in a `sources/` folder: the file is named for it. */
function keptTexts(): string[] {
  const policies = join(ROOT, "policies");
  return readdirSync(policies, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      const sources = join(policies, d.name, "sources");
      try {
        return readdirSync(sources)
          .filter((f) => f.endsWith(".txt"))
          .map((f) => f.replace(/\.txt$/, ""));
      } catch {
        return [];
      }
    });
}

describe("coverage of every document with a gazette text", () => {
  it("declares every kept text as a document's source, but the listed ones", () => {
    const declared = new Set(documents.map((d) => d.number));
    const missing = keptTexts().filter((n) => !declared.has(n));
    expect(missing.sort()).toEqual(Object.keys(UNDECLARED).sort());
  });

  it("leaves no provision not covered", () => {
    const notCovered = documents.flatMap((d) => d.entries.filter((e) => e.status === "not-covered").map((e) => `${d.number} ${e.path}`));
    expect(notCovered).toEqual([]);
  });

  it("leaves no provision pending but the listed exceptions", () => {
    const pending = documents.flatMap((d) => d.entries.filter((e) => e.status === "pending").map((e) => `${d.number} ${e.path}`));
    const expected = Object.entries(PENDING).flatMap(([number, { paths }]) => paths.map((p) => `${number} ${p}`));
    expect(pending.sort()).toEqual(expected.sort());
  });

  it("puts every document without exceptions at 100%, and counts the pending ones against their document", () => {
    for (const d of documents) {
      if (PENDING[d.number]) continue;
      expect(`${d.number} ${d.percent}`).toBe(`${d.number} 100.0`);
    }
    // 渝卫发〔2020〕80号: 32 pieces, 2 pending → 30 / 32 = 93.75% → 93.7 (rounded down)
    const health = documents.find((d) => d.number === "渝卫发〔2020〕80号")!;
    expect(health.counts).toMatchObject({ total: 32, pending: 2, "not-covered": 0 });
    expect(health.percent).toBe("93.7");
  });

  it("gives every excluded provision a reason in words, and a delegated one the document it defers to", () => {
    for (const d of documents) {
      for (const e of d.entries.filter((x) => x.status === "excluded")) {
        expect(e.note?.note.length, `${d.number} ${e.path}`).toBeGreaterThan(1);
        if (e.note?.reason === "delegated") expect(e.note.to, `${d.number} ${e.path}`).toBeTruthy();
      }
    }
  });
});
