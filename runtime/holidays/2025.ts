import type { YearSchedule } from "./types.js";

// The first arrangement under the 2024 revision of 全国年节及纪念日放假办法 (国务院令第795号), which added
// 除夕 and a second Labour Day to the statutory holidays.
export const schedule2025: YearSchedule = {
  year: 2025,
  notice: {
    title: "国务院办公厅关于2025年部分节假日安排的通知",
    number: "国办发明电〔2024〕12号",
    issued: "2024-11-12",
  },
  holidays: [
    { name: "元旦", from: "2025-01-01", to: "2025-01-01" },
    { name: "春节", from: "2025-01-28", to: "2025-02-04" },
    { name: "清明节", from: "2025-04-04", to: "2025-04-06" },
    { name: "劳动节", from: "2025-05-01", to: "2025-05-05" },
    { name: "端午节", from: "2025-05-31", to: "2025-06-02" },
    { name: "国庆节、中秋节", from: "2025-10-01", to: "2025-10-08" },
  ],
  workdays: ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"],
};
