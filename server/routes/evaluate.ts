// POST /run/<policy> and /explain/<policy>: one case, the result `regc run` prints (with both versions), or
// the explanation `regc explain` prints, as JSON, a printable HTML page or plain text by the Accept header.
import { Readable } from "node:stream";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { runCase } from "../../runtime/evaluate.js";
import { explanationHtml } from "../../cli/explain/html.js";
import { explain as explanation } from "../../cli/explain/model.js";
import { explanationText } from "../../cli/explain/text.js";
import { REGC_VERSION } from "../../cli/version.js";
import { explainRouteSchema, runRouteSchema } from "../openapi.js";
import { Problem } from "../problems.js";
import { PROBLEMS } from "../problem-messages.js";
import { requestLang } from "../request-lang.js";
import type { Lang } from "../../runtime/lang.js";
import type { ServedPolicy, Service } from "../service.js";
import { policyRoutes, versioned } from "./policy-routes.js";

export function evaluateRoutes(app: FastifyInstance, service: Service): void {
  policyRoutes(app, service, "POST", "/run/", runRouteSchema, run);
  policyRoutes(app, service, "POST", "/explain/", explainRouteSchema, explain);
}

function run(p: ServedPolicy, req: FastifyRequest, reply: FastifyReply, service: Service): object {
  const result = runCase(p.module, caseBody(req), { trace: traceWanted(req), ...service.evaluation.options, ...langOption(req) });
  versioned(reply, p);
  return { ...result, policyVersion: p.version, regcVersion: REGC_VERSION };
}

function explain(p: ServedPolicy, req: FastifyRequest, reply: FastifyReply, service: Service): object | string {
  const kind = req.accepts().type(["application/json", "text/html", "text/plain"]);
  if (kind === false) throw new Problem(406, { code: "not_acceptable", message: PROBLEMS.notAcceptable });
  const json = caseBody(req);
  const lang = requestLang(req);
  const result = runCase(p.module, json, { trace: true, ...service.evaluation.options, ...(lang ? { lang } : {}) });
  // The explanation in the request's language; Chinese when it names none, as `regc explain`.
  const x = explanation(p.module, p.unit, result, json, p.explain(), lang ?? "zh");
  versioned(reply, p);
  if (kind === "text/html") return reply.type("text/html; charset=utf-8").send(explanationHtml(x));
  const text = explanationText(x);
  if (kind === "text/plain") return reply.type("text/plain; charset=utf-8").send(text);
  return { ...result, explanation: text, policyVersion: p.version, regcVersion: REGC_VERSION };
}

/** The language of the result's reasons the request asks for (`?lang=`, else Accept-Language). */
function langOption(req: FastifyRequest): { lang?: Lang } {
  const lang = requestLang(req);
  return lang ? { lang } : {};
}

/** The case a request carries as JSON. */
function caseBody(req: FastifyRequest): unknown {
  if (req.body === undefined) throw new Problem(400, { code: "invalid_json", message: PROBLEMS.emptyCase });
  if (req.body instanceof Readable) throw new Problem(415, { code: "unsupported_media_type", message: PROBLEMS.singleCase });
  return req.body;
}

function traceWanted(req: FastifyRequest): boolean {
  const trace = (req.query as { trace?: string }).trace;
  if (trace === undefined || trace === "true") return true;
  if (trace === "false") return false;
  throw new Problem(400, { code: "invalid_query", message: PROBLEMS.trace(trace) });
}
