// A JSON Lines body read as it arrives: lines cut across chunks, CRLF, blank lines counted, and a line over the
// limit reported by its number and skipped, wherever the chunks happen to break.
import { expect, it } from "vitest";
import { jsonLines, type BodyLine } from "../../server/json-lines.js";

async function read(text: string, chunkSize: number, limit: number): Promise<BodyLine[]> {
  const bytes = Buffer.from(text);
  async function* chunks(): AsyncGenerator<Buffer> {
    for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
  }
  const out: BodyLine[] = [];
  for await (const l of jsonLines(chunks(), limit)) out.push(l);
  return out;
}

// Line 3 is blank, line 4 has 12 bytes (over the limit of 10), line 6 has no final newline; "{}" is 2 bytes,
// "[1,2]" 5 and "\"猫\"" 5 (the character is 3 bytes in UTF-8).
const body = '{}\r\n[1,2]\n\n"aaaaaaaaaa"\n"猫"\n{"b":1}';
const expected: BodyLine[] = [
  { line: 1, text: "{}" },
  { line: 2, text: "[1,2]" },
  { line: 4, tooLong: true },
  { line: 5, text: '"猫"' },
  { line: 6, text: '{"b":1}' },
];

it.each([1, 2, 3, 5, 7, 64])("reads the same lines whatever the chunk size (%i bytes)", async (size) => {
  expect(await read(body, size, 10)).toEqual(expected);
});
