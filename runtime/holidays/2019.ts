import type { YearSchedule } from "./types.js";

// The 元旦 span starts in December 2018 and Saturday 2018-12-29 is worked: this notice, not the one for 2018,
// decides the last days of 2018.
export const schedule2019: YearSchedule = {
  year: 2019,
  notice: {
    title: "国务院办公厅关于2019年部分节假日安排的通知",
    number: "国办发明电〔2018〕15号",
    issued: "2018-12-04",
  },
  holidays: [
    { name: "元旦", from: "2018-12-30", to: "2019-01-01" },
    { name: "春节", from: "2019-02-04", to: "2019-02-10" },
    { name: "清明节", from: "2019-04-05", to: "2019-04-05", note: "与周末连休" },
    { name: "劳动节", from: "2019-05-01", to: "2019-05-01" },
    { name: "端午节", from: "2019-06-07", to: "2019-06-07", note: "与周末连休" },
    { name: "中秋节", from: "2019-09-13", to: "2019-09-13", note: "与周末连休" },
    { name: "国庆节", from: "2019-10-01", to: "2019-10-07" },
  ],
  workdays: ["2018-12-29", "2019-02-02", "2019-02-03", "2019-09-29", "2019-10-12"],
  amendments: [
    {
      // Labour Day lengthened from one day to four, paid for by two Sundays.
      notice: {
        title: "国务院办公厅关于调整2019年劳动节假期安排的通知",
        number: "国办发明电〔2019〕3号",
        issued: "2019-03-22",
      },
      holidays: [{ name: "劳动节", from: "2019-05-01", to: "2019-05-04" }],
      workdays: ["2019-04-28", "2019-05-05"],
    },
  ],
};
