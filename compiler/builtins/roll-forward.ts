import { onCalendar } from "./working-day.js";

export default onCalendar("rollForward", "workingDayOnOrAfter", "the date itself when it is a working day, else the next working day (R4)", [
  {
    expression: "rollForward(2024-10-01)",
    type: "date",
    facts: { date: "2024-03-01" },
    gives: "2024-10-08",
    working: "国庆 2024-10-01..07 off (国办发明电〔2023〕7号): the next working day is Tuesday 8 October",
  },
]);
