// The names English prose keeps in Chinese (the rule of lang-results.test.ts's header): a 文号, a title in 《》, a
// name in “” or "", a note in （）, an article cited and the word 文号. Taken out, no Han character may remain.
export const HAN = /\p{Script=Han}/u;

const NAMES = [
  /《[^》]*》/g,
  /“[^”]*”/g,
  /"[^"]*"/g,
  /（[^）]*）/g,
  /[\p{Script=Han}\p{N}]*〔\d{4}〕\d+号/gu,
  /\p{Script=Han}+令第\d+号/gu,
  /第[一二三四五六七八九十百零\d]+条/gu,
  // the project's English word for a document number, as the README and --help use it
  /文号/g,
];

/** English prose with the names, 文号 and citations taken out; `given`: names the command was called with. */
export function withoutNames(text: string, given: readonly string[]): string {
  let t = text;
  for (const name of [...given].sort((a, b) => b.length - a.length)) t = t.split(name).join("");
  for (const re of NAMES) t = t.replace(re, "");
  return t;
}
