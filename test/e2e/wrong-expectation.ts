// A test file of two cases of 绵府发〔2018〕3号, a 一级 hospital stay of 10000: 起付标准 500 (第二十七条), fund
// 95% × (10000 − 500) = 9025.00 (第二十九条). The second case expects 9025.01, so it fails; it starts on
// line 12.
export const WRONG_EXPECTATION = `policy: 绵府发〔2018〕3号
cases:
  - name: 一级医院普通住院
    # ded 500; fund 95% × (10000 − 500) = 9025.00
    case:
      person: { retired: false, birthDate: "1965-04-20", previousYearAverageWage: 60000 }
      claims:
        - { id: c1, date: "2019-05-10", hospitalLevel: 一级, aids: false, outOfCityReferral: false, totalCost: 10000 }
    expect:
      claims:
        - { id: c1, status: ok, outputs: { fundPays: "9025.00" } }
  - name: 一级医院普通住院（错误的期望值）
    provision: 第二十九条
    case:
      person: { retired: false, birthDate: "1965-04-20", previousYearAverageWage: 60000 }
      claims:
        - { id: c1, date: "2019-05-10", hospitalLevel: 一级, aids: false, outOfCityReferral: false, totalCost: 10000 }
    expect:
      claims:
        - { id: c1, status: ok, outputs: { fundPays: "9025.01" } }
`;
