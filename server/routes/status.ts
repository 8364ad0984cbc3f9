// GET /status/<文号>?on=YYYY-MM-DD: whether a document is in force that day and what decides it, as
// `regc status` answers, for every document the rule files know (also those with dates only).
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { calendarLastDay } from "../../compiler/calendar/horizon.js";
import { statusOn } from "../../compiler/lifecycle/periods.js";
import { requestLang } from "../request-lang.js";
import { resolveDocument } from "../../compiler/query/resolve-policy.js";
import { isIsoDate } from "../../runtime/date.js";
import { REGC_VERSION } from "../../cli/version.js";
import { statusRouteSchema } from "../openapi.js";
import { Problem, unknownDocument } from "../problems.js";
import { PROBLEMS } from "../problem-messages.js";
import type { ServedDocument, Service } from "../service.js";

export function statusRoutes(app: FastifyInstance, service: Service): void {
  // The last day the official calendar arranges, as `regc status` says it.
  const lastDay = calendarLastDay(service.program);
  for (const d of service.documents.values()) {
    if (/[:*]/.test(d.life.number)) continue;
    app.get(`/status/${d.life.number}`, { schema: statusRouteSchema(d.life.number, d.life.title) }, (req, reply) => status(d, lastDay, req, reply));
  }
  app.get("/status/*", { schema: { hide: true } }, (req, reply) => {
    const name = (req.params as { "*": string })["*"];
    const r = resolveDocument(service.program.lifecycle.documents, name);
    if (r.kind === "unknown") throw unknownDocument(name, r.suggestions);
    return status(service.documents.get(r.life.number)!, lastDay, req, reply);
  });
}

function status(d: ServedDocument, lastDay: string | undefined, req: FastifyRequest, reply: FastifyReply): object {
  const on = (req.query as { on?: string }).on;
  if (on === undefined || !isIsoDate(on)) {
    throw new Problem(400, { code: "invalid_date", message: on === undefined ? PROBLEMS.missingOn : PROBLEMS.badOn(on) });
  }
  const { inForce, reason: why } = statusOn(d.life, on);
  // The reason in the language the request asks for (?lang=, Accept-Language), else English as regc status gives it.
  const reason = why[requestLang(req) ?? "en"];
  reply.header("x-policy-version", d.version);
  return { policy: d.life.number, on, inForce, reason, ...(lastDay ? { calendarLastDay: lastDay } : {}), policyVersion: d.version, regcVersion: REGC_VERSION };
}
