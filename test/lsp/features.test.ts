// What the language server answers, on the medical-assistance policies: a document derived from templates
// (合川府办发〔2024〕37号 overrides a rule of 重庆医疗救助, which extends 医疗救助方案), part files and three gazette
// texts. Expected positions and texts are read off the files themselves.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CodeAction, CompletionItem, DocumentSymbol, Hover, Location, TextEdit } from "vscode-languageserver";
import { formatSource } from "../../dsl/format.js";
import type { LspClient } from "../../lsp/stdio-client.js";
import { inProcessServer, medicalAssistanceProject, positionOf, textOf, uriOf } from "./harness.js";

const HECHUAN = "policies/medical-assistance/hechuan.policy";
const CHONGQING = "policies/medical-assistance/chongqing.policy";
const PART = "policies/medical-assistance/hechuan-premium-subsidy.policy";

describe("the language server on templates, parts and gazette texts", () => {
  let dir: string;
  let client: LspClient;
  let hechuan: string;

  beforeAll(async () => {
    dir = medicalAssistanceProject();
    client = await inProcessServer(dir);
    hechuan = textOf(dir, HECHUAN);
    const published = client.diagnostics(uriOf(dir, HECHUAN));
    await client.open(uriOf(dir, HECHUAN), hechuan);
    expect((await published).diagnostics).toEqual([]);
  }, 60_000);

  afterAll(() => client.connection.dispose());

  const hover = async (file: string, text: string, word: string, delta = 1, nth = 0) =>
    (
      (await client.request<Hover | null>("textDocument/hover", { textDocument: { uri: uriOf(dir, file) }, position: positionOf(text, word, delta, nth) }))
        ?.contents as { value: string } | undefined
    )?.value ?? "";
  const definition = (file: string, text: string, word: string, delta = 1, nth = 0) =>
    client.request<Location[]>("textDocument/definition", { textDocument: { uri: uriOf(dir, file) }, position: positionOf(text, word, delta, nth) });
  const complete = async (uri: string, position: { line: number; character: number }) =>
    (await client.request<CompletionItem[]>("textDocument/completion", { textDocument: { uri }, position })).map((i) => i.label);

  it("quotes the provision a citation names, from the document's own text", async () => {
    const text = await hover(HECHUAN, hechuan, "@ 二（三）3第二段", 3);
    expect(text).toContain("**合川府办发〔2024〕37号 二（三）3第二段**");
    const source = readFileSync(join(dir, "policies/medical-assistance/sources/合川府办发〔2024〕37号.txt"), "utf8");
    // the paragraph's words as the gazette prints them
    expect(source).toContain("倾斜救助");
    expect(text).toMatch(/倾斜救助/);
  });

  it("shows a parameter inherited from the template with its value, grounds and the provision's words", async () => {
    // 倾斜适用 is declared in chongqing.policy and used in hechuan.policy's override
    const text = await hover(HECHUAN, hechuan, "倾斜适用");
    expect(text).toContain("value 倾斜适用: bool @ 二（三）3第二段 ruling N5 = claim.referral and claim.inMunicipality");
    expect(text).toContain("依据: 合川府办发〔2024〕37号 二（三）3第二段");
    expect(text).toMatch(/解释依据: N5（.+）/);
  });

  it("shows a 文号's dates and why, in the reader's language", async () => {
    // repeals "合川府办发〔2023〕27号": the repealed document's effective date is not printed (R11), its end is the
    // day before the repeal takes effect, 2024-06-24
    const text = await hover(HECHUAN, hechuan, "合川府办发〔2023〕27号", 2);
    expect(text).toContain("**合川府办发〔2023〕27号**");
    expect(text).toContain("? — 2024-06-24");
    expect(text).toContain("被合川府办发〔2024〕37号");
    expect(text).not.toContain("[object Object]");
  });

  it("explains a ruling id with its text", async () => {
    const rulings = readFileSync(join(dir, "policies/rulings.yaml"), "utf8");
    const text = await hover(HECHUAN, hechuan, "ruling N7", 8);
    expect(text).toContain("**解释规则 N7**");
    // in Chinese, as rulings.yaml gives it under zh
    expect(text).toContain("合川倾斜救助：仅限特困人员");
    expect(rulings).toContain("N7:");
  });

  it("goes from a document to its template, from a use to an inherited declaration, and from a citation to its line", async () => {
    const chongqing = textOf(dir, CHONGQING);
    const [template] = await definition(HECHUAN, hechuan, "重庆医疗救助");
    expect(fileURLToPath(template!.uri)).toBe(join(dir, CHONGQING));
    expect(template!.range.start).toEqual(positionOf(chongqing, "重庆医疗救助"));
    const [declared] = await definition(HECHUAN, hechuan, "倾斜基数");
    expect(fileURLToPath(declared!.uri)).toBe(join(dir, CHONGQING));
    expect(declared!.range.start).toEqual(positionOf(chongqing, "value 倾斜基数", 6));
    const [line] = await definition(HECHUAN, hechuan, "@ 二（三）3第二段", 3);
    const sourceFile = join(dir, "policies/medical-assistance/sources/合川府办发〔2024〕37号.txt");
    expect(fileURLToPath(line!.uri)).toBe(sourceFile);
    const lines = readFileSync(sourceFile, "utf8").split("\n");
    // the line the provision starts on holds words of it
    expect(lines[line!.range.start.line]!.length).toBeGreaterThan(0);
  });

  it("goes from a shared ruling to its entry in rulings.yaml, and from a part to its document", async () => {
    const [ruling] = await definition(HECHUAN, hechuan, "ruling N7", 8);
    expect(fileURLToPath(ruling!.uri)).toBe(join(dir, "policies/rulings.yaml"));
    const rulings = readFileSync(join(dir, "policies/rulings.yaml"), "utf8").split("\n");
    expect(rulings[ruling!.range.start.line]).toBe("N7:");
    const part = textOf(dir, PART);
    await client.open(uriOf(dir, PART), part);
    const [document] = await definition(PART, part, "合川府办发〔2024〕37号");
    expect(fileURLToPath(document!.uri)).toBe(join(dir, HECHUAN));
  });

  it("completes fields, units, rulings, types, keywords and names where each belongs", async () => {
    const uri = uriOf(dir, "policies/medical-assistance/草稿.policy");
    const draft = [
      'document "测试〔2024〕9号" extends 重庆医疗救助 {',
      "  ",
      "}",
      "param 门槛: money @ 二（三）3第二段 ruling N",
      "value 基数: ",
      "value 合计: money @ 二（三）3 = claim.",
      "value 金额: money @ 二（三）3 = 3000",
      "",
      "value 乙: money @ 二（三）3 = 倾",
    ].join("\n");
    await client.open(uri, draft);
    const end = (line: number) => ({ line, character: draft.split("\n")[line]!.length });
    expect(await complete(uri, end(1))).toEqual(expect.arrayContaining(["title", "effective", "source", "ruling"]));
    expect(await complete(uri, end(3))).toEqual(expect.arrayContaining(["N7", "R7"]));
    expect(await complete(uri, end(4))).toEqual(expect.arrayContaining(["money", "rate", "工作日", "救助类别"]));
    expect(await complete(uri, end(5))).toEqual(expect.arrayContaining(["inScopeCost", "referral", "date"]));
    expect(await complete(uri, end(6))).toEqual(["元", "万元", "%", "个百分点", "日", "工作日", "个月", "年", "周岁"]);
    expect(await complete(uri, end(7))).toEqual(expect.arrayContaining(["param", "value", "exception", "output"]));
    const names = await complete(uri, end(8));
    expect(names).toEqual(expect.arrayContaining(["倾斜基数", "倾斜适用", "max", "round", "特困人员"]));
  });

  it("outlines a file", async () => {
    const symbols = await client.request<DocumentSymbol[]>("textDocument/documentSymbol", { textDocument: { uri: uriOf(dir, HECHUAN) } });
    expect(symbols[0]!.name).toBe("合川府办发〔2024〕37号");
    expect(symbols.map((s) => s.name)).toEqual(expect.arrayContaining(["倾斜门槛", "特困倾斜比例", "倾斜救助"]));
  });

  it("formats as regc fmt does, and leaves a file with syntax errors alone", async () => {
    const uri = uriOf(dir, "policies/medical-assistance/未格式化.policy");
    const messy = 'document "测试〔2024〕8号" {\ntitle "测试"\n}\nparam   a :money @ 第一条=1元';
    await client.open(uri, messy);
    const [edit] = await client.request<TextEdit[]>("textDocument/formatting", { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    expect(edit!.newText).toBe(formatSource("x.policy", messy).text);
    await client.change(uri, `${messy} +`, 2);
    expect(await client.request<TextEdit[]>("textDocument/formatting", { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } })).toEqual([]);
  });

  it("offers the suggested name and the ASCII punctuation as quick fixes", async () => {
    const uri = uriOf(dir, "policies/medical-assistance/错字.policy");
    const text =
      'document "测试〔2024〕7号" extends 重庆医疗救助 {\n  title "测试"\n}\nparam 门槛： money @ 二（三）3 = 3000元\nvalue 乙: money @ 二（三）3 = 倾斜基沙\n';
    const published = client.diagnostics(uri);
    await client.open(uri, text);
    const { diagnostics } = await published;
    const colon = diagnostics.find((d) => d.code === "E0101")!;
    const fixes = await client.request<CodeAction[]>("textDocument/codeAction", {
      textDocument: { uri },
      range: colon.range,
      context: { diagnostics: [colon] },
    });
    expect(fixes.map((f) => [f.title, f.edit!.changes![uri]![0]!.newText])).toEqual([['改为 ":"', ":"]]);
    // Once the colon is fixed the file parses, and the misspelled name is found.
    const fixed = text.replace("：", ":");
    const next = client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === "E0201"));
    await client.change(uri, fixed, 2);
    const name = (await next).diagnostics.find((d) => d.code === "E0201")!;
    const rename = await client.request<CodeAction[]>("textDocument/codeAction", {
      textDocument: { uri },
      range: name.range,
      context: { diagnostics: [name] },
    });
    expect(rename[0]!.title).toBe('改为 "倾斜基数"');
    expect(rename[0]!.edit!.changes![uri]![0]).toEqual({ range: name.range, newText: "倾斜基数" });
  });

  it("shows on a document the errors of the template it is built on, naming the template's file", async () => {
    const chongqing = textOf(dir, CHONGQING);
    writeFileSync(join(dir, CHONGQING), chongqing.replace("value 倾斜基数: money", "value 倾斜基数 money"));
    const uri = uriOf(dir, "policies/medical-assistance/nanchuan.policy");
    const nanchuan = textOf(dir, "policies/medical-assistance/nanchuan.policy");
    const published = client.diagnostics(uri, (p) => p.diagnostics.length > 0);
    // A change on disk is picked up (the client would send it from its file watcher).
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(dir, CHONGQING), type: 2 }] });
    await client.open(uri, nanchuan);
    const { diagnostics } = await published;
    const shown = diagnostics.find((d) => String(d.message).includes(CHONGQING))!;
    expect(String(shown.message)).toContain("所依据的文件有错误");
    expect(shown.code).toBe("E0102");
    expect(shown.range.start).toEqual(positionOf(nanchuan, "重庆医疗救助"));
    expect(fileURLToPath(shown.relatedInformation![0]!.location.uri)).toBe(join(dir, CHONGQING));
    writeFileSync(join(dir, CHONGQING), chongqing);
  });
});
