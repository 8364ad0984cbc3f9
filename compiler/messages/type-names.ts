// A type as a diagnostic names it, in both languages: `money (元)` / `金额（元）`.
import type { Lang } from "../../dsl/lang.js";
import { showType, type Ty } from "../ir/types.js";

function zhType(t: Ty): string {
  switch (t.k) {
    case "money":
      return "金额（元）";
    case "rate":
      return "比例（%）";
    case "points":
      return "百分点（个百分点）";
    case "int":
      return "整数";
    case "decimal":
      return "小数";
    case "bool":
      return "是/否（bool）";
    case "date":
      return "日期";
    case "duration":
      return `以${t.unit}计的时长`;
    case "enum":
      return `${t.name} 的成员`;
    case "set":
      return `${t.of} 的列表`;
    case "claimref":
      return "对此前申请的引用";
    case "bands":
      return "分段费率表";
    case "error":
      return "无效的值";
  }
}

export const typeName: Record<Lang, (t: Ty) => string> = { en: showType, zh: zhType };
