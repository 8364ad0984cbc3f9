// The language server speaks each client's language (initialize's `locale`): the diagnostics' messages and help
// come from the catalogue in that language; codes, ranges and quick fixes are the same.
import { afterAll, describe, expect, it } from "vitest";
import type { CompletionItem, Hover } from "vscode-languageserver";
import type { LspClient } from "../../lsp/stdio-client.js";
import { inProcessServer, medicalAssistanceProject, positionOf, textOf, uriOf } from "./harness.js";

const TEXT = 'document "测试〔2024〕7号" extends 重庆医疗救助 {\n  title "测试"\n}\nvalue 乙: money @ 二（三）3 = 倾斜基沙\n';

describe("the language server's language, per client", () => {
  const dir = medicalAssistanceProject();
  const clients: LspClient[] = [];
  afterAll(() => {
    for (const c of clients) c.connection.dispose();
  });

  async function diagnosticFor(locale: string) {
    const client = await inProcessServer(dir, locale);
    clients.push(client);
    const uri = uriOf(dir, "policies/medical-assistance/错字.policy");
    const published = client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === "E0201"));
    await client.open(uri, TEXT);
    return (await published).diagnostics.find((d) => d.code === "E0201")!;
  }

  it("Chinese for a zh-cn client, English for an en-us client, from the one diagnostic", async () => {
    const zh = await diagnosticFor("zh-cn");
    const en = await diagnosticFor("en-us");
    expect(zh.message).toBe("未知名称“倾斜基沙”\n提示：是否想写“倾斜基数”？");
    expect(en.message).toBe('unknown name "倾斜基沙"\nhelp: did you mean "倾斜基数"?');
    expect(zh.range).toEqual(en.range);
    // the quick fix reads the suggestion from the data, not from the words, so it holds in both languages
    expect(zh.data).toEqual({ replacements: ["倾斜基数"] });
    expect(en.data).toEqual({ replacements: ["倾斜基数"] });
  });

  it("a document's own ruling on hover: its Chinese, and in an English editor its English above it", async () => {
    // K3 is declared in jinzhou.policy's document block, with its English, and used in a part file.
    const declared = textOf(dir, "policies/medical-assistance/jinzhou.policy").split("\n");
    const at = declared.findIndex((l) => l.startsWith("  ruling K3 "));
    const zhText = /^ {2}ruling K3 "(.*)"$/.exec(declared[at]!)![1]!;
    const enText = /^ {4}en "(.*)"$/.exec(declared[at + 1]!)![1]!;
    expect(zhText).toMatch(/^三（六）2“自身份确认之日前12个月内”：确认当日不计入/);
    expect(enText).toMatch(/^三（六）2 “自身份确认之日前12个月内” \(within the 12 months before the day the status is confirmed\)/);
    const file = "policies/medical-assistance/jinzhou-lookback.policy";
    const text = textOf(dir, file);
    const hover = async (locale: string) => {
      const client = await inProcessServer(dir, locale);
      clients.push(client);
      await client.open(uriOf(dir, file), text);
      const h = await client.request<Hover | null>("textDocument/hover", {
        textDocument: { uri: uriOf(dir, file) },
        position: positionOf(text, "ruling K3", 8),
      });
      return (h?.contents as { value: string } | undefined)?.value;
    };
    expect(await hover("zh-cn")).toBe(`**解释规则 K3**\n\n${zhText}`);
    expect(await hover("en-us")).toBe(`**ruling K3**\n\n${enText}\n\n${zhText}`);
  });

  it("completes en after a ruling's Chinese, on its line and at the start of the next", async () => {
    const client = await inProcessServer(dir, "en-us");
    clients.push(client);
    const uri = uriOf(dir, "policies/medical-assistance/草稿2.policy");
    const draft = 'document "测试〔2024〕8号" extends 重庆医疗救助 {\n  ruling X1 "说明" e\n  ruling X2 "说明"\n  \n}\n';
    await client.open(uri, draft);
    const labels = async (line: number) => {
      const position = { line, character: draft.split("\n")[line]!.length };
      return (await client.request<CompletionItem[]>("textDocument/completion", { textDocument: { uri }, position })).map((i) => i.label);
    };
    expect(await labels(1)).toEqual(["en"]);
    const next = await labels(3);
    expect(next[0]).toBe("en");
    expect(next).toEqual(expect.arrayContaining(["title", "ruling"]));
  });
}, 60_000);
