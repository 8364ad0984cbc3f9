// GET /policies: what the service computes, for a client to discover; GET /health for a load balancer.
import type { FastifyInstance } from "fastify";
import { formatDay } from "../../runtime/date.js";
import { REGC_VERSION } from "../../cli/version.js";
import { policiesRouteSchema } from "../openapi.js";
import type { Service } from "../service.js";

export function policiesRoutes(app: FastifyInstance, service: Service): void {
  const listing = {
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
          fromReason: m.inForce.fromReason.en,
          toReason: m.inForce.toReason.en,
        },
        outputs: p.module.outputs.map((o) => ({ name: o.name, ...(o.label ? { label: o.label } : {}), type: o.type })),
        policyVersion: p.version,
      };
    }),
  };
  app.get("/policies", { schema: policiesRouteSchema }, () => listing);
  app.get("/health", { schema: { hide: true } }, () => ({ status: "ok", regcVersion: REGC_VERSION, policies: service.policies.size }));
}
