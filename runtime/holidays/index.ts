// Every year the calendar knows, oldest first. To add a year, add its notice as `<year>.ts` and list it here;
// docs/calendar.md describes the steps. Nothing here is read from disk at run time: rule modules import the
// runtime only, so the schedule has to be compiled in.
import type { YearSchedule } from "./types.js";
import { schedule2017 } from "./2017.js";
import { schedule2018 } from "./2018.js";
import { schedule2019 } from "./2019.js";
import { schedule2020 } from "./2020.js";
import { schedule2021 } from "./2021.js";
import { schedule2022 } from "./2022.js";
import { schedule2023 } from "./2023.js";
import { schedule2024 } from "./2024.js";
import { schedule2025 } from "./2025.js";
import { schedule2026 } from "./2026.js";

export type { Arrangement, HolidayRange, Notice, YearSchedule } from "./types.js";

export const SCHEDULES: readonly YearSchedule[] = [
  schedule2017,
  schedule2018,
  schedule2019,
  schedule2020,
  schedule2021,
  schedule2022,
  schedule2023,
  schedule2024,
  schedule2025,
  schedule2026,
];
