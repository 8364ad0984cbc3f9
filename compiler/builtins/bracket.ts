import { schedule } from "./schedule.js";

const BANDS = "bands 分段 @ 第一条 {\n  0元 < x <= 30000元: 50%\n  30000元 < x <= 100000元: 60%\n  100000元 < x: 70%\n}";

export default schedule("bracket", "the rate of the band the whole amount falls in", [
  {
    declarations: BANDS,
    expression: "round(bracket(分段, 30000元) * 30000元)",
    type: "money",
    facts: { date: "2024-03-01" },
    gives: "15000.00",
    working: "30000 is in the first band (<= 30000元): 50% × 30000",
  },
]);
