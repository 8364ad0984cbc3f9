// Every policy gets a route of its own under each prefix (`/run/南川府办发〔2023〕8号`), so the OpenAPI
// description lists each with its own case schema; one catch-all route per prefix serves the same handler to
// names that reach it otherwise (a part's `/` sent as %2F) and answers an unknown name with 404 and the
// names probably meant. Both find the policy through the service's resolver, shared with the command line.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { datesOnly, unknownPolicy } from "../problems.js";
import type { ServedPolicy, Service } from "../service.js";

type Handler = (p: ServedPolicy, req: FastifyRequest, reply: FastifyReply, service: Service) => unknown;

export function policyRoutes(
  app: FastifyInstance,
  service: Service,
  method: "GET" | "POST",
  prefix: string,
  schema: (p: ServedPolicy) => object,
  handler: Handler,
): void {
  for (const p of service.policies.values()) {
    // find-my-way reads `:` and `*` as parameters; a name holding one is served by the catch-all alone.
    if (/[:*]/.test(p.id)) continue;
    app.route({ method, url: `${prefix}${p.id}`, schema: schema(p), handler: (req, reply) => handler(p, req, reply, service) });
  }
  app.route({
    method,
    url: `${prefix}*`,
    schema: { hide: true },
    handler: (req, reply) => handler(served(service, (req.params as { "*": string })["*"]), req, reply, service),
  });
}

function served(service: Service, name: string): ServedPolicy {
  const r = service.resolve(name);
  if (r.kind === "unit") return r.policy!;
  throw r.kind === "dates-only" ? datesOnly(r.number) : unknownPolicy(name, r.suggestions);
}

/** Every answer about a policy names its version in a header (and in its body). */
export function versioned(reply: FastifyReply, p: ServedPolicy): void {
  reply.header("x-policy-version", p.version);
}
