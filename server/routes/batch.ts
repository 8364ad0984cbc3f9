// POST /batch/<policy>: JSON Lines in, JSON Lines out, streamed. Each case is evaluated as it arrives and its
// line written at once, in input order: the lines `regc batch` writes (case-line.ts), each with both versions.
// A line that is not valid JSON, fails validation or is longer than the body limit gets a line saying so,
// and the batch goes on.
import { Readable } from "node:stream";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Calendar } from "../../runtime/calendar.js";
import { policyName } from "../../runtime/evaluate.js";
import { caseLine } from "../../cli/batch/case-line.js";
import { parseJsonCase } from "../../cli/batch/parse-case.js";
import { REGC_VERSION } from "../../cli/version.js";
import { jsonLines } from "../json-lines.js";
import { batchRouteSchema } from "../openapi.js";
import { Problem } from "../problems.js";
import { PROBLEMS } from "../problem-messages.js";
import { requestLang } from "../request-lang.js";
import type { Lang } from "../../runtime/lang.js";
import type { ServedPolicy, Service } from "../service.js";
import { policyRoutes, versioned } from "./policy-routes.js";

export const JSON_LINES = ["application/x-ndjson", "application/jsonl", "application/json-lines"];

// Result lines are gathered into writes of about this many characters.
const WRITE_SIZE = 1 << 16;

export function batchRoutes(app: FastifyInstance, service: Service, lineLimit: number): void {
  // The body is handed over unread: the route reads it line by line.
  app.addContentTypeParser(JSON_LINES, (_req, payload, done) => done(null, payload));
  policyRoutes(app, service, "POST", "/batch/", batchRouteSchema, (p, req, reply) => batch(p, req, reply, service.evaluation.calendar, lineLimit));
}

function batch(p: ServedPolicy, req: FastifyRequest, reply: FastifyReply, calendar: Calendar, lineLimit: number): FastifyReply {
  if (!(req.body instanceof Readable)) throw new Problem(415, { code: "unsupported_media_type", message: PROBLEMS.batchMedia });
  versioned(reply, p);
  const lang = requestLang(req) ?? "zh";
  return reply.type("application/x-ndjson; charset=utf-8").send(Readable.from(results(p, req.body, calendar, lang, lineLimit), { objectMode: false }));
}

async function* results(p: ServedPolicy, body: Readable, calendar: Calendar, lang: Lang, lineLimit: number): AsyncGenerator<string> {
  const policy = JSON.stringify(policyName(p.module));
  const versions = `,"policyVersion":${JSON.stringify(p.version)},"regcVersion":${JSON.stringify(REGC_VERSION)}}\n`;
  let out = "";
  for await (const l of jsonLines(body, lineLimit)) {
    const parsed = "text" in l ? parseJsonCase(l.text) : { problem: PROBLEMS.lineTooLong(lineLimit) };
    // A line the service could not read is said in the request's language; a case's own issues stay English.
    const text =
      "problem" in parsed
        ? JSON.stringify({ line: l.line, invalid: [{ path: "$", message: parsed.problem[lang] }] })
        : caseLine(p.module, policy, l.line, parsed, calendar, lang).text;
    out += text.slice(0, -1) + versions;
    if (out.length >= WRITE_SIZE) {
      yield out;
      out = "";
    }
  }
  if (out) yield out;
}
