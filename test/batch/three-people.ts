// Three people with one claim each, for comparing 南川府办发〔2023〕8号 with other versions; every amount worked
// out by hand (RULINGS N1–N7), R the personal burden, A1 the basic assistance, S what remains for 倾斜救助:
// A 特困人员: R = 20000 − 10000 = 10000; A1 = 70% = 7000; S = 3000; 南川 倾斜 70% × (3000 − 2000) = 700 → 7700.00.
// B 低保对象: R = 10000 − 4000 = 6000; A1 = 4200; S = 1800, below 南川's 3000 → 4200.00.
// C 低保对象: R = 50000 − 30000 − 5000 = 15000; A1 = 10500; S = 4500; 60% × (4500 − 3000) = 900 → 11400.00.
// 合川 (倾斜 for 特困人员 only, S ≥ 3000 → 70% × S): A 9100.00 (+1400.00), B 4200.00, C 10500.00 (−900.00).
const claim = (id: string, date: string, setting: string, level: string, inScopeCost: number, basicInsurancePaid: number, criticalIllnessPaid: number) => ({
  id,
  date,
  setting,
  disease: "特殊疾病",
  hospitalLevel: level,
  inScopeCost,
  basicInsurancePaid,
  criticalIllnessPaid,
  referral: true,
  inMunicipality: true,
});

export const people = [
  { person: { id: "A", categories: ["特困人员"] }, claims: [claim("a1", "2024-08-01", "住院", "三级", 20000, 10000, 0)] },
  { person: { id: "B", categories: ["低保对象"] }, claims: [claim("b1", "2024-09-01", "门诊", "一级", 10000, 4000, 0)] },
  { person: { id: "C", categories: ["低保对象"] }, claims: [claim("c1", "2024-10-01", "住院", "二级", 50000, 30000, 5000)] },
];
