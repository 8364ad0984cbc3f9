import { onCalendar } from "./working-day.js";

export default onCalendar("isWorkingDay", "isWorkingDay", "whether a date is a working day on the official calendar", [
  {
    expression: "isWorkingDay(2024-02-04)",
    type: "bool",
    facts: { date: "2024-03-01" },
    gives: true,
    working: "Sunday 2024-02-04 is a make-up working day of 春节 (国办发明电〔2023〕7号)",
  },
]);
