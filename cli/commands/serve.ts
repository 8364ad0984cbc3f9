// `regc serve [--port] [--host]`: the policies as an HTTP service (server/). The rule files are checked and the
// generated modules loaded once, at start; SIGTERM or SIGINT stops it gracefully: no new connections, requests
// under way answered, then exit 0.
import { createApp } from "../../server/app.js";
import * as tell from "../messages/progress.js";
import * as say from "../messages/usage.js";
import { loadService, ServiceError } from "../../server/service.js";
import { messageLang, UsageError, type Io } from "../io.js";

export interface ServeFlags {
  port: string;
  host: string;
  bodyLimit: string;
  timeout: string;
}

export async function serveCommand(root: string, opts: ServeFlags, io: Io): Promise<number> {
  const port = wholeNumber("--port", opts.port, 0, 65535);
  const bodyLimit = wholeNumber("--body-limit", opts.bodyLimit, 1);
  const timeoutMs = wholeNumber("--timeout", opts.timeout, 1) * 1000;
  let service: Awaited<ReturnType<typeof loadService>>;
  try {
    service = await loadService(root);
  } catch (e) {
    if (!(e instanceof ServiceError)) throw e;
    io.err(`regc serve: ${e.text[messageLang(io)]}\n`);
    return 1;
  }
  const app = await createApp(service, { bodyLimit, timeoutMs, report: io.err });
  let address: string;
  try {
    address = await app.listen({ port, host: opts.host });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== "EADDRINUSE" && code !== "EADDRNOTAVAIL" && code !== "EACCES" && code !== "ENOTFOUND") throw e;
    io.err(`${tell.cannotListen({ host: opts.host, port, code })[messageLang(io)]}\n`);
    return 1;
  }
  io.err(`${tell.listening({ policies: service.policies.size, address })[messageLang(io)]}\n`);
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once("SIGTERM", resolve);
    process.once("SIGINT", resolve);
  });
  io.err(`${tell.stopping({ signal })[messageLang(io)]}\n`);
  await app.close();
  return 0;
}

function wholeNumber(flag: string, text: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) throw new UsageError(say.wholeNumber({ flag, min, max, got: text }));
  return n;
}
