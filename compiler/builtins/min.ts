import { extremum } from "./extremum.js";

export default extremum("min", "the smallest of amounts, rates or numbers of one unit", [
  { expression: "min(8000元, 12500.5元 * 70%)", type: "money", facts: { date: "2024-03-01" }, gives: "8000.00", working: "12500.5 × 70% = 8750.35 > 8000" },
]);
