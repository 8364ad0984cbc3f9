import type { YearSchedule } from "./types.js";

export const schedule2024: YearSchedule = {
  year: 2024,
  notice: {
    title: "国务院办公厅关于2024年部分节假日安排的通知",
    number: "国办发明电〔2023〕7号",
    issued: "2023-10-25",
  },
  holidays: [
    { name: "元旦", from: "2024-01-01", to: "2024-01-01", note: "与周末连休" },
    // The notice only encourages employers to let staff off on 除夕 (Friday 2024-02-09); it stays a working day.
    { name: "春节", from: "2024-02-10", to: "2024-02-17" },
    { name: "清明节", from: "2024-04-04", to: "2024-04-06" },
    { name: "劳动节", from: "2024-05-01", to: "2024-05-05" },
    { name: "端午节", from: "2024-06-10", to: "2024-06-10", note: "与周末连休" },
    { name: "中秋节", from: "2024-09-15", to: "2024-09-17" },
    { name: "国庆节", from: "2024-10-01", to: "2024-10-07" },
  ],
  workdays: [
    "2024-02-04",
    "2024-02-18",
    "2024-04-07",
    "2024-04-28",
    "2024-05-11",
    "2024-09-14",
    "2024-09-29",
    "2024-10-12",
  ],
};
