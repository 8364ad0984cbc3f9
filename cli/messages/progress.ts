// What commands report on stderr as they work (built, formatted, written, listening), in both languages: one
// entry per situation, over typed parameters (counts, paths, 文号, addresses — the same in both).
import { said } from "./said.js";

const files = (n: number) => `${n} file${n === 1 ? "" : "s"}`;

export const upToDate = said<{ policies: number }>(
  (p) => `generated/ is up to date (${p.policies} policies)`,
  (p) => `generated/ 已是最新（${p.policies} 个政策）`,
);
export const nothingChanged = said<{ policies: number }>(
  (p) => `built ${p.policies} policies: 0 files written (nothing changed since the last build)`,
  (p) => `已构建 ${p.policies} 个政策：未写入文件（自上次构建以来没有改动）`,
);
export const builtWithDrafts = said<{ policies: number; drafts: readonly string[]; dir: string }>(
  (p) => `built ${p.policies} policies with the drafts ${p.drafts.join(", ")} into ${p.dir}/ (generated/ unchanged)`,
  (p) => `已连同草稿 ${p.drafts.join("、")} 构建 ${p.policies} 个政策，写入 ${p.dir}/（generated/ 未改动）`,
);
export const outOfDate = said<{ files: readonly string[] }>(
  (p) => `generated/ is out of date; run regc build:\n${p.files.map((s) => `  ${s}`).join("\n")}`,
  (p) => `generated/ 已过时，请运行 regc build：\n${p.files.map((s) => `  ${s}`).join("\n")}`,
);
export const built = said<{ policies: number; emitted: number; reused: number; typechecked: number; written: number }>(
  (p) =>
    `built ${p.policies} policies (${p.emitted} emitted, ${p.reused} unchanged; ${p.typechecked} module${p.typechecked === 1 ? "" : "s"} type-checked): ${files(p.written)} written`,
  (p) => `已构建 ${p.policies} 个政策（生成 ${p.emitted} 个，${p.reused} 个未变；类型检查 ${p.typechecked} 个模块）：写入 ${p.written} 个文件`,
);
export const generatedTypeErrors = said<{ errors: readonly string[] }>(
  (p) => `generated code does not type-check (a compiler defect; please report it):\n${p.errors.join("\n")}`,
  (p) => `生成的代码未通过类型检查（这是编译器的缺陷，请报告）：\n${p.errors.join("\n")}`,
);
export const notFormatted = said<{ file: string }>(
  (p) => `${p.file}: not formatted`,
  (p) => `${p.file}：未按规范格式书写`,
);
export const formatted = said<{ file: string }>(
  (p) => `formatted ${p.file}`,
  (p) => `已格式化 ${p.file}`,
);
export const wroteSite = said<{ pages: number; documents: number; out: string }>(
  (p) => `wrote ${p.pages} pages for ${p.documents} documents to ${p.out}`,
  (p) => `已为 ${p.documents} 个文件写出 ${p.pages} 个网页，位于 ${p.out}`,
);
export const belowMinimum = said<{ number: string; percent: string; min: string }>(
  (p) => `${p.number}: coverage ${p.percent}% is below the minimum ${p.min}%`,
  (p) => `${p.number}：覆盖率 ${p.percent}% 低于最低要求 ${p.min}%`,
);
export const cannotListen = said<{ host: string; port: number; code: string }>(
  (p) => `regc serve: cannot listen on ${p.host}:${p.port} (${p.code})${p.code === "EADDRINUSE" ? ": the port is taken, choose another --port" : ""}`,
  (p) => `regc serve: 无法在 ${p.host}:${p.port} 上监听（${p.code}）${p.code === "EADDRINUSE" ? "：端口已被占用，请换一个 --port" : ""}`,
);
export const listening = said<{ policies: number; address: string }>(
  (p) => `regc serve: ${p.policies} policies, listening on ${p.address} (GET /openapi.json describes the interface)`,
  (p) => `regc serve: ${p.policies} 个政策，监听 ${p.address}（GET /openapi.json 为接口说明）`,
);
export const noticeInChinese = said<Record<string, never>>(
  () => "regc explain: the decision notice is in Chinese whatever --lang says: it is handed to the applicant",
  () => "regc explain：决定通知书始终为中文，交给申请人",
);
export const stopping = said<{ signal: string }>(
  (p) => `regc serve: got ${p.signal}, exiting once the requests under way are answered`,
  (p) => `regc serve: 收到 ${p.signal}，处理完进行中的请求后退出`,
);
