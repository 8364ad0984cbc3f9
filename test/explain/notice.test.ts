// The decision notice (`regc explain --format html --notice`) for the 南川 example case, printed by headless
// Chromium to an A4 PDF whose pages pdf-lib counts. Worked by hand from 南川府办发〔2023〕8号 (the person holds
// 低保对象 and 低保边缘户 = 低保边缘家庭成员; R7 keeps the higher of the two):
//   c1 2023-08-15 特殊疾病 住院: R = 50000 − 30000 − 5000 = 15000 (N1).
//      低保对象: A1 = 70% × 15000 = 10500.00; S = 4500; 倾斜 = 60% × (4500 − 3000) = 900.00; total 11400.00.
//      低保边缘家庭成员: 60% × 15000 = 9000.00; S = 6000; 50% × (6000 − 5000) = 500.00; total 9500.00.
//   c2 2023-09-02 其他疾病 二级 住院, 30000 in scope: not 超过3万元 (R1), so A1 = 0; R = S = 9000;
//      低保对象 倾斜 = 60% × (9000 − 3000) = 3600.00 (低保边缘: 50% × 4000 = 2000.00); 倾斜 cap used 900 → 4500.
//   c3 2023-10-20 referral false: 二（六）未按规定转诊 → excluded, nothing paid (N8).
//   救助合计 = 11400.00 + 3600.00 + 0 = 15000.00; 医疗救助 10500.00, 倾斜救助 4500.00.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { PDFDocument } from "pdf-lib";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { regc, ROOT, tempDir } from "../e2e/regc.js";
import { CHROMIUM, CHROMIUM_ARGS } from "./chromium.js";

const EXAMPLE = join(ROOT, "policies/medical-assistance/examples/nanchuan.json");
let browser: Browser;
let html = "";
const out = tempDir();

beforeAll(async () => {
  const ran = await regc(["explain", "南川府办发〔2023〕8号", "--case", EXAMPLE, "--format", "html", "--notice"]);
  expect(ran.code, ran.err).toBe(0);
  html = ran.out;
  writeFileSync(join(out, "notice.html"), html);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
});

describe("the decision notice", () => {
  it("states the office, the case, the facts that decided, the total and why a claim was not paid", async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(join(out, "notice.html")).href);
    const text = await page.innerText("body");
    // header: the issuing office from the document block, the rest from the case's meta
    expect(await page.innerText("p.office")).toBe("重庆市南川区人民政府办公室");
    const head = await page.$$eval("table.head tr", (trs) => trs.map((tr) => (tr as HTMLElement).innerText.split("\t").map((c) => c.trim())));
    expect(head).toEqual(
      expect.arrayContaining([
        ["案件编号", "南川医救〔2023〕第0815号"],
        ["申请人", "张某某"],
        ["决定日期", "2023-11-01"],
      ]),
    );
    expect(await page.innerText("p.person")).toBe("救助对象类别：低保对象、低保边缘家庭成员");
    // the claims with their dates, and the facts that decided each under their Chinese labels
    const claims = await page.$$eval("section.claim h2", (hs) => hs.map((h) => h.textContent));
    expect(claims).toEqual(["第1笔 c1（2023-08-15）：予以计算", "第2笔 c2（2023-09-02）：予以计算", "第3笔 c3（2023-10-20）：不予支付"]);
    const c2 = await page.innerText("section.claim:nth-of-type(2)");
    expect(c2).toContain("医保政策范围内费用：30000.00元");
    expect(c2).toContain("按规定转诊：是");
    expect(c2).toContain("按方案二（三）2第二段，其他疾病可救助：否。");
    expect(c2).toContain("核定：医疗救助 0.00元；倾斜救助 3600.00元；救助合计 3600.00元");
    // a step that did not apply to a 特殊疾病 stay is not there
    const c1 = await page.innerText("section.claim:nth-of-type(1)");
    expect(c1).toContain("按方案二（三）2第一段、二（三）3第一段，特殊疾病限额本年度已用0.00元，本笔后为10500.00元（年度限额100000.00元）。");
    expect(c1).not.toMatch(/其他疾病(费用门槛|可救助|年度限额)/);
    // the plain-language exclusion, citing its provision, and only the fact that decided it
    const c3 = await page.innerText("section.claim:nth-of-type(3)");
    expect(c3).toContain("未按规定转诊，按方案二（六）不纳入医疗救助范围。");
    expect(c3).toContain("按规定转诊：否");
    expect(c3).not.toContain("医保政策范围内费用");
    expect(text).toContain("合计救助合计：15000.00元");
    const totals = await page.$$eval("table.totals tr", (trs) => trs.slice(1).map((tr) => (tr as HTMLElement).innerText.split("\t").map((c) => c.trim())));
    expect(totals).toEqual([
      ["医疗救助", "10500.00元"],
      ["倾斜救助", "4500.00元"],
      ["救助合计", "15000.00元"],
    ]);
    // no code without its words, no JSON names, no true/false
    expect(text).not.toMatch(/\b(true|false|excluded|claim\.\w+)\b/);
    const refs = await page.$$eval("sup a", (as) => as.map((a) => a.getAttribute("href")!.slice(1)));
    expect(refs.length).toBeGreaterThan(0);
    for (const id of new Set(refs)) expect((await page.innerText(`li#${id}`)).length, id).toBeGreaterThan(20);
    expect(await page.innerText("li#ruling-N1")).toContain("个人负担 = 医保政策范围内费用 − 基本医保支付 − 大病保险支付");
    // 南川's gazette prints no appeal notice: the footer's place for it is blank
    expect(await page.innerText("p.appeal")).toBe("");
    expect(requests).toEqual([pathToFileURL(join(out, "notice.html")).href]);
    await page.screenshot({ path: join(out, "notice.png"), fullPage: true });
    await page.close();
  });

  it("prints on at most two A4 pages", async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(out, "notice.html")).href);
    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true });
    writeFileSync(join(out, "notice.pdf"), pdf);
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(1);
    expect(doc.getPageCount()).toBeLessThanOrEqual(2);
    const { width, height } = doc.getPage(0).getSize();
    // A4 is 210 × 297 mm = 595.3 × 841.9 points
    expect(Math.round(width)).toBe(595);
    expect(Math.round(height)).toBe(842);
    await page.close();
  });
});
