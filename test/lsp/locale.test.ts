// The language server speaks each client's language (initialize's `locale`): the diagnostics' messages and help
// come from the catalogue in that language; codes, ranges and quick fixes are the same.
import { afterAll, describe, expect, it } from "vitest";
import type { LspClient } from "../../lsp/stdio-client.js";
import { inProcessServer, medicalAssistanceProject, uriOf } from "./harness.js";

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
}, 60_000);
