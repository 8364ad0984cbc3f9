// What the service says when it cannot serve a request, in both languages: one entry per situation, its
// parameters (names, values, limits) the same in both. The request's language chooses (`?lang=`, else
// Accept-Language); Chinese when it names none, as these messages have always been.
import { meantText } from "../dsl/messages/entry.js";
import type { Text } from "../runtime/lang.js";

/** `; did you mean "x"?` / `；是否想写“x”？` — the wording of every suggestion (dsl/messages/entry.ts). */
const didYouMean = (suggestions: readonly string[]): Text => ({
  en: suggestions.length ? `; ${meantText.en(suggestions)}` : "",
  zh: suggestions.length ? `；${meantText.zh(suggestions)}` : "",
});

export const PROBLEMS = {
  unknownPolicy: (name: string, suggestions: readonly string[]): Text => ({
    en: `there is no policy named "${name}"${didYouMean(suggestions).en} (GET /policies lists them all)`,
    zh: `没有名为“${name}”的政策${didYouMean(suggestions).zh}（GET /policies 列出全部）`,
  }),
  unknownDocument: (name: string, suggestions: readonly string[]): Text => ({
    en: `the rule files have no document numbered "${name}"${didYouMean(suggestions).en}`,
    zh: `规则文件中没有文号为“${name}”的文件${didYouMean(suggestions).zh}`,
  }),
  datesOnly: (number: string): Text => ({
    en: `the rule files of ${number} record only its dates, no rules to compute; GET /status/${number}?on=YYYY-MM-DD tells whether it is in force`,
    zh: `${number} 的规则文件只记载其施行日期，没有可计算的规则；GET /status/${number}?on=YYYY-MM-DD 可查询其是否有效`,
  }),
  invalidCase: (count: number): Text => ({
    en: `the case is not valid (${count} ${count === 1 ? "problem" : "problems"}, see issues)`,
    zh: `案例未通过校验（${count} 处问题，见 issues）`,
  }),
  cannotEvaluate: (why: Text): Text => ({ en: `the rules cannot decide this case: ${why.en}`, zh: `规则无法对此案例作出判断：${why.zh}` }),
  invalidJson: { en: "the request body is not valid JSON", zh: "请求体不是有效的 JSON" },
  emptyBody: { en: "the request body is empty: send a case as JSON", zh: "请求体为空：请发送一个 JSON 案例" },
  emptyCase: { en: "the request body is empty: send a case as application/json", zh: "请求体为空：请以 application/json 发送一个案例" },
  bodyTooLarge: (limit: number): Text => ({
    en: `the request body is larger than the limit of ${limit} bytes (regc serve --body-limit)`,
    zh: `请求体超过 ${limit} 字节的上限（regc serve --body-limit）`,
  }),
  /** A line of a batch, not a problem: its result line says so and the batch goes on. */
  lineTooLong: (limit: number): Text => ({
    en: `this line is longer than the limit of ${limit} bytes and was not read`,
    zh: `这一行超过 ${limit} 字节的上限，未读取`,
  }),
  mediaType: {
    en: "unsupported content type: send a case as application/json, cases in bulk as application/x-ndjson",
    zh: "不支持的请求内容类型：案例请以 application/json 发送，批量案例以 application/x-ndjson 发送",
  },
  contentLength: { en: "Content-Length does not match the length of the request body", zh: "Content-Length 与请求体长度不符" },
  badRequest: (why: string): Text => ({ en: `the request cannot be served: ${why}`, zh: `请求无法处理：${why}` }),
  internal: { en: "internal error of the service (logged); the request may be retried", zh: "服务内部错误（已记录）；请求可以重试" },
  notFound: (method: string, url: string): Text => ({
    en: `no such address: ${method} ${url}; GET /openapi.json lists every endpoint`,
    zh: `没有这个地址：${method} ${url}；GET /openapi.json 列出全部接口`,
  }),
  lang: (given: string): Text => ({ en: `lang must be zh or en, got "${given}"`, zh: `lang 只能是 zh 或 en，收到“${given}”` }),
  trace: (given: string): Text => ({ en: `trace must be true or false, got "${given}"`, zh: `trace 只能是 true 或 false，收到“${given}”` }),
  notAcceptable: {
    en: "an explanation can be answered as application/json, text/html or text/plain",
    zh: "说明可以 application/json、text/html 或 text/plain 返回",
  },
  singleCase: {
    en: "send a single case as application/json; JSON Lines go to /batch/…",
    zh: "单个案例请以 application/json 发送；JSON Lines 请发往 /batch/…",
  },
  batchMedia: {
    en: "send cases in bulk as application/x-ndjson (JSON Lines, one case a line)",
    zh: "批量案例请以 application/x-ndjson（JSON Lines，每行一个案例）发送",
  },
  cannotStart: {
    en: "the rule files have errors; the service cannot start: run regc check and correct them first",
    zh: "规则文件有错误，无法启动服务：请先运行 regc check 并改正",
  },
  staleModules: (paths: readonly string[]): Text => ({
    en: `the modules in generated/ do not match the rule files; run regc build first:\n${paths.map((s) => `  ${s}`).join("\n")}`,
    zh: `generated/ 中的模块与规则文件不一致，请先运行 regc build：\n${paths.map((s) => `  ${s}`).join("\n")}`,
  }),
  missingOn: { en: "the query parameter on (a date YYYY-MM-DD) is missing", zh: "缺少查询参数 on（日期 YYYY-MM-DD）" },
  badOn: (on: string): Text => ({ en: `on must be a date YYYY-MM-DD, got "${on}"`, zh: `on 应为日期 YYYY-MM-DD，收到“${on}”` }),
} as const;
