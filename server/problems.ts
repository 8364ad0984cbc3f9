// What the service answers when a request cannot be served: a status, a machine-readable `code`, a message
// for the person reading it in the request's language (Chinese unless it asks for English), and the details a client acts on (every JSON path of an invalid
// case, the names meant by an unknown one, the limit exceeded). docs/http.md lists every code.
import type { FastifyError } from "fastify";
import { CaseError, RuleError } from "../runtime/errors.js";
import type { Lang, Text } from "../runtime/lang.js";
import { PROBLEMS } from "./problem-messages.js";

export interface ProblemBody {
  code: string;
  message: string;
  [detail: string]: unknown;
}

/** A problem as raised: its message in both languages (server/problem-messages.ts), rendered per request. */
export interface ProblemSaid {
  code: string;
  message: Text;
  [detail: string]: unknown;
}

export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly said: ProblemSaid,
  ) {
    super(said.message.zh);
  }

  /** The body answered, its message in `lang`. */
  bodyIn(lang: Lang): ProblemBody {
    return { ...this.said, message: this.said.message[lang] };
  }
}

export function unknownPolicy(name: string, suggestions: readonly string[]): Problem {
  return new Problem(404, { code: "unknown_policy", message: PROBLEMS.unknownPolicy(name, suggestions), policy: name, suggestions });
}

export function unknownDocument(name: string, suggestions: readonly string[]): Problem {
  return new Problem(404, { code: "unknown_document", message: PROBLEMS.unknownDocument(name, suggestions), document: name, suggestions });
}

export function datesOnly(number: string): Problem {
  return new Problem(404, { code: "no_rules", message: PROBLEMS.datesOnly(number), policy: number });
}

/** The problem a thrown error stands for; undefined for a defect of the service itself (a 500). */
export function problemOf(e: unknown, bodyLimit: number): Problem | undefined {
  if (e instanceof Problem) return e;
  if (e instanceof CaseError) {
    return new Problem(400, { code: "invalid_case", message: PROBLEMS.invalidCase(e.issues.length), issues: e.issues });
  }
  if (e instanceof RuleError) {
    return new Problem(422, {
      code: "cannot_evaluate",
      message: PROBLEMS.cannotEvaluate({ en: e.inLang("en"), zh: e.inLang("zh") }),
      ...(e.citation ? { citation: e.citation } : {}),
    });
  }
  return fastifyProblem(e as FastifyError, bodyLimit);
}

/** Fastify's own refusals (body parsing, limits), in the service's words. */
function fastifyProblem(e: FastifyError, bodyLimit: number): Problem | undefined {
  switch (e.code) {
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return new Problem(400, { code: "invalid_json", message: PROBLEMS.invalidJson });
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return new Problem(400, { code: "invalid_json", message: PROBLEMS.emptyBody });
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new Problem(413, { code: "body_too_large", message: PROBLEMS.bodyTooLarge(bodyLimit), limit: bodyLimit });
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return new Problem(415, { code: "unsupported_media_type", message: PROBLEMS.mediaType });
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return new Problem(400, { code: "invalid_content_length", message: PROBLEMS.contentLength });
    default:
      return e.statusCode !== undefined && e.statusCode >= 400 && e.statusCode < 500
        ? new Problem(e.statusCode, { code: "bad_request", message: PROBLEMS.badRequest(e.message) })
        : undefined;
  }
}
