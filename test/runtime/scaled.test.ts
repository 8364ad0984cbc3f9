import { describe, expect, it } from "vitest";
import { add, bracket, formatPercent, formatScaled, marginal, mul, parseScaled, roundHalfUp, up } from "../../runtime/scaled.js";
import { RuleError } from "../../runtime/errors.js";

describe("exact scaled arithmetic", () => {
  it("adds 0.1 and 0.2 to exactly 0.3", () => {
    expect(formatScaled(add(parseScaled("0.1", 2)!, parseScaled("0.2", 2)!), 2)).toBe("0.30");
  });

  it("multiplies money by a rate without losing a cent", () => {
    // 15% × 2000.10元 = 300.015元 → scale 4 integer 3000150
    const product = mul(parseScaled("2000.10", 2)!, 15);
    expect(product).toBe(3000150);
    expect(formatScaled(roundHalfUp(product, 2), 2)).toBe("300.02");
  });

  it("rounds half away from zero, and only the half", () => {
    expect(roundHalfUp(12345, 1)).toBe(1235);
    expect(roundHalfUp(12344, 1)).toBe(1234);
    expect(roundHalfUp(-12345, 1)).toBe(-1235);
    expect(roundHalfUp(149, 2)).toBe(1);
    expect(roundHalfUp(150, 2)).toBe(2);
  });

  it("rounds the same on both sides of 2^52, where a non-negative amount leaves the one-division path", () => {
    // 0.5 → 1, 0.4 → 0 (one decimal dropped); 0 stays 0.
    expect(roundHalfUp(5, 1)).toBe(1);
    expect(roundHalfUp(4, 1)).toBe(0);
    expect(roundHalfUp(0, 1)).toBe(0);
    // 2^52 − 1 = 4503599627370495: one decimal dropped is 450359962737049.5 → 450359962737050 (half up).
    expect(roundHalfUp(2 ** 52 - 1, 1)).toBe(450359962737050);
    // 2^52 − 6 = 4503599627370490 → 450359962737049.0 exactly; 2^52 − 2 → …049.4 → 450359962737049.
    expect(roundHalfUp(2 ** 52 - 6, 1)).toBe(450359962737049);
    expect(roundHalfUp(2 ** 52 - 2, 1)).toBe(450359962737049);
    // 2^52 = 4503599627370496 (the general path) → 450359962737049.6 → 450359962737050.
    expect(roundHalfUp(2 ** 52, 1)).toBe(450359962737050);
    // 15 decimals dropped: 5×10^14 is 0.5 → 1, 5×10^14 − 1 is 0.4999… → 0; 2^52 − 1 is 4.5035… → 5.
    expect(roundHalfUp(5e14, 15)).toBe(1);
    expect(roundHalfUp(5e14 - 1, 15)).toBe(0);
    expect(roundHalfUp(2 ** 52 - 1, 15)).toBe(5);
    // 2 decimals: 0.99 of the last unit rounds up, 0.49 down (12399 → 124, 12349 → 123).
    expect(roundHalfUp(12399, 2)).toBe(124);
    expect(roundHalfUp(12349, 2)).toBe(123);
  });

  it("refuses results beyond the exact range instead of losing precision", () => {
    expect(() => mul(2 ** 40, 2 ** 20)).toThrow(RuleError);
    expect(() => up(2 ** 52, 3)).toThrow(RuleError);
  });

  it("parses money text strictly", () => {
    expect(parseScaled("1234.5", 2)).toBe(123450);
    expect(parseScaled("-7", 2)).toBe(-700);
    expect(parseScaled("1.230", 2)).toBe(123);
    expect(parseScaled("1.234", 2)).toBeUndefined();
    expect(parseScaled("12a", 2)).toBeUndefined();
    expect(parseScaled("", 2)).toBeUndefined();
  });

  it("formats amounts and percentages for people", () => {
    expect(formatScaled(5, 2)).toBe("0.05");
    expect(formatScaled(-5, 2)).toBe("-0.05");
    expect(formatScaled(0, 2)).toBe("0.00");
    expect(formatScaled(-0, 2)).toBe("0.00");
    expect(formatScaled(100, 2)).toBe("1.00");
    expect(formatScaled(-123_456, 4)).toBe("-12.3456");
    expect(formatScaled(Number.MAX_SAFE_INTEGER, 2)).toBe("90071992547409.91");
    expect(formatScaled(700, 0, 2)).toBe("700.00");
    expect(formatPercent(88, 2)).toBe("88%");
    expect(formatPercent(45, 3)).toBe("4.5%");
  });
});

describe("band schedules", () => {
  // 绵府办发〔2018〕4号 第八条: (0,30000] 53%, (30000,60000] 63%, (60000,100000] 73%, above 83%
  const lowers = [0, 30000, 60000, 100000];
  const uppers = [30000, 60000, 100000];
  const rates = [53, 63, 73, 83];

  it("applies each rate to the part inside its band", () => {
    // 70000: 30000×53% + 30000×63% + 10000×73% = 15900 + 18900 + 7300 = 42100
    expect(marginal(70000, lowers, uppers, rates, 0)).toBe(4210000);
    // 150000: 15900 + 18900 + 29200 + 50000×83% (41500) = 105500
    expect(marginal(150000, lowers, uppers, rates, 0)).toBe(10550000);
  });

  it("raises every band by percentage points", () => {
    // 30000 × (53% + 5) = 17400
    expect(marginal(30000, lowers, uppers, rates, 5)).toBe(1740000);
  });

  it("pays nothing at or below the first edge", () => {
    expect(marginal(0, lowers, uppers, rates, 0)).toBe(0);
    expect(marginal(-500, lowers, uppers, rates, 0)).toBe(0);
  });

  it("honours declared edges when looking up a bracket", () => {
    const incl = [false, false, false, false];
    const uincl = [true, true, true];
    expect(bracket(30000, lowers, incl, uppers, uincl, rates, "分段", "第八条")).toBe(53);
    expect(bracket(30001, lowers, incl, uppers, uincl, rates, "分段", "第八条")).toBe(63);
    expect(() => bracket(0, lowers, incl, uppers, uincl, rates, "分段", "第八条")).toThrow(/没有哪一档/);
  });
});
