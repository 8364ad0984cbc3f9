// Strings built to break out of wherever they are put: line terminators that end a `//` comment (U+2028 and
// U+2029 included), `*/`, quotes, backslashes, template-literal openers, control and invisible characters,
// unpaired surrogates, code that would run if it escaped, and ordinary Chinese text around them.
import type { Random } from "../../bench/random.js";

export const HOSTILE_PIECES: readonly string[] = [
  "\u2028",
  "\u2029",
  "\n",
  "\r",
  "\r\n",
  "\u0085",
  "*/",
  "/*",
  "//",
  "`",
  "${",
  "}",
  '"',
  "'",
  "\\",
  "\\u2028",
  "\u0000",
  "\u0007",
  "\u001b[31m",
  "\u007f",
  "\u009b",
  "\ud800",
  "\udc00",
  "\ufeff",
  "\u202e",
  "\u2066",
  "\u200b",
  "</script>",
  "${process.exit(7)}",
  '"); process.exit(7); ("',
  "*/ process.exit(7); /*",
  "\u2028process.exit(7)//",
  "绵府发〔2018〕3号",
  "第二十七条（三）",
  "“引号”",
  "a",
  " ",
  "😀",
];

/** A string of `least` to `most` hostile pieces. */
export function hostileString(random: Random, most = 6, least = 0): string {
  let out = "";
  for (let i = random.int(least, most); i > 0; i--) out += random.pick(HOSTILE_PIECES);
  return out;
}
