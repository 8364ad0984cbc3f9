// regc check against the calendar data: every listed day must be printed in its notice's own text, and the
// days must fit together. Each case breaks one thing in a copy of the project's calendar and expects a located
// error with its code, exit 1, and `regc build` writing nothing.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emptyProject, expectNoStackTrace, regc } from "../e2e/regc.js";

const FILE_2024 = "policies/calendar/2024.yaml";

/** A project holding only the calendar, with one edit to one file. */
function broken(file: string, edit: (text: string) => string): string {
  const dir = emptyProject({});
  const path = join(dir, file);
  const before = readFileSync(path, "utf8");
  const after = edit(before);
  expect(after, "the edit must change the file").not.toBe(before);
  writeFileSync(path, after);
  return dir;
}

async function expectError(dir: string, code: string, where: RegExp, message: string | RegExp): Promise<void> {
  const check = await regc(["check"], dir);
  expect(check.code, check.err).toBe(1);
  expect(check.err).toMatch(new RegExp(`${where.source}: error\\[${code}\\]`));
  expect(check.err).toMatch(message);
  expectNoStackTrace(check.err);
  const build = await regc(["build"], dir);
  expect(build.code).toBe(1);
  expect(existsSync(join(dir, "generated"))).toBe(false);
}

describe("the project's calendar checks", () => {
  it("passes as committed", async () => {
    const r = await regc(["check", "policies/calendar"], emptyProject({}));
    expect(r.code, r.err).toBe(0);
  });
});

describe("a day the notice does not print", () => {
  it("a make-up working day the text does not print (E0902), and the printed one now missing (E0903)", async () => {
    // The notice prints 2月4日（星期日）、2月18日（星期日）上班; Sunday 2024-02-25 is not among them.
    const dir = broken(FILE_2024, (t) => t.replace("work: [2024-02-04, 2024-02-18,", "work: [2024-02-04, 2024-02-25,"));
    await expectError(dir, "E0902", /policies\/calendar\/2024\.yaml:\d+:\d+/, /2024-02-25: 国办发明电〔2023〕7号 does not print this make-up working day/);
    expect((await regc(["check"], dir)).err).toMatch(/error\[E0903\]: 国办发明电〔2023〕7号 prints 2月18日（星期日）上班, which the file does not list/);
  });

  it("a holiday span the text does not print", async () => {
    const dir = broken(FILE_2024, (t) =>
      t.replace("{ festival: 春节, from: 2024-02-10, to: 2024-02-17 }", "{ festival: 春节, from: 2024-02-09, to: 2024-02-17 }"),
    );
    await expectError(dir, "E0902", /2024\.yaml:\d+:\d+/, /春节 2024-02-09 to 2024-02-17: 国办发明电〔2023〕7号 does not print these days off/);
  });

  it("a festival named differently from the paragraph that prints the days", async () => {
    const dir = broken(FILE_2024, (t) => t.replace("{ festival: 清明节, from: 2024-04-04", "{ festival: 端午节, from: 2024-04-04"));
    await expectError(dir, "E0902", /2024\.yaml:\d+:\d+/, /printed under 清明节, not 端午节/);
  });

  it("a text that prints a day the file lacks (E0903)", async () => {
    const dir = broken(FILE_2024, (t) => t.replace(" 2024-04-07,", ""));
    await expectError(dir, "E0903", /2024\.yaml:\d+:\d+/, /prints 4月7日（星期日）上班, which the file does not list/);
  });
});

describe("days that do not fit together", () => {
  it("a make-up working day that is not a weekend (E0904)", async () => {
    // Change the text and the data alike, so only the weekday is wrong: 2024-02-19 is a Monday.
    const dir = broken(FILE_2024, (t) => t.replace("2024-02-18, 2024-04-07", "2024-02-19, 2024-04-07").replace("2月18日（星期日）上班", "2月19日上班"));
    await expectError(dir, "E0904", /2024\.yaml:\d+:\d+/, /make-up working day 2024-02-19 is a 星期一, not a Saturday or Sunday/);
  });

  it("a date listed twice (E0905)", async () => {
    const dir = broken(FILE_2024, (t) => t.replace("work: [2024-02-04,", "work: [2024-02-04, 2024-02-04,"));
    await expectError(dir, "E0905", /2024\.yaml:\d+:\d+/, /2024-02-04 is listed twice in 国办发明电〔2023〕7号/);
  });

  it("a weekday in the text that is not the date's (E0906)", async () => {
    const dir = broken(FILE_2024, (t) => t.replace("2月4日（星期日）", "2月4日（星期六）"));
    await expectError(dir, "E0906", /2024\.yaml:\d+:\d+/, /prints 2月4日（星期六）, but 2024-02-04 is a 星期日/);
  });

  it("a file whose name is not its year (E0907)", async () => {
    const dir = broken(FILE_2024, (t) => t.replace("year: 2024", "year: 2023"));
    await expectError(dir, "E0907", /2024\.yaml:\d+:\d+/, /2023 is arranged in two files|says year: 2023/);
  });

  it("a signing date not printed under the notice (E0908)", async () => {
    const dir = broken(FILE_2024, (t) => t.replace("signed: 2023-10-25", "signed: 2023-10-24"));
    await expectError(dir, "E0908", /2024\.yaml:\d+:\d+/, /does not print 2023年10月24日/);
  });

  it("a malformed date (E0901)", async () => {
    const dir = broken(FILE_2024, (t) => t.replace("published: 2023-10-25", "published: 2023-10-32"));
    await expectError(dir, "E0901", /2024\.yaml:\d+:\d+/, /"2023-10-32" is not a date YYYY-MM-DD/);
  });
});

describe("the statute (全国年节及纪念日放假办法)", () => {
  const FILE = "policies/calendar/statutory-holidays.yaml";

  it("a holiday whose words 第二条 does not print (E0909)", async () => {
    // Before the 2024 decision 春节 was 3 days (正月初一至初三); the text checked here is the amended one.
    const dir = broken(FILE, (t) =>
      t.replace("{ festival: 春节, days: 4, when: 农历除夕、正月初一至初三 }", "{ festival: 春节, days: 3, when: 正月初一至初三 }"),
    );
    await expectError(dir, "E0909", /statutory-holidays\.yaml:\d+:\d+/, /第二条 does not print “春节，放假3天（正月初一至初三）”/);
  });

  it("words that give another number of days than the article says (E0909)", async () => {
    const dir = broken(FILE, (t) =>
      t.replace("（七）国庆节，放假3天（10月1日至3日）", "（七）国庆节，放假3天（10月1日至4日）").replace("when: 10月1日至3日", "when: 10月1日至4日"),
    );
    await expectError(dir, "E0909", /statutory-holidays\.yaml:\d+:\d+/, /“10月1日至4日” gives 4 days, not 3/);
  });
});
