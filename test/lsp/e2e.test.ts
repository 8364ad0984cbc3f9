// `regc lsp --stdio` as an editor runs it: a child process driven over its pipes by a real protocol client
// (vscode-jsonrpc). A part file of 绵府发〔2018〕3号 with three mistakes gets three diagnostics, each with its
// code and place; hovering over a parameter quotes the article it cites from the gazette text; definition and
// completion answer.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CompletionItem, Hover, Location } from "vscode-languageserver";
import { StdioClient } from "../../lsp/stdio-client.js";
import { projectCopy, ROOT } from "../e2e/regc.js";
import { positionOf } from "./harness.js";

const TEXT = `part 测试 of "绵府发〔2018〕3号"

claim {
  totalCost: money
  aids: bool
}

param 市外转诊起付: money @ 第二十七条 = 1000元
value 应付: money @ 第二十七条 = 起付标淮
value 合计: money @ 第二十七条 = claim.totalCost + claim.aids
param 转诊: money @ 第二十七条（九） = 1000元
output x: money @ 第二十七条 = 市外转诊起付 + 应付 + 合计
`;

const at = (word: string, delta = 0, nth = 0) => positionOf(TEXT, word, delta, nth);

describe("regc lsp --stdio", () => {
  let client: StdioClient;
  let uri: string;

  beforeAll(async () => {
    const dir = projectCopy();
    const file = join(dir, "policies/mianyang/测试.policy");
    writeFileSync(file, TEXT);
    uri = pathToFileURL(file).href;
    client = new StdioClient(ROOT, dir);
    await client.initialize(dir);
  }, 120_000);

  afterAll(async () => {
    expect(await client.stop()).toBe(0);
  });

  it("reports the three mistakes of an opened file, each with its code, range and link", async () => {
    const published = client.diagnostics(uri);
    await client.open(uri, TEXT);
    const { diagnostics } = await published;
    const range = (word: string) => ({ start: at(word), end: at(word, word.length) });
    expect(diagnostics.map((d) => [d.code, d.range])).toEqual([
      // 起付标淮: no such name in this part
      ["E0201", range("起付标淮")],
      // money + yes/no: the whole sum
      ["E0325", range("claim.totalCost + claim.aids")],
      // 第二十七条 has five items; （九） is not one of them
      ["E0801", range("@ 第二十七条（九）")],
    ]);
    for (const d of diagnostics) {
      expect(d.codeDescription?.href).toMatch(/^file:.*\/docs\/diagnostics\.md#/);
      expect(d.severity).toBe(1);
    }
    expect(diagnostics[2]!.message).toContain("第二十七条（五）");
  });

  it("quotes the cited article on hover over a parameter", async () => {
    const hover = await client.request<Hover>("textDocument/hover", { textDocument: { uri }, position: at("市外转诊起付", 2) });
    const text = (hover.contents as { value: string }).value;
    expect(text).toContain("param 市外转诊起付: money @ 第二十七条 = 1000元");
    // the words of 第二十七条 in the gazette text, full-width digits as printed
    expect(text).toContain("市外转诊起付标准１０００元");
    expect(text).toContain("绵府发〔2018〕3号 第二十七条");
  });

  it("goes to the declaration of a name", async () => {
    const [target] = await client.request<Location[]>("textDocument/definition", { textDocument: { uri }, position: at("应付", 1, 1) });
    expect(target!.uri).toBe(uri);
    expect(target!.range).toEqual({ start: at("应付"), end: at("应付", 2) });
  });

  it("completes article paths of the document's gazette text after @", async () => {
    const items = await client.request<CompletionItem[]>("textDocument/completion", { textDocument: { uri }, position: at("@ 第二十七条", 2) });
    const labels = items.map((i) => i.label);
    expect(labels).toContain("第二十七条（五）");
    expect(labels).toContain("第四十六条");
  });
});
