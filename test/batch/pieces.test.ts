// A case file is read in pieces cut at case boundaries and cut into cases by the workers: whatever the piece
// size, every case comes out whole, once, in order, with the number of its first line. The pieces here are
// a few bytes long so that cases and lines straddle them.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { casesOf, type CaseText } from "../../cli/batch/cases.js";
import { openCases } from "../../cli/batch/input.js";
import { tempDir } from "../e2e/regc.js";

const dir = tempDir();

async function read(name: string, text: string, pieceSize: number): Promise<{ header: string[]; cases: CaseText[]; pieces: number }> {
  const file = join(dir, name);
  writeFileSync(file, text);
  const input = await openCases(file, pieceSize);
  const cases: CaseText[] = [];
  let pieces = 0;
  for await (const piece of input.pieces) {
    pieces++;
    cases.push(...casesOf(piece, input.format, input.header));
  }
  return { header: input.header, cases, pieces };
}

describe("reading a case file in pieces", () => {
  const jsonl = ['{"a":1}', '{"b":"低保对象"}', "", '{"c":3}\r', '{"d":"a longer line than a piece"}', '{"e":5}'].join("\n");

  it("gives every JSON line whole with its line number, blank lines skipped but counted, CRLF trimmed", async () => {
    const want = [
      { line: 1, lines: ['{"a":1}'] },
      { line: 2, lines: ['{"b":"低保对象"}'] },
      { line: 4, lines: ['{"c":3}'] },
      { line: 5, lines: ['{"d":"a longer line than a piece"}'] },
      { line: 6, lines: ['{"e":5}'] },
    ];
    for (const size of [1, 7, 16, 1 << 17]) expect((await read(`cases-${size}.jsonl`, jsonl, size)).cases).toEqual(want);
    // A piece ends at a line end: with 16-byte reads, no two of these lines fit in one piece.
    expect((await read("count.jsonl", jsonl, 16)).pieces).toBeGreaterThanOrEqual(5);
  });

  it("keeps a person's CSV rows together in one case, even when they straddle pieces", async () => {
    const csv =
      ["\uFEFFpersonId,id,date", "P1,a,2023-01-01", "P1,b,2023-02-01", "", "P1,c,2023-03-01", "P2,d,2023-01-05", "P3,e,2023-01-06", "P3,f,2023-01-07"].join(
        "\r\n",
      ) + "\r\n";
    const want = [
      { line: 2, lines: ["P1,a,2023-01-01", "P1,b,2023-02-01", "P1,c,2023-03-01"] },
      { line: 6, lines: ["P2,d,2023-01-05"] },
      { line: 7, lines: ["P3,e,2023-01-06", "P3,f,2023-01-07"] },
    ];
    for (const size of [1, 5, 20, 40, 1 << 17]) {
      const got = await read(`cases-${size}.csv`, csv, size);
      expect(got.header).toEqual(["personId", "id", "date"]);
      expect(got.cases).toEqual(want);
    }
  });

  it("makes every CSV row a case of its own when there is no personId column", async () => {
    const got = await read("rows.csv", "id,date\na,2023-01-01\nb,2023-01-02", 4);
    expect(got.cases).toEqual([
      { line: 2, lines: ["a,2023-01-01"] },
      { line: 3, lines: ["b,2023-01-02"] },
    ]);
  });

  it("reads an empty file as no cases", async () => {
    expect((await read("empty.jsonl", "", 8)).cases).toEqual([]);
    expect(await read("empty.csv", "", 8)).toEqual({ header: [], cases: [], pieces: 0 });
  });
});
