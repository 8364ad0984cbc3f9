// Why an output is provisional (OutputStatus), in both languages: a year counted from the statute's fixed
// holidays because no notice arranges it yet. (An output that needs such a year is `calendar_unknown`, said as
// the calendar's error is: runtime/rule-messages.ts.) The year is data in the result beside the reason.
import type { Text } from "./lang.js";

/** The output was counted with `year`'s statutory holidays only (`--provisional-calendar`). */
export function provisionalReason(year: number): Text {
  return {
    en: `the holiday arrangements for ${year} are not published yet; counted provisionally from the holidays and weekends of 《全国年节及纪念日放假办法》 第二条 (without swapped working days); the result may differ once the State Council General Office publishes ${year}'s arrangements`,
    zh: `${year}年的节假日安排尚未公布，按《全国年节及纪念日放假办法》第二条规定的节日和周末临时推算（不含调休）；国务院办公厅公布${year}年安排后结果可能不同`,
  };
}
