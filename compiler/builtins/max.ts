import { extremum } from "./extremum.js";

export default extremum("max", "the largest of amounts, rates or numbers of one unit", [
  { expression: "max(0元, 1200元 - 1500元)", type: "money", facts: { date: "2024-03-01" }, gives: "0.00", working: "1200 − 1500 = −300 < 0, so 0" },
  {
    expression: "max(60%, 52.5%, 70%)",
    type: "rate",
    facts: { date: "2024-03-01" },
    gives: "0.700",
    working: "70% is the largest, at the finest scale of the three (52.5% = 0.525): 0.700",
  },
]);
