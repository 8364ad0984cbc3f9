// The language a request asks for the words of its answer: `?lang=zh|en` (another value is a 400), else its
// Accept-Language (q-weighted), else undefined — what is answered decides (results: Chinese, as the runtime's
// default; /status: English, as regc status).
import type { FastifyRequest } from "fastify";
import { langOfAcceptLanguage, parseLang, type Lang } from "../dsl/lang.js";
import { Problem } from "./problems.js";

/** The `lang` query parameter as the OpenAPI document describes it. */
export const LANG_QUERY = {
  lang: { type: "string", enum: ["zh", "en"], description: "说明文字（reason 等）的语言：zh 或 en；未给出时按 Accept-Language" },
} as const;

export function requestLang(req: FastifyRequest): Lang | undefined {
  const given = (req.query as { lang?: string } | undefined)?.lang;
  if (given === undefined) return langOfAcceptLanguage(req.headers["accept-language"]);
  const lang = parseLang(given);
  if (!lang) throw new Problem(400, { code: "invalid_query", message: `lang 只能是 zh 或 en，收到“${given}”` });
  return lang;
}
