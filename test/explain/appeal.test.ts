// `appeal "…" @ 第X条` in a document block: the appeal notice a decision notice prints in its footer, copied
// word for word from the gazette. Its words are checked against the cited provision like every number (E0808).
// None of the encoded gazettes prints one, so the test gives 南川府办发〔2023〕8号 a sentence of its own text.
import { describe, expect, it } from "vitest";
import { regc, writeCase } from "../e2e/regc.js";
import { edit, findings, policiesCopy } from "../citations/project.js";
import { NANCHUAN_CASE } from "./nanchuan-case.js";

const FILE = "policies/medical-assistance/nanchuan.policy";
const ANCHOR = '  source "sources/南川府办发〔2023〕8号.txt"';

describe("the appeal notice of a document", () => {
  it("is printed in the notice's footer", async () => {
    const dir = policiesCopy();
    edit(dir, FILE, ANCHOR, `${ANCHOR}\n  appeal "未按规定转诊的救助对象，所发生的医疗费用原则上不纳入医疗救助范围。" @ 二（六）`);
    const r = await regc(
      ["explain", "南川府办发〔2023〕8号", "--rebuild", "--case", writeCase(dir, "c.json", NANCHUAN_CASE), "--format", "html", "--notice"],
      dir,
    );
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('<p class="appeal">未按规定转诊的救助对象，所发生的医疗费用原则上不纳入医疗救助范围。</p>');
  });

  it("must be the cited provision's own words", async () => {
    const dir = policiesCopy();
    edit(dir, FILE, ANCHOR, `${ANCHOR}\n  appeal "如不服本决定，可在六十日内申请行政复议。" @ 二（六）`);
    const r = await regc(["check", FILE], dir);
    expect(r.code).toBe(1);
    const f = findings(r.err);
    expect(f.map((x) => x.code)).toEqual(["E0808"]);
    expect(f[0]!.message).toBe("the words of appeal are not in 南川府办发〔2023〕8号 二（六）");
  });
});
