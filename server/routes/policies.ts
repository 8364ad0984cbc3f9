// GET /policies: what the service computes, for a client to discover; GET /health for a load balancer.
// A document's period reasons are in the request's language (`?lang=`, else Accept-Language), English when it
// names none, as they were before they had Chinese (and as /status answers).
import type { FastifyInstance } from "fastify";
import { formatDay } from "../../runtime/date.js";
import type { Lang } from "../../runtime/lang.js";
import { REGC_VERSION } from "../../cli/version.js";
import { policiesRouteSchema } from "../openapi.js";
import { requestLang } from "../request-lang.js";
import type { Service } from "../service.js";

export function policiesRoutes(app: FastifyInstance, service: Service): void {
  const listings = { en: listing(service, "en"), zh: listing(service, "zh") };
  app.get("/policies", { schema: policiesRouteSchema }, (req) => listings[requestLang(req) ?? "en"]);
  app.get("/health", { schema: { hide: true } }, () => ({ status: "ok", regcVersion: REGC_VERSION, policies: service.policies.size }));
}

/** Every policy served, its period's reasons in `lang`. */
function listing(service: Service, lang: Lang): object {
  return {
    regcVersion: REGC_VERSION,
    policies: [...service.policies.values()].map((p) => {
      const m = p.module.meta;
      return {
        id: p.id,
        number: m.number,
        ...(m.part ? { part: m.part } : {}),
        ...(m.plan ? { plan: m.plan } : {}),
        title: m.title,
        mode: m.mode,
        inForce: {
          from: formatDay(m.inForce.from),
          to: m.inForce.to === null ? null : formatDay(m.inForce.to),
          fromReason: m.inForce.fromReason[lang],
          toReason: m.inForce.toReason[lang],
        },
        outputs: p.module.outputs.map((o) => ({ name: o.name, ...(o.label ? { label: o.label } : {}), type: o.type })),
        policyVersion: p.version,
      };
    }),
  };
}
