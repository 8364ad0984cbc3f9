// Every text a compiled schema gives for what a field expects (`x-expected`, in English) has its Chinese in
// runtime/case-messages.ts: a schema of generated/ whose words the table does not know would leave English in
// a Chinese message.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectedZh } from "../../runtime/case-messages.js";
import { ROOT } from "../e2e/regc.js";

function schemas(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? schemas(join(dir, e.name)) : e.name.endsWith(".schema.json") ? [join(dir, e.name)] : [],
  );
}

function expectedTexts(value: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const v of value) expectedTexts(v, out);
  else if (value !== null && typeof value === "object")
    for (const [k, v] of Object.entries(value)) {
      if (k === "x-expected" && typeof v === "string") out.add(v);
      else expectedTexts(v, out);
    }
  return out;
}

describe("x-expected in Chinese", () => {
  it("knows every text the schemas of generated/ give", () => {
    const texts = new Set<string>();
    for (const file of schemas(join(ROOT, "generated"))) expectedTexts(JSON.parse(readFileSync(file, "utf8")), texts);
    expect(texts.size).toBeGreaterThan(10);
    const untranslated = [...texts].filter((t) => expectedZh(t) === t);
    expect(untranslated).toEqual([]);
  });

  it("keeps the names a text lists", () => {
    expect(expectedZh("one of 特困人员, 低保对象")).toBe("以下之一：特困人员, 低保对象");
    expect(expectedZh("a whole number of 日")).toBe("以日计的整数");
  });
});
