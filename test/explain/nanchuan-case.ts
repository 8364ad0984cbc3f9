// One 南川 claim worked by hand from 南川府办发〔2023〕8号 二（三）2 and 二（三）3 (see
// policies/medical-assistance/tests/nanchuan.yaml): a 特困人员 with a 特殊疾病, in hospital at 三级, referred and
// treated in the municipality. R = 50000 − 30000 − 5000 = 15000; 医疗救助 = 70% × 15000 = 10500.00 (limit 10万元);
// S = 15000 − 10500 = 4500; 倾斜救助 = 70% × (4500 − 2000) = 1750.00 (limit 2万元); total 12250.00.
export const NANCHUAN_CASE = {
  person: { categories: ["特困人员"] },
  claims: [
    {
      id: "c1",
      date: "2023-08-15",
      setting: "住院",
      disease: "特殊疾病",
      hospitalLevel: "三级",
      inScopeCost: 50000,
      basicInsurancePaid: 30000,
      criticalIllnessPaid: 5000,
      referral: true,
      inMunicipality: true,
    },
  ],
};
