// A claim of 南川府办发〔2023〕8号 as a case writes it, for tests working its amounts out by hand: 住院, 特殊疾病,
// 三级, 在区内就医, with the costs given (元).
export function nanchuanClaim(id: string, date: string, costs: { inScope: number; basic: number; critical: number }, referral = true) {
  return {
    id,
    date,
    setting: "住院",
    disease: "特殊疾病",
    hospitalLevel: "三级",
    inScopeCost: costs.inScope,
    basicInsurancePaid: costs.basic,
    criticalIllnessPaid: costs.critical,
    referral,
    inMunicipality: true,
  };
}
