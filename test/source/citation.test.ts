import { describe, expect, it } from "vitest";
import { editDistance, normaliseCitation, resolveCitation } from "../../compiler/law/source/citation.js";
import type { CitationResult, SourceDoc } from "../../compiler/law/source/types.js";
import { loadSource } from "./sources.js";

const resolved = (result: CitationResult): string | undefined => ("provision" in result ? result.provision.path : undefined);
const candidates = (result: CitationResult): string[] => ("candidates" in result ? result.candidates : []);

describe("normaliseCitation", () => {
  it.each([
    ["@ 第二十七条（三）", "第二十七条（三）"],
    ["第二十七条(三)", "第二十七条（三）"],
    [" 第二十七条　（三） ", "第二十七条（三）"],
    ["二（三）２", "二（三）2"],
    ["二、（三）2.", "二（三）2"],
    ["附件１", "附件1"],
  ])("%s → %s", (citation, path) => {
    expect(normaliseCitation(citation)).toBe(path);
  });
});

describe("resolveCitation", () => {
  const statute: SourceDoc = loadSource("mianyang", "绵府发〔2018〕3号");
  const bands: SourceDoc = loadSource("mianyang", "绵府办发〔2018〕4号");
  const plan: SourceDoc = loadSource("medical-assistance", "南川府办发〔2023〕8号");
  const annexed: SourceDoc = loadSource("medical-assistance", "锦政办发〔2022〕16号");

  it.each(["第二十七条（三）", "@ 第二十七条（三）", "@第二十七条(三)", "第27条（3）", "第二十七条第三项", "第二十七条第（三）项"])(
    "%s resolves in a statute",
    (citation) => {
      expect(resolved(resolveCitation(statute, citation))).toBe("第二十七条（三）");
    },
  );

  it("resolves articles, paragraphs and the split-marker article", () => {
    expect(resolved(resolveCitation(statute, "第二十一条"))).toBe("第二十一条");
    expect(resolved(resolveCitation(bands, "第8条第2款"))).toBe("第八条第二款");
    expect(resolved(resolveCitation(bands, "第八条第二段"))).toBe("第八条第二款");
  });

  it.each([
    ["二（三）2", "二（三）2"],
    ["二(三)2", "二（三）2"],
    ["二（三）２", "二（三）2"],
    ["二（3）2", "二（三）2"],
    ["二", "二"],
    ["二（三）2第二段", "二（三）2第二段"],
    ["二（三）2第二款", "二（三）2第二段"],
  ])("%s resolves in a plan", (citation, path) => {
    expect(resolved(resolveCitation(plan, citation))).toBe(path);
  });

  it("resolves annex paths, and 附件1 to the only (unnumbered) annex", () => {
    expect(resolved(resolveCitation(annexed, "附件"))).toBe("附件");
    expect(resolved(resolveCitation(annexed, "附件1"))).toBe("附件");
    expect(resolved(resolveCitation(annexed, "附件三(四)"))).toBe("附件三（四）");
  });

  it("offers the nearest paths when nothing matches: same article, nearest number first", () => {
    expect(candidates(resolveCitation(statute, "第二十七条（九）"))).toEqual(["第二十七条（五）", "第二十七条（四）", "第二十七条（三）"]);
    expect(candidates(resolveCitation(statute, "第四十七条"))).toEqual(["第四十六条", "第四十五条", "第四十四条"]);
    expect(candidates(resolveCitation(plan, "二（三）4"))).toEqual(["二（三）3", "二（三）2", "二（三）1"]);
    expect(candidates(resolveCitation(statute, "第27条（9）"))[0]).toBe("第二十七条（五）");
  });
});

describe("editDistance", () => {
  it("counts code points, not UTF-16 units", () => {
    expect(editDistance("第二十七条", "第二十八条")).toBe(1);
    expect(editDistance("", "附件")).toBe(2);
    expect(editDistance("二（三）2", "二（三）2")).toBe(0);
  });
});
