// The language a request asks for the words of its answer: `?lang=zh|en` (another value is a 400), else its
// Accept-Language (q-weighted), else undefined — what is answered decides (results: Chinese, as the runtime's
// default; /status: English, as regc status).
import type { FastifyRequest } from "fastify";
import { langOfAcceptLanguage, parseLang, type Lang } from "../dsl/lang.js";
import { PROBLEMS } from "./problem-messages.js";
import { Problem } from "./problems.js";

/** The `lang` query parameter as the OpenAPI document describes it. */
export const LANG_QUERY = {
  lang: { type: "string", enum: ["zh", "en"], description: "说明文字（reason 等）的语言：zh 或 en；未给出时按 Accept-Language" },
} as const;

export function requestLang(req: FastifyRequest): Lang | undefined {
  const given = (req.query as { lang?: string } | undefined)?.lang;
  if (given === undefined) return langOfAcceptLanguage(req.headers["accept-language"]);
  const lang = parseLang(given);
  if (!lang) throw new Problem(400, { code: "invalid_query", message: PROBLEMS.lang(given) });
  return lang;
}

/** The language of a problem's message: the request's, else Chinese; a `lang` itself wrong is answered in Chinese. */
export function problemLang(req: FastifyRequest): Lang {
  try {
    return requestLang(req) ?? "zh";
  } catch {
    return "zh";
  }
}
