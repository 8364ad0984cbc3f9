// How an English explanation writes what the Chinese writes its own way: an amount of money with thousands
// separated and the unit after it (`15000.00元` → `15,000.00 yuan`; exact, never rounded or rescaled), and a name
// taken from the law or the rule file (a label, a category, an enum member) quoted as written (“低保对象”).
const HAN = /\p{Script=Han}/u;

/** A count's unit as written in the rule file (`30日`, `5工作日`, `69周岁`), in English. */
export const UNIT_EN: Record<string, string> = { 日: "days", 工作日: "working days", 个月: "months", 年: "years", 周岁: "years of age" };

/** A traced count with its unit (`69周岁`) in English (`69 years of age`); anything else is left as it is. */
export function countEn(value: string): string {
  const m = /^(\d+)(周岁|工作日|日|个月|年)$/.exec(value);
  return m ? `${m[1]} ${UNIT_EN[m[2]!]}` : value;
}

/** A name from the law or the rule file in English prose: quoted when it is written in Chinese. */
export function named(name: string): string {
  return HAN.test(name) ? `“${name}”` : name;
}

/** `1234567.80` → `1,234,567.80`; anything that is not a plain decimal is left as it is. */
export function grouped(value: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(value);
  if (!m) return value;
  return `${m[1]}${m[2]!.replace(/\B(?=(\d{3})+$)/g, ",")}${m[3] ?? ""}`;
}

/** An amount of money in English: `2,700.00 yuan`; a value that is not a number is left as it is. */
export function yuan(value: string): string {
  return /^-?\d+(\.\d+)?$/.test(value) ? `${grouped(value)} yuan` : value;
}

/** What English prose may show in Chinese as it is: quoted names, titles, parenthesised notes, 文号, articles. */
const KEPT =
  /“[^”]*”|"[^"]*"|《[^》]*》|（[^）]*）|[\p{Script=Han}\p{N}]*〔\d{4}〕\d+号|第[一二三四五六七八九十百千零\d]+条|(?:附件)?[一二三四五六七八九十]+(?:（[一二三四五六七八九十]+）)+\d*/gu;

/** A run of Chinese words, with the letters or digits a phrase holds between them (`提高N个百分点`). */
const CHINESE = /\p{Script=Han}+(?:[A-Za-z0-9]+\p{Script=Han}+)*/gu;

/** `10` 万 → `100000`: a number written in 万 (ten thousands), exactly, as the digits it stands for. */
function times10000(n: string): string {
  const [int, frac = ""] = n.split(".");
  const digits = `${int}${frac.padEnd(4, "0")}`;
  const whole = digits.slice(0, digits.length - (frac.length > 4 ? frac.length - 4 : 0));
  const rest = frac.length > 4 ? `.${frac.slice(4)}` : "";
  return `${whole.replace(/^0+(?=\d)/, "")}${rest}`;
}

/**
 * An English text that uses the law's Chinese terms (policies/rulings.yaml: `10万 (门诊 and 住院 share it)`) as
 * English prose writes them: amounts in 万 or 元 in yuan (`100,000 yuan`), every other Chinese term quoted
 * (“门诊”); names already quoted, titles, 文号 and article paths stay as they are.
 */
export function quotedTerms(text: string): string {
  const amounts = text
    .replace(/(\d+(?:\.\d+)?)\s?万元?/g, (_, n: string) => `${grouped(times10000(n))} yuan`)
    .replace(/(\d+(?:\.\d+)?)\s?元/g, (_, n: string) => `${grouped(n)} yuan`);
  let out = "";
  let at = 0;
  for (const m of amounts.matchAll(KEPT)) {
    out += amounts.slice(at, m.index).replace(CHINESE, (w) => `“${w}”`) + m[0];
    at = m.index + m[0].length;
  }
  return out + amounts.slice(at).replace(CHINESE, (w) => `“${w}”`);
}
