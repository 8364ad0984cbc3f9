// Every built-in function: one line each. A new function is its file in this folder and its line here.
export { default as age } from "./age.js";
export { default as bracket } from "./bracket.js";
export { default as dateInYear } from "./date-in-year.js";
export { default as dayOfMonth } from "./day-of-month.js";
export { default as has } from "./has.js";
export { default as isWorkingDay } from "./is-working-day.js";
export { default as marginal } from "./marginal.js";
export { default as max } from "./max.js";
export { default as min } from "./min.js";
export { default as present } from "./present.js";
export { default as rollForward } from "./roll-forward.js";
export { default as round } from "./round.js";
export { default as workingDaysBetween } from "./working-days-between.js";
export { default as year } from "./year.js";
export { default as monthsBetween } from "./months-between.js";
