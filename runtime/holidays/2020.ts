import type { YearSchedule } from "./types.js";

export const schedule2020: YearSchedule = {
  year: 2020,
  notice: {
    title: "国务院办公厅关于2020年部分节假日安排的通知",
    number: "国办发明电〔2019〕16号",
    issued: "2019-11-21",
  },
  holidays: [
    { name: "元旦", from: "2020-01-01", to: "2020-01-01" },
    { name: "春节", from: "2020-01-24", to: "2020-01-30" },
    { name: "清明节", from: "2020-04-04", to: "2020-04-06" },
    { name: "劳动节", from: "2020-05-01", to: "2020-05-05" },
    { name: "端午节", from: "2020-06-25", to: "2020-06-27" },
    { name: "国庆节、中秋节", from: "2020-10-01", to: "2020-10-08" },
  ],
  workdays: ["2020-01-19", "2020-02-01", "2020-04-26", "2020-05-09", "2020-06-28", "2020-09-27", "2020-10-10"],
  amendments: [
    {
      // Epidemic control: the Spring Festival runs to Sunday 2 February and work resumes on Monday 3 February.
      // The notice names only the new end; Saturday 1 February, a make-up working day under the annual notice,
      // falls inside the extended holiday and is therefore no longer worked.
      notice: {
        title: "国务院办公厅关于延长2020年春节假期的通知",
        number: "国办发明电〔2020〕1号",
        issued: "2020-01-26",
      },
      holidays: [{ name: "春节", from: "2020-01-31", to: "2020-02-02", note: "延长2020年春节假期至2月2日" }],
      workdays: [],
    },
  ],
};
