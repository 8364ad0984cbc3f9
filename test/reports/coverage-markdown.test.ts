// `regc coverage --format markdown`: the figures of the JSON report as a table for a pull-request comment;
// `--json` stays another way to say --format json.
import { describe, expect, it } from "vitest";
import { markdownTable } from "../../cli/reports/markdown.js";
import { regc } from "../e2e/regc.js";

interface Coverage {
  number: string;
  title: string;
  percent: string;
  counts: { encoded: number; excluded: number; pending: number; "not-covered": number; total: number };
  entries: { path: string; status: string; excerpt: string }[];
}

describe("regc coverage --format", () => {
  it("markdown gives each document's row with the JSON report's counts, and lists what is not covered", async () => {
    const documents = ["南川府办发〔2023〕8号", "绵府发〔2018〕3号"];
    const json = await regc(["coverage", ...documents, "--format", "json"]);
    const alias = await regc(["coverage", ...documents, "--json"]);
    expect(alias.out).toBe(json.out);
    const md = await regc(["coverage", ...documents, "--format", "markdown"]);
    expect(md.code).toBe(json.code);
    for (const d of JSON.parse(json.out) as Coverage[]) {
      const c = d.counts;
      expect(md.out).toContain(`| ${d.number} | ${d.title} | ${d.percent}% | ${c.encoded} | ${c.excluded} | ${c.pending} | ${c["not-covered"]} | ${c.total} |`);
      for (const e of d.entries.filter((x) => x.status === "not-covered")) expect(md.out).toContain(`| ${e.path} |`);
    }
  });
});

describe("markdownTable", () => {
  it("escapes what would break a cell", () => {
    expect(markdownTable(["a", "b"], [["x|y", "第一行\n第二行"]], ["left", "right"])).toBe("| a | b |\n| --- | ---: |\n| x\\|y | 第一行<br>第二行 |\n");
  });
});
