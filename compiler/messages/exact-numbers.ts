// Diagnostics of exact arithmetic (E0320, E0321): a number, or a band schedule as a rule uses it, that no safe
// integer holds at its decimals, and a computation needing more decimals than the runtime carries.
import { entry } from "../../dsl/messages/entry.js";

/** What cannot be held exactly: a number at its decimals, or a band schedule at the scales a call uses it. */
export type NotHeld = { kind: "number"; scale: number } | { kind: "bands"; name: string; amountScale: number; rateScale: number };

export const notHeldExactly = entry<{ what: NotHeld; max: number; maxScale: number }>({
  code: "E0320",
  severity: "error",
  title: {
    en: "a number exact arithmetic cannot hold: at its decimals, more than 9,007,199,254,740,991 (2^53 − 1) units of its last decimal — a literal, a literal raised to the decimals of what it is added to, or a band schedule as a rule uses it",
    zh: "精确运算容纳不了的数：按其小数位数计，超过 9,007,199,254,740,991（2^53 − 1）个最末位单位——字面数字、按所加之数的小数位数放大后的字面数字，或规则所用的分段费率表",
  },
  sample: "90071992547409.93元  (9,007,199,254,740,993 分)",
  example: { what: { kind: "number", scale: 2 }, max: Number.MAX_SAFE_INTEGER, maxScale: 15 },
  message: {
    en: (p) =>
      p.what.kind === "number"
        ? `this number cannot be held exactly: ${p.what.scale ? `with ${p.what.scale} decimals it is` : "it is"} more than ${p.max} units${p.what.scale ? " of its last decimal" : ""}`
        : `the band schedule ${p.what.name} cannot be held exactly here: its edges at ${p.what.amountScale} decimals and its rates at ${p.what.rateScale} must stay within ${p.max} units and ${p.maxScale} decimals`,
    zh: (p) =>
      p.what.kind === "number"
        ? `这个数无法精确容纳：${p.what.scale ? `按 ${p.what.scale} 位小数计，它超过 ${p.max} 个最末位单位` : `它超过 ${p.max}`}`
        : `分段费率表 ${p.what.name} 在这里无法精确容纳：按 ${p.what.amountScale} 位小数计的分界和按 ${p.what.rateScale} 位小数计的比例，必须在 ${p.max} 个单位和 ${p.maxScale} 位小数之内`,
  },
  help: {
    en: (p) => (p.what.kind === "number" ? "write a smaller number, or with fewer decimals" : "write the schedule's edges and rates with fewer decimals"),
    zh: (p) => (p.what.kind === "number" ? "请写较小的数，或减少小数位数" : "请减少分段费率表分界和比例的小数位数"),
  },
});

export const tooManyDecimals = entry<{ scale: number; maxScale: number }>({
  code: "E0321",
  severity: "error",
  title: {
    en: "more than 15 decimals, the most exact arithmetic carries: a literal, or a product of fine rates",
    zh: "超过 15 位小数（精确运算最多只保留这么多）：字面数字，或几个精细比例相乘",
  },
  sample: "0.00000000000000001%  (19 decimals)",
  example: { scale: 19, maxScale: 15 },
  message: {
    en: (p) => `this needs ${p.scale} decimals; exact arithmetic carries at most ${p.maxScale}`,
    zh: (p) => `这里需要 ${p.scale} 位小数；精确运算最多保留 ${p.maxScale} 位`,
  },
  help: {
    en: () => "write the rate or amount with fewer decimals, or multiply fewer fine rates together",
    zh: () => "请减少比例或金额的小数位数，或少让几个精细比例相乘",
  },
});
