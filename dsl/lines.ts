// What a line of a rule file is, for every part of regc that counts lines: the lexer's positions (chevrotain
// breaks lines at LF, CRLF and CR), the end of a file, and the code frames under diagnostics. Editors and the
// Language Server Protocol break lines at the same three, and not at U+2028, U+2029 or U+0085, which a rule
// file may not contain anyway (E0112): so a position means the same line everywhere.

export const LINE_BREAK = /\r\n|\r|\n/;

export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

/** The 1-based line and column (in UTF-16 code units, like editors) of an offset. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const re = /\r\n|\r|\n/g;
  for (let m = re.exec(text); m && m.index < offset; m = re.exec(text)) {
    if (m.index + m[0].length > offset) break;
    line++;
    lineStart = m.index + m[0].length;
  }
  return { line, column: offset - lineStart + 1 };
}

/** A byte-order mark is not part of the text: editors hide it, and positions count from after it. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
