// Today as regc sees it, on its own so that what only needs the date (a remembered check's key) loads nothing else.
import { dayFromParts, formatDay, isoDay } from "../../runtime/date.js";

/** Today as regc sees it: REGC_TODAY when set (tests, reproducible CI), else the system's date. */
export function today(env: NodeJS.ProcessEnv = process.env): string {
  const fixed = env.REGC_TODAY;
  if (fixed !== undefined && isoDay(fixed) !== undefined) return fixed;
  const d = new Date();
  return formatDay(dayFromParts(d.getFullYear(), d.getMonth() + 1, d.getDate()));
}
