// A claim of the worked amendment fixture (test/fixtures/amendment) loaded as a draft: a 特殊疾病 hospital stay at
// a 三级 hospital, referred, outside the municipality (no 倾斜), with the costs given.
export const PLAN = "南川区健全重特大疾病医疗保险和救助制度实施方案";
export const DRAFT = ["--policies", "test/fixtures/amendment"];

export const claim = (id: string, date: string, inScopeCost: number, basicInsurancePaid: number, extra: Record<string, unknown> = {}) => ({
  id,
  date,
  setting: "住院",
  disease: "特殊疾病",
  hospitalLevel: "三级",
  inScopeCost,
  basicInsurancePaid,
  criticalIllnessPaid: 0,
  referral: true,
  inMunicipality: false,
  ...extra,
});
