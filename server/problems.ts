// What the service answers when a request cannot be served: a status, a machine-readable `code`, a message
// in Chinese for the person reading it, and the details a client acts on (every JSON path of an invalid
// case, the names meant by an unknown one, the limit exceeded). docs/http.md lists every code.
import type { FastifyError } from "fastify";
import { CaseError, RuleError } from "../runtime/errors.js";

export interface ProblemBody {
  code: string;
  message: string;
  [detail: string]: unknown;
}

export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly body: ProblemBody,
  ) {
    super(body.message);
  }
}

export function unknownPolicy(name: string, suggestions: readonly string[]): Problem {
  const hint = suggestions.length ? `；是否要找 ${suggestions.map((s) => `“${s}”`).join("或")}？` : "";
  return new Problem(404, { code: "unknown_policy", message: `没有名为“${name}”的政策${hint}（GET /policies 列出全部）`, policy: name, suggestions });
}

export function unknownDocument(name: string, suggestions: readonly string[]): Problem {
  const hint = suggestions.length ? `；是否要找 ${suggestions.map((s) => `“${s}”`).join("或")}？` : "";
  return new Problem(404, { code: "unknown_document", message: `规则文件中没有文号为“${name}”的文件${hint}`, document: name, suggestions });
}

export function datesOnly(number: string): Problem {
  return new Problem(404, {
    code: "no_rules",
    message: `${number} 的规则文件只记载其施行日期，没有可计算的规则；GET /status/${number}?on=YYYY-MM-DD 可查询其是否有效`,
    policy: number,
  });
}

/** The problem a thrown error stands for; undefined for a defect of the service itself (a 500). */
export function problemOf(e: unknown, bodyLimit: number): Problem | undefined {
  if (e instanceof Problem) return e;
  if (e instanceof CaseError) {
    return new Problem(400, { code: "invalid_case", message: `案例未通过校验（${e.issues.length} 处问题，见 issues）`, issues: e.issues });
  }
  if (e instanceof RuleError) {
    return new Problem(422, {
      code: "cannot_evaluate",
      message: `规则无法对此案例作出判断：${e.inLang("zh")}`,
      ...(e.citation ? { citation: e.citation } : {}),
    });
  }
  return fastifyProblem(e as FastifyError, bodyLimit);
}

/** Fastify's own refusals (body parsing, limits), in the service's words. */
function fastifyProblem(e: FastifyError, bodyLimit: number): Problem | undefined {
  switch (e.code) {
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return new Problem(400, { code: "invalid_json", message: "请求体不是有效的 JSON" });
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return new Problem(400, { code: "invalid_json", message: "请求体为空：请发送一个 JSON 案例" });
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new Problem(413, { code: "body_too_large", message: `请求体超过 ${bodyLimit} 字节的上限（regc serve --body-limit）`, limit: bodyLimit });
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return new Problem(415, {
        code: "unsupported_media_type",
        message: "不支持的请求内容类型：案例请以 application/json 发送，批量案例以 application/x-ndjson 发送",
      });
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return new Problem(400, { code: "invalid_content_length", message: "Content-Length 与请求体长度不符" });
    default:
      return e.statusCode !== undefined && e.statusCode >= 400 && e.statusCode < 500
        ? new Problem(e.statusCode, { code: "bad_request", message: `请求无法处理：${e.message}` })
        : undefined;
  }
}
