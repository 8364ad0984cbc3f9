// The HTTP service on fastify: the routes, the OpenAPI description (@fastify/swagger), limits and timeouts,
// and errors answered as problems (problems.ts). Nothing a request sends can stop the service: a bad request
// gets its answer, a defect of the service a 500, and the next request is served as before.
import { createServer } from "node:http";
import accepts from "@fastify/accepts";
import swagger from "@fastify/swagger";
import Fastify, { type FastifyInstance } from "fastify";
import { REGC_VERSION } from "../cli/version.js";
import { PROBLEMS } from "./problem-messages.js";
import { Problem, problemOf } from "./problems.js";
import { problemLang } from "./request-lang.js";
import { parseCaseJson } from "../runtime/case-json.js";
import { CaseError } from "../runtime/errors.js";
import { batchRoutes } from "./routes/batch.js";
import { evaluateRoutes } from "./routes/evaluate.js";
import { policiesRoutes } from "./routes/policies.js";
import { statusRoutes } from "./routes/status.js";
import type { Service } from "./service.js";

export interface ServeOptions {
  /** The largest request body (a case; for /batch, one line), in bytes. */
  bodyLimit: number;
  /** A request's headers and body must arrive within this time, and a connection idle this long is closed. */
  timeoutMs: number;
  /** Where defects of the service itself (500s) are reported. */
  report(text: string): void;
}

export async function createApp(service: Service, options: ServeOptions): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: options.bodyLimit,
    // Node checks request timeouts every connectionsCheckingInterval; a short timeout needs a short interval.
    serverFactory: (handler) => {
      const server = createServer(
        {
          requestTimeout: options.timeoutMs,
          headersTimeout: options.timeoutMs,
          connectionsCheckingInterval: Math.max(50, Math.min(30_000, options.timeoutMs / 4)),
        },
        handler,
      );
      // A connection idle twice that long (a client that stopped reading an answer) is closed as well.
      server.setTimeout(2 * options.timeoutMs);
      return server;
    },
  });
  // Cases are validated by the runtime (as `regc run` validates them) and results written as they are: the
  // route schemas describe the interface for OpenAPI, and fastify neither coerces bodies nor drops fields.
  app.setValidatorCompiler(() => () => true);
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  // A case is JSON: no text/plain body is taken for one.
  app.removeContentTypeParser("text/plain");
  // A case is read as `regc run` reads a case file (runtime/case-json.ts): numbers as written, never rounded to
  // a neighbour a double can hold, and its length and nesting held to the case limits.
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (_req, body, done) => {
    try {
      done(null, readCase(body as string));
    } catch (e) {
      done(e as Error, undefined);
    }
  });
  await app.register(accepts);
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "regc",
        version: REGC_VERSION,
        description: "按公报规则计算案例：每个政策的请求体即其案例的 JSON Schema；每个结果附政策版本（规则文件与公报原文的内容哈希）与 regc 版本。",
      },
      tags: [
        { name: "policies", description: "可计算的政策" },
        { name: "run", description: "计算一个案例（与 regc run 相同）" },
        { name: "explain", description: "逐条说明一个案例（与 regc explain 相同）" },
        { name: "status", description: "某日是否有效（与 regc status 相同）" },
        { name: "batch", description: "批量计算：JSON Lines 进，JSON Lines 出" },
      ],
    },
  });
  app.addHook("onSend", async (_req, reply) => {
    reply.header("x-regc-version", REGC_VERSION);
  });
  app.setErrorHandler((error, req, reply) => {
    const problem = problemOf(error, options.bodyLimit);
    if (problem) return reply.status(problem.status).send(problem.bodyIn(problemLang(req)));
    options.report(`regc serve: ${req.method} ${req.url}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return reply.status(500).send({ code: "internal_error", message: PROBLEMS.internal[problemLang(req)] });
  });
  app.setNotFoundHandler((req, reply) => reply.status(404).send({ code: "not_found", message: PROBLEMS.notFound(req.method, req.url)[problemLang(req)] }));
  app.get("/openapi.json", { schema: { hide: true } }, () => app.swagger());
  policiesRoutes(app, service);
  evaluateRoutes(app, service);
  statusRoutes(app, service);
  batchRoutes(app, service, options.bodyLimit);
  return app;
}

/** A request body as a case; what is not JSON is answered as fastify's own parser would have it answered. */
function readCase(body: string): unknown {
  if (!body.trim()) throw new Problem(400, { code: "invalid_json", message: PROBLEMS.emptyBody });
  try {
    return parseCaseJson(body, "the request body");
  } catch (e) {
    if (e instanceof CaseError && e.issues[0]?.message.includes("is not valid JSON"))
      throw new Problem(400, { code: "invalid_json", message: PROBLEMS.invalidJson });
    throw e;
  }
}
