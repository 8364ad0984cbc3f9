// The runtime surface generated rule modules import (`import * as rt from "…/runtime/index.js"`).
export * from "./scaled.js";
export * from "./ledger.js";
export * from "./date.js";
export * from "./errors.js";
export * from "./module.js";
export * from "./format.js";
export { CalendarUnknown, priorValue, raise, unknownOf, type Calendar } from "./calendar.js";
export type { CalendarData } from "./calendar-data.js";
export { conflict, need } from "./rules.js";
export { inOrder, noneCovered, only, ranking, type Ranking } from "./strategy.js";
export { artifacts } from "./artifacts.js";
export { atClaim, NOT_IN_FORCE, OK, statusCode, type ClaimLoopContext, type OutcomeColumns } from "./claim-loop.js";
export { money, rate } from "./written.js";
