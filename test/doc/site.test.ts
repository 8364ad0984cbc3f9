// `regc doc` builds a static site that a reviewer opens from file:// in a browser. The test builds it for the
// repository's policies, checks that every document the rule files declare and every part file has its page,
// and opens the index and three document pages in headless Chromium (Debian's package): the gazette's words,
// a reason a provision is not encoded, a parameter table and a worked case must be on each page, the search
// box must filter, nothing may be fetched from anywhere, and a screenshot of each page is saved for a look.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentPage, partPage } from "../../cli/doc/paths.js";
import { compileProgram } from "../../compiler/program.js";
import { regc, ROOT, tempDir } from "../e2e/regc.js";
import { CHROMIUM, CHROMIUM_ARGS } from "../explain/chromium.js";

let browser: Browser;
let site: string;
const shots = tempDir();
// eslint-disable-next-line no-console -- where to look at the pages
console.log(`screenshots of the site: ${shots}`);

beforeAll(async () => {
  site = tempDir();
  const ran = await regc(["doc", "--out", site, "--on", "2024-01-01"]);
  expect(ran.code, ran.err).toBe(0);
  expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: .ci/run installs Debian's chromium`).toBe(true);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
});

/** Opens a page of the site, failing on any request that is not a file of the site. */
async function open(path: string): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(join(site, path)).href);
  return { page, requests };
}

/** A screenshot of the window (a whole document page is tens of thousands of pixels tall). */
async function shoot(page: Page, name: string): Promise<void> {
  const file = join(shots, `${name}.png`);
  await page.screenshot({ path: file });
  expect(statSync(file).size).toBeGreaterThan(20_000);
}

describe("regc doc", () => {
  it("writes a page for every document the rule files declare and for every part file", () => {
    const program = compileProgram(ROOT);
    const numbers = [...program.lifecycle.documents.keys()];
    expect(numbers.length).toBeGreaterThan(30);
    const missing = numbers.filter((n) => !existsSync(join(site, documentPage(n))));
    expect(missing, "documents without a page").toEqual([]);
    const parts = program.units.filter((u) => u.part);
    expect(parts.length).toBeGreaterThan(20);
    expect(parts.filter((u) => !existsSync(join(site, partPage(u.number, u.part!)))).map((u) => `${u.number}/${u.part}`)).toEqual([]);
    const index = readFileSync(join(site, "index.html"), "utf8");
    for (const n of numbers) expect(index, n).toContain(`href="${documentPage(n).split("/").map(encodeURIComponent).join("/")}"`);
  });

  it("indexes every document with its status and coverage, and the search box filters by 文号 and title", async () => {
    const { page, requests } = await open("index.html");
    const rows = await page.$$eval("tr.document", (trs) => trs.map((tr) => (tr as HTMLElement).innerText));
    expect(rows.length).toBe(compileProgram(ROOT).lifecycle.documents.size);
    const nanchuan = rows.find((r) => r.startsWith("南川府办发〔2023〕8号"))!;
    // 本方案自印发之日起施行 (2023-06-07), no end printed: in force on 2024-01-01
    expect(nanchuan).toContain("施行中");
    expect(nanchuan).toContain("2023-06-07起施行；未规定有效期");
    expect(nanchuan).toMatch(/100\.0%/);
    // repealed by 合川府办发〔2024〕37号, which takes effect 2024-06-25: still in force on 2024-01-01
    expect(rows.find((r) => r.startsWith("合川府办发〔2023〕27号"))).toContain("至2024-06-24止");
    await shoot(page, "index");
    // brackets typed as [] find 〔〕
    await page.fill("#search", "南川府办发[2023]8号");
    expect(await page.$$eval("tr.document:not([hidden])", (trs) => trs.map((t) => t.querySelector("td")!.textContent))).toEqual(["南川府办发〔2023〕8号"]);
    await page.fill("#search", "救助");
    const shown = await page.$$eval("tr.document:not([hidden])", (trs) => trs.map((t) => t.querySelector("td")!.textContent));
    expect(shown).toEqual(expect.arrayContaining(["南川府办发〔2023〕8号", "合川府办发〔2024〕37号", "锦政办发〔2022〕16号"]));
    expect(await page.textContent("#shown")).toBe(String(shown.length));
    expect(requests.every((u) => u.startsWith("file://"))).toBe(true);
    await page.close();
  });

  const pages = [
    {
      number: "南川府办发〔2023〕8号",
      provision: "对低保对象、特困人员、返贫致贫人口按70%的比例救助",
      exclusion: "救助费用范围按基本医保支付范围确定",
      param: ["低保边缘家庭成员", "5000元"],
      worked: ["特困人员特殊疾病住院", "12250.00"],
    },
    {
      number: "绵府发〔2018〕3号",
      provision: "达到起付标准",
      exclusion: "基本医疗保险的原则",
      param: ["二级", "600元"],
      worked: ["一级医院普通住院", "9025.00"],
    },
    {
      number: "锦政办发〔2022〕16号",
      provision: "低保边缘家庭成员、因病致贫重病患者起付标准分别按 2000 元、5000 元执行",
      exclusion: "指导思想",
      param: ["因病致贫重病患者", "50%"],
      worked: ["特困人员基本救助与倾斜救助", "9100.00"],
    },
  ];

  for (const p of pages) {
    it(`shows ${p.number}: the gazette text, a reason not to encode, a parameter table and a worked case`, async () => {
      const { page, requests } = await open(documentPage(p.number));
      expect(await page.textContent("h1")).toBeTruthy();
      const gazette = await page.innerText("#gazette");
      expect(gazette).toContain(p.provision);
      expect(gazette).toContain("已编码");
      // an excluded provision shows its reason beside its words
      const excluded = await page.$$eval(".provision.excluded .note", (ns) => ns.map((n) => n.textContent ?? ""));
      expect(excluded.some((n) => n.includes(p.exclusion))).toBe(true);
      // the rules are quoted from the rule files, beside the provision they cite
      expect(await page.$$eval(".provision.encoded pre", (ps) => ps.length)).toBeGreaterThan(0);
      const params = await page.$$eval("#params table.params tr", (trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent!.trim())));
      expect(params.some((row) => row[0] === p.param[0] && row[1] === p.param[1])).toBe(true);
      const cases = await page.innerText("#cases");
      for (const w of p.worked) expect(cases).toContain(w);
      expect(await page.$$eval("#graph svg g.node", (g) => g.length)).toBeGreaterThan(5);
      expect(requests.every((u) => u.startsWith("file://"))).toBe(true);
      await shoot(page, p.number);
      await page.locator("#gazette .provision.encoded").first().scrollIntoViewIfNeeded();
      await shoot(page, `${p.number}-gazette`);
      await page.locator("#cases").scrollIntoViewIfNeeded();
      await shoot(page, `${p.number}-cases`);
      await page.close();
    });
  }
});
