// A JSON Lines request body read line by line as it arrives, so a batch of any size runs in bounded memory.
// A line longer than the limit is not kept: it is reported by its number and skipped to its end, and the
// lines after it are read as usual. Blank lines are skipped but counted, so every line keeps its number.

export type BodyLine = { line: number; text: string } | { line: number; tooLong: true };

const NL = 10;

export async function* jsonLines(body: AsyncIterable<Buffer>, limit: number): AsyncGenerator<BodyLine> {
  const decoder = new TextDecoder();
  let pending: Buffer[] = [];
  let size = 0;
  let skipping = false;
  let line = 1;
  const finish = (): BodyLine | undefined => {
    const text = decoder.decode(Buffer.concat(pending, size)).replace(/\r$/, "");
    pending = [];
    size = 0;
    return text.trim() ? { line, text } : undefined;
  };
  for await (const chunk of body) {
    let start = 0;
    for (let nl = chunk.indexOf(NL); nl >= 0; nl = chunk.indexOf(NL, start)) {
      if (skipping) skipping = false;
      else if (size + nl - start > limit) yield { line, tooLong: true };
      else {
        pending.push(chunk.subarray(start, nl));
        size += nl - start;
        const done = finish();
        if (done) yield done;
      }
      pending = [];
      size = 0;
      line++;
      start = nl + 1;
    }
    if (skipping || start === chunk.length) continue;
    if (size + chunk.length - start > limit) {
      yield { line, tooLong: true };
      pending = [];
      size = 0;
      skipping = true;
      continue;
    }
    pending.push(chunk.subarray(start));
    size += chunk.length - start;
  }
  if (!skipping && size) {
    const done = finish();
    if (done) yield done;
  }
}
