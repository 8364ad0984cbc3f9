// The runtime surface generated rule modules import (`import * as rt from "…/runtime/index.js"`).
export * from "./scaled.js";
export * from "./ledger.js";
export * from "./date.js";
export * from "./errors.js";
export * from "./module.js";
export * from "./format.js";
export { addWorkingDays, isWorkingDay, workingDayOnOrAfter, workingDaysBetween } from "./calendar.js";
export { conflict, need } from "./rules.js";
export { highest } from "./strategy.js";
