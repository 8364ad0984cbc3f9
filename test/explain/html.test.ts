// `regc explain --format html` writes a page a case worker can print. It is opened in a real headless
// Chromium (Debian's package, installed by .ci/run): the page must render, take a screenshot, show the
// amounts and the quoted articles with the numbers the rules took from them marked, and load nothing from
// anywhere else. When Chromium cannot be started the test fails; it never skips.
import { existsSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { regc, tempDir, writeCase } from "../e2e/regc.js";
import { policiesCopy } from "../citations/project.js";
import { CHROMIUM, CHROMIUM_ARGS } from "./chromium.js";
import { NANCHUAN_CASE } from "./nanchuan-case.js";

let browser: Browser;
let html = "";
let out: string;

beforeAll(async () => {
  const dir = policiesCopy();
  const ran = await regc(["explain", "南川府办发〔2023〕8号", "--rebuild", "--case", writeCase(dir, "case.json", NANCHUAN_CASE), "--format", "html"], dir);
  expect(ran.code, ran.err).toBe(0);
  html = ran.out;
  out = tempDir();
  writeFileSync(join(out, "explain.html"), html);
  expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: .ci/run installs Debian's chromium`).toBe(true);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
});

describe("regc explain --format html in headless Chromium", () => {
  it("is one self-contained document", () => {
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(|https?:\/\//);
  });

  it("renders the amounts, the articles and the marked numbers", async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    const url = pathToFileURL(join(out, "explain.html")).href;
    await page.goto(url);
    const shot = join(out, "explain.png");
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    expect(requests).toEqual([url]);

    const text = await page.innerText("body");
    expect(text).toContain("《南川区健全重特大疾病医疗保险和救助制度实施方案》");
    const result = await page.$$eval("table.result tr", (rows) => rows.map((r) => (r as HTMLElement).innerText.split("\t").map((c) => c.trim())));
    expect(result).toEqual([
      ["项目", "金额", "条文"],
      ["医疗救助", "10500.00", "二（三）2"],
      ["倾斜救助", "1750.00", "二（三）3第二段"],
      ["救助合计", "12250.00", "二（三）"],
    ]);
    expect(text).toContain("0.00 → 10500.00 / 100000.00");
    // the articles as the gazette prints them
    expect(text).toContain("对低保对象、特困人员、返贫致贫人口按70%的比例救助");
    expect(text).toContain("特困人员自付费用2000元以上的部分,按70%的比例救助");
    const marked = await page.$$eval("blockquote mark", (ms) => ms.map((m) => m.textContent));
    for (const words of ["70%", "60%", "10万元", "2000元", "50%", "2万元"]) expect(marked).toContain(words);
    // 二（三）2第二段 (其他疾病: 超过3万元, 限额6万元) decides nothing for a 特殊疾病 stay, so it is not quoted
    expect(marked).not.toContain("3万元");
    const steps = await page.innerText("ol.steps");
    expect(steps).toContain("个人负担 = 15000.00");
    expect(steps).not.toContain("其他疾病费用门槛");
    expect(await page.innerText("p.skipped")).toBe("本笔未适用：其他疾病费用门槛、其他疾病可救助、其他疾病年度限额");
    const rulings = await page.$$eval("section.rulings dt", (dts) => dts.map((d) => d.textContent!.replace(/^\[\d+\] /, "")));
    expect(rulings).toEqual(expect.arrayContaining(["N1", "N6", "R3", "R7"]));
    await page.close();
  });
});
