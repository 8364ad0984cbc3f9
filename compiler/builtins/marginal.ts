import { schedule } from "./schedule.js";

const BANDS = "bands 分段 @ 第一条 {\n  0元 < x <= 30000元: 50%\n  30000元 < x <= 100000元: 60%\n  100000元 < x: 70%\n}";

export default schedule("marginal", "each band's rate applied to the part of the amount in that band, summed (累进)", [
  {
    declarations: BANDS,
    expression: "marginal(分段, 50000元)",
    type: "money",
    facts: { date: "2024-03-01" },
    gives: "27000.00",
    working: "30000 × 50% + 20000 × 60% = 15000 + 12000",
  },
  {
    declarations: BANDS,
    expression: "marginal(分段 + 5个百分点, 50000元)",
    type: "money",
    facts: { date: "2024-03-01" },
    gives: "29500.00",
    working: "30000 × 55% + 20000 × 65% = 16500 + 13000 (R8)",
  },
]);
