// `regc serve`: a real server on localhost answering as the command line does, and refusing bad requests with
// 400/400/404/413 while it goes on serving.
import { readFileSync } from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/app.js";
import { loadService, type Service } from "../../server/service.js";
import { regc, ROOT } from "../e2e/regc.js";

const NANCHUAN = "南川府办发〔2023〕8号";
const EXAMPLE = join(ROOT, "policies/medical-assistance/examples/nanchuan.json");
const REGC_VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

let service: Service;
let app: FastifyInstance;
let base: string;
const reported: string[] = [];

beforeAll(async () => {
  service = await loadService(ROOT);
  app = await createApp(service, { bodyLimit: 64 * 1024, timeoutMs: 60_000, report: (t) => reported.push(t) });
  base = await app.listen({ port: 0, host: "127.0.0.1" });
});

afterAll(async () => {
  await app?.close();
});

const url = (path: string) => `${base}${path.split("/").map(encodeURIComponent).join("/")}`;

function post(path: string, body: string, type = "application/json", accept?: string): Promise<Response> {
  return fetch(url(path), { method: "POST", headers: { "content-type": type, ...(accept ? { accept } : {}) }, body });
}

/** The server still answers: its health and a case that is fine. */
async function stillServing(): Promise<void> {
  expect((await fetch(`${base}/health`)).status).toBe(200);
  const r = await post(`/run/${NANCHUAN}`, readFileSync(EXAMPLE, "utf8"));
  expect(r.status).toBe(200);
}

describe("/run", () => {
  it("answers the 南川 example case exactly as regc run does, with the policy's and regc's versions", async () => {
    const cli = await regc(["run", NANCHUAN, "--case", EXAMPLE]);
    expect(cli.code).toBe(0);
    const r = await post(`/run/${NANCHUAN}`, readFileSync(EXAMPLE, "utf8"));
    expect(r.status).toBe(200);
    const version = service.policies.get(NANCHUAN)!.module.meta.version;
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(r.headers.get("x-policy-version")).toBe(version);
    expect(r.headers.get("x-regc-version")).toBe(REGC_VERSION);
    const { policyVersion, regcVersion, ...result } = (await r.json()) as Record<string, unknown>;
    expect([policyVersion, regcVersion]).toEqual([version, REGC_VERSION]);
    expect(result).toEqual(JSON.parse(cli.out));
    // c1, a 低保对象 (and 低保边缘户: the higher result counts, R7), 特殊疾病 inpatient at a 三级 hospital:
    // 个人负担 50000 − 30000 − 5000 = 15000; 70% × 15000 = 10500.00 (二（三）2);
    // 倾斜 60% × (15000 − 10500 − 3000) = 900.00 (二（三）3); total 11400.00.
    const c1 = (result.claims as { outputs: Record<string, string> }[])[0]!;
    expect(c1.outputs).toEqual({ basic: "10500.00", tilted: "900.00", total: "11400.00" });
  });

  it("leaves the trace out with ?trace=false", async () => {
    const r = await fetch(`${url(`/run/${NANCHUAN}`)}?trace=false`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: readFileSync(EXAMPLE, "utf8"),
    });
    const body = (await r.json()) as { claims: Record<string, unknown>[] };
    expect(body.claims.map((c) => Object.keys(c))).toEqual([
      ["id", "status", "outputs"],
      ["id", "status", "outputs"],
      ["id", "status", "outputs"],
    ]);
  });

  it("serves a part by its 文号/part, also with the slash encoded", async () => {
    const part = [...service.policies.keys()].find((id) => id.startsWith(`${NANCHUAN}/`))!;
    const encoded = await fetch(`${base}/run/${encodeURIComponent(part)}`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    const plain = await post(`/run/${part}`, "{}");
    // Both reach the policy: its schema is what refuses the empty case.
    expect([encoded.status, plain.status]).toEqual([400, 400]);
    expect(((await encoded.json()) as { code: string }).code).toBe("invalid_case");
  });
});

describe("bad requests get a clear answer, and the server keeps serving", () => {
  it("malformed JSON: 400 invalid_json", async () => {
    const r = await post(`/run/${NANCHUAN}`, '{"person": {"categories": ["低保对象"]}, "claims": [');
    expect(r.status).toBe(400);
    expect(await r.json()).toMatchObject({ code: "invalid_json" });
    await stillServing();
  });

  it("a case failing the schema: 400 listing every JSON path", async () => {
    const bad = {
      person: { categories: ["低保对像"] },
      claims: [
        {
          id: "c1",
          date: "2023-02-30",
          setting: "住院",
          disease: "特殊疾病",
          hospitalLevel: "三级",
          inScopeCost: "12.345",
          basicInsurancePaid: 0,
          criticalIllnessPaid: 0,
          referral: true,
        },
      ],
    };
    const r = await post(`/run/${NANCHUAN}`, JSON.stringify(bad));
    expect(r.status).toBe(400);
    const body = (await r.json()) as { code: string; issues: { path: string }[] };
    expect(body.code).toBe("invalid_case");
    // A misspelt category, an impossible date, money with three decimals, a missing field: each by its path.
    expect(body.issues.map((i) => i.path).sort()).toEqual([
      "$.claims[0].date",
      "$.claims[0].inMunicipality",
      "$.claims[0].inScopeCost",
      "$.person.categories[0]",
    ]);
    await stillServing();
  });

  it("reads a case's numbers as written, and holds it to the case limits, as regc run does", async () => {
    const example = readFileSync(EXAMPLE, "utf8");
    // three decimals, which a double would read as the valid neighbour 10000000000000.01
    const r = await post(`/run/${NANCHUAN}`, example.replace(/"inScopeCost": [0-9.]+/, '"inScopeCost": 10000000000000.009'));
    expect(r.status).toBe(400);
    const body = (await r.json()) as { issues: { path: string; message: string }[] };
    expect(body.issues).toContainEqual(
      expect.objectContaining({ path: "$.claims[0].inScopeCost", message: expect.stringContaining('got "10000000000000.009"') }),
    );
    const deep = await post(`/run/${NANCHUAN}`, `{"person": ${"[".repeat(40)}${"]".repeat(40)}, "claims": []}`);
    expect(deep.status).toBe(400);
    expect(await deep.json()).toMatchObject({ code: "invalid_case", issues: [{ path: "$", message: expect.stringContaining("nests deeper than 32 levels") }] });
    await stillServing();
  });

  it("an unknown policy: 404 with the names probably meant", async () => {
    const r = await post("/run/南川府办发〔2023〕9号", "{}");
    expect(r.status).toBe(404);
    const body = (await r.json()) as { code: string; suggestions: string[]; message: string };
    expect(body.code).toBe("unknown_policy");
    expect(body.suggestions).toContain(NANCHUAN);
    expect(body.message).toContain(NANCHUAN);
    await stillServing();
  });

  it("a body over the limit: 413", async () => {
    const r = await post(`/run/${NANCHUAN}`, JSON.stringify({ claims: [], padding: "x".repeat(65 * 1024) }));
    expect(r.status).toBe(413);
    expect(await r.json()).toMatchObject({ code: "body_too_large", limit: 64 * 1024 });
    await stillServing();
  });

  it("a body that is not JSON: 415; an unknown path: 404", async () => {
    expect((await post(`/run/${NANCHUAN}`, "{}", "text/plain")).status).toBe(415);
    expect((await fetch(`${base}/nowhere`)).status).toBe(404);
    await stillServing();
    expect(reported).toEqual([]);
  });
});

describe("/explain", () => {
  it("gives JSON with the Chinese explanation, an HTML page or plain text by the Accept header", async () => {
    const body = readFileSync(EXAMPLE, "utf8");
    const cli = await regc(["explain", NANCHUAN, "--case", EXAMPLE]);
    const text = await post(`/explain/${NANCHUAN}`, body, "application/json", "text/plain");
    expect(text.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await text.text()).toBe(cli.out);
    const html = await post(`/explain/${NANCHUAN}`, body, "application/json", "text/html");
    expect(html.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await html.text()).toMatch(/^<!doctype html>/i);
    const json = (await (await post(`/explain/${NANCHUAN}`, body)).json()) as { explanation: string; policyVersion: string };
    expect(json.explanation).toBe(cli.out);
    expect((await post(`/explain/${NANCHUAN}`, body, "application/json", "image/png")).status).toBe(406);
  });

  it("explains in the request's language as regc explain --lang does: ?lang=, else Accept-Language, else Chinese", async () => {
    const body = readFileSync(EXAMPLE, "utf8");
    const explained = async (query: string, headers: Record<string, string>) =>
      (
        await fetch(`${url(`/explain/${NANCHUAN}`)}${query}`, {
          method: "POST",
          headers: { "content-type": "application/json", accept: "text/plain", ...headers },
          body,
        })
      ).text();
    const en = (await regc(["explain", NANCHUAN, "--case", EXAMPLE, "--lang", "en"])).out;
    const zh = (await regc(["explain", NANCHUAN, "--case", EXAMPLE])).out;
    expect(en).toContain("Claim 1 c1: calculated\n");
    expect(await explained("?lang=en", { "accept-language": "zh-CN" })).toBe(en);
    expect(await explained("", { "accept-language": "en-US,en;q=0.9" })).toBe(en);
    expect(await explained("", {})).toBe(zh);
    expect(await explained("?lang=zh", { "accept-language": "en-US" })).toBe(zh);
  });

  it("gives a document's own ruling in the English its rule file gives, in English", async () => {
    const mianyang = "绵府发〔2018〕3号";
    const response = await fetch(`${url(`/explain/${mianyang}`)}?lang=en`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/plain" },
      body: readFileSync(join(ROOT, "policies/mianyang/examples/employee-medical.json"), "utf8"),
    });
    const text = await response.text();
    expect(response.status, text).toBe(200);
    // X1 of policies/mianyang/employee-medical.policy, its en "…"
    expect(text).toContain(
      "\n  X1  The deductible reduction of 100 yuan for retirees (第二十七条（三）) applies only to the deductible set by hospital grade; the 1,000 yuan deductible for referral outside the city is not reduced further (M2: the first that applies, in order, is used).\n",
    );
  });
});

describe("/status", () => {
  it("answers as regc status does, for documents with dates only too", async () => {
    for (const number of [NANCHUAN, ...[...service.documents.keys()].filter((n) => !service.policies.has(n)).slice(0, 1)]) {
      const cli = await regc(["status", number, "--on", "2024-01-01"]);
      const r = await fetch(`${url(`/status/${number}`)}?on=2024-01-01`);
      expect(r.status).toBe(200);
      const { policyVersion, regcVersion, ...answer } = (await r.json()) as Record<string, unknown>;
      expect(answer).toEqual(JSON.parse(cli.out));
      expect([typeof policyVersion, regcVersion]).toEqual(["string", REGC_VERSION]);
    }
    expect((await fetch(`${url(`/status/${NANCHUAN}`)}?on=2024-02-30`)).status).toBe(400);
  });

  it("gives the reason in the language the request asks for, as regc status --lang does", async () => {
    // 南川府办发〔2023〕8号: 本方案自印发之日起施行, 2023年6月7日印发 (R6) — not yet in force on 2023-06-06
    const zh = await fetch(`${url(`/status/${NANCHUAN}`)}?on=2023-06-06`, { headers: { "accept-language": "zh-CN,zh;q=0.9,en;q=0.8" } });
    const en = await fetch(`${url(`/status/${NANCHUAN}`)}?on=2023-06-06`, { headers: { "accept-language": "en-US" } });
    const cli = JSON.parse((await regc(["status", NANCHUAN, "--on", "2023-06-06", "--lang", "zh"])).out);
    const zhBody = (await zh.json()) as { reason: string; inForce: boolean };
    expect(zhBody.reason).toBe(cli.reason);
    expect(zhBody.reason).toMatch(/^尚未施行：自2023-06-07起施行/);
    expect(((await en.json()) as { reason: string }).reason).toMatch(/^not yet in force: effective 2023-06-07/);
  });
});

describe("GET /policies", () => {
  // 绵府办发〔2018〕4号 第二十一条 “本办法自2018年1月1日起施行，有效期3年。”: first day 2018-01-01; 3 years from it end
  // on 2021-01-01, counted inclusive (R5, D1) — the words regc status and a not_in_force trace use.
  const inForce = async (query: string, headers: Record<string, string> = {}) => {
    const r = await fetch(`${base}/policies${query}`, { headers });
    expect(r.status).toBe(200);
    const body = (await r.json()) as { policies: { id: string; inForce: Record<string, unknown> }[] };
    return body.policies.find((p) => p.id === "绵府办发〔2018〕4号")!.inForce;
  };
  const en = {
    from: "2018-01-01",
    to: "2021-01-01",
    fromReason: "effective 2018-01-01 (第二十一条)",
    toReason: "有效期3年 from 2018-01-01 ends 2021-01-01 inclusive (第二十一条, R5, D1)",
  };
  const zh = {
    from: "2018-01-01",
    to: "2021-01-01",
    fromReason: "自2018-01-01起施行（第二十一条）",
    toReason: "有效期3年，自2018-01-01起至2021-01-01止（含当日）（第二十一条，R5，D1）",
  };

  it("gives a document's period reasons in English when the request names no language, as before", async () => {
    expect(await inForce("")).toEqual(en);
    expect(await inForce("?lang=en", { "accept-language": "zh-CN" })).toEqual(en);
    expect(await inForce("", { "accept-language": "en-US,en;q=0.9" })).toEqual(en);
  });

  it("gives them in Chinese with ?lang=zh or Accept-Language: zh", async () => {
    expect(await inForce("?lang=zh")).toEqual(zh);
    expect(await inForce("", { "accept-language": "zh-CN,zh;q=0.9,en;q=0.8" })).toEqual(zh);
  });

  it("refuses a language it does not speak", async () => {
    const r = await fetch(`${base}/policies?lang=fr`);
    expect(r.status).toBe(400);
    expect(await r.json()).toMatchObject({ code: "invalid_query" });
  });
});

describe("the language of a result's reasons", () => {
  // 重庆市人民政府令第340号 第十五条第一款: the next audit within five years; 2022-01-01 + 5年 = 2027-01-01, a year no
  // notice arranges → calendar_unknown (2027), its reason in the language asked for.
  const AUDIT = "重庆市人民政府令第340号/审计周期";
  const reasonOf = async (r: Response) =>
    ((await r.json()) as { outputStatus: { nextAuditDue: { status: string; reason: string } } }).outputStatus.nextAuditDue;
  const body = JSON.stringify({ date: "2022-01-01", facts: {} });
  const ask = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${url(`/run/${AUDIT}`)}${query}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

  it("is Chinese by default, English with ?lang=en or Accept-Language: en, the status the same", async () => {
    const zh = await reasonOf(await ask(""));
    expect(zh).toMatchObject({ status: "calendar_unknown", reason: expect.stringMatching(/^2027年的节假日安排尚未公布/) });
    const en = await reasonOf(await ask("?lang=en"));
    expect(en).toMatchObject({ status: "calendar_unknown", reason: expect.stringMatching(/^the holiday arrangements for 2027 are not published yet/) });
    expect(await reasonOf(await ask("", { "accept-language": "en-GB,en;q=0.9" }))).toEqual(en);
    // the query wins over the header
    expect(await reasonOf(await ask("?lang=zh", { "accept-language": "en" }))).toEqual(zh);
  });

  it("refuses a language it does not speak", async () => {
    const r = await ask("?lang=fr");
    expect(r.status).toBe(400);
    expect(await r.json()).toMatchObject({ code: "invalid_query" });
  });
});

describe("就高不重复 in a result's trace", () => {
  // The 南川 example's c1 (worked above): 低保对象 11400.00 against 低保边缘家庭成员 60% × 15000 = 9000 + 倾斜
  // 50% × (15000 − 9000 − 5000) = 500 → 9500.00; the highest, 低保对象, is chosen (R7).
  const ranking = {
    chosen: "低保对象",
    categories: [
      { category: "低保对象", status: "ok", amount: "11400.00" },
      { category: "低保边缘家庭成员", status: "ok", amount: "9500.00" },
    ],
  };
  const entryOf = async (query: string, headers: Record<string, string> = {}) => {
    const r = await fetch(`${url(`/run/${NANCHUAN}`)}${query}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: readFileSync(EXAMPLE, "utf8"),
    });
    expect(r.status).toBe(200);
    const body = (await r.json()) as { claims: { trace: { label?: string }[] }[] };
    return body.claims[0]!.trace.find((e) => e.label === "就高不重复");
  };

  it("says it in the request's language as regc run does, the data the same", async () => {
    const zh = { value: "按“低保对象”计算（低保对象 11400.00；低保边缘家庭成员 9500.00）", ranking };
    const en = { value: "calculated as 低保对象 (低保对象 11400.00; 低保边缘家庭成员 9500.00)", ranking };
    expect(await entryOf("")).toMatchObject(zh);
    expect(await entryOf("?lang=en")).toMatchObject(en);
    expect(await entryOf("", { "accept-language": "en-US,en;q=0.8" })).toMatchObject(en);
    expect(await entryOf("?lang=zh", { "accept-language": "en" })).toMatchObject(zh);
    const cli = await regc(["run", NANCHUAN, "--case", EXAMPLE, "--lang", "en"]);
    const c1 = (JSON.parse(cli.out) as { claims: { trace: { label?: string }[] }[] }).claims[0]!;
    expect(await entryOf("?lang=en")).toEqual(c1.trace.find((e) => e.label === "就高不重复"));
  });
});

describe("the language of a problem's message", () => {
  // The code and the details are the same in both languages; the message is the request's, Chinese by default.
  it("an unknown policy, an invalid case, a bad query: Chinese by default, English by ?lang=en or Accept-Language", async () => {
    const unknown = (headers: Record<string, string> = {}, query = "") =>
      fetch(`${url("/run/没有这个政策")}${query}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: "{}" });
    const zh = await unknown();
    expect(zh.status).toBe(404);
    expect(await zh.json()).toMatchObject({ code: "unknown_policy", message: "没有名为“没有这个政策”的政策（GET /policies 列出全部）" });
    const en = await unknown({}, "?lang=en");
    expect(en.status).toBe(404);
    expect(await en.json()).toMatchObject({ code: "unknown_policy", message: 'there is no policy named "没有这个政策" (GET /policies lists them all)' });
    expect(await (await unknown({ "accept-language": "en-US,en;q=0.9" })).json()).toMatchObject({
      message: 'there is no policy named "没有这个政策" (GET /policies lists them all)',
    });

    // a case without its claims: one problem, its issue (the JSON path and what) the same in both
    const run = (query: string, body: string) =>
      fetch(`${url(`/run/${NANCHUAN}`)}${query}`, { method: "POST", headers: { "content-type": "application/json" }, body });
    const invalid = (query: string) => run(query, JSON.stringify({ person: {} }));
    const zhCase = (await (await invalid("")).json()) as { code: string; message: string; issues: unknown[] };
    const enCase = (await (await invalid("?lang=en")).json()) as { code: string; message: string; issues: unknown[] };
    expect(zhCase.code).toBe("invalid_case");
    expect(zhCase.message).toBe(`案例未通过校验（${zhCase.issues.length} 处问题，见 issues）`);
    expect(enCase.message).toBe(`the case is not valid (${enCase.issues.length} ${enCase.issues.length === 1 ? "problem" : "problems"}, see issues)`);
    expect(enCase.issues).toEqual(zhCase.issues);

    // a lang the service does not speak is itself answered in Chinese
    const fr = await run("?lang=fr", "{}");
    expect(await fr.json()).toEqual({ code: "invalid_query", message: "lang 只能是 zh 或 en，收到“fr”" });
    const trace = await run("?trace=maybe&lang=en", "{}");
    expect(await trace.json()).toEqual({ code: "invalid_query", message: 'trace must be true or false, got "maybe"' });
  });
});

describe("/batch", () => {
  it("streams one result line per case in input order, an invalid line saying what is wrong", async () => {
    const example = JSON.stringify(JSON.parse(readFileSync(EXAMPLE, "utf8")));
    const lines = [example, "{not json", "", example.replace('"c1"', '"c9"'), "x".repeat(70 * 1024), example];
    const r = await post(`/batch/${NANCHUAN}`, lines.join("\n") + "\n", "application/x-ndjson");
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    const out = (await r.text())
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out.map((l) => l.line)).toEqual([1, 2, 4, 5, 6]);
    expect(out.map((l) => ("claims" in l ? "claims" : "invalid" in l ? "invalid" : "?"))).toEqual(["claims", "invalid", "claims", "invalid", "claims"]);
    const run = (await (
      await fetch(`${url(`/run/${NANCHUAN}`)}?trace=false`, { method: "POST", headers: { "content-type": "application/json" }, body: example })
    ).json()) as { claims: unknown };
    expect(out[0]!.claims).toEqual(run.claims);
    for (const l of out) expect([l.policyVersion, l.regcVersion]).toEqual([service.policies.get(NANCHUAN)!.version, REGC_VERSION]);
    await stillServing();
  });

  it("says a line it could not read in the request's language, a case's own issues in English", async () => {
    // Line 1 is not JSON (JSON.parse's own words follow), line 2 is longer than the body limit of 64 KiB = 65536
    // bytes, line 3 is JSON without claims (the schema's issue, English in every language).
    let why = "";
    try {
      JSON.parse("{not json");
    } catch (e) {
      why = (e as Error).message;
    }
    const body = ["{not json", "x".repeat(70 * 1024), '{"person":{"categories":["低保对象"]}}'].join("\n") + "\n";
    const invalid = async (query: string, headers: Record<string, string> = {}) => {
      const r = await fetch(`${url(`/batch/${NANCHUAN}`)}${query}`, { method: "POST", headers: { "content-type": "application/x-ndjson", ...headers }, body });
      expect(r.status).toBe(200);
      return (await r.text())
        .trimEnd()
        .split("\n")
        .map((l) => (JSON.parse(l) as { invalid: { path: string; message: string }[] }).invalid);
    };
    const zh = [
      [{ path: "$", message: `该行不是有效的 JSON：${why}` }],
      [{ path: "$", message: "这一行超过 65536 字节的上限，未读取" }],
      [{ path: "$.claims", message: "is required but missing" }],
    ];
    const en = [
      [{ path: "$", message: `not valid JSON: ${why}` }],
      [{ path: "$", message: "this line is longer than the limit of 65536 bytes and was not read" }],
      [{ path: "$.claims", message: "is required but missing" }],
    ];
    expect(await invalid("")).toEqual(zh);
    expect(await invalid("?lang=zh", { "accept-language": "en" })).toEqual(zh);
    expect(await invalid("?lang=en")).toEqual(en);
    expect(await invalid("", { "accept-language": "en-US,en;q=0.9" })).toEqual(en);
  });
});

describe("/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document describing every policy with its case schema as the request body", async () => {
    const doc = (await (await fetch(`${base}/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: unknown }> } }>>;
    };
    const validator = new Validator();
    const checked = await validator.validate(doc);
    expect(checked.errors ?? []).toEqual([]);
    expect([checked.valid, validator.version]).toEqual([true, "3.1"]);
    for (const p of service.policies.values()) {
      // The document's dialect is OpenAPI 3.1's (JSON Schema 2020-12), so the schema's own $schema is left out.
      const { $schema, ...schema } = JSON.parse(readFileSync(join(ROOT, "generated", `${p.unit.moduleName}.schema.json`), "utf8")) as Record<string, unknown>;
      expect($schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(doc.paths[`/run/${p.id}`]?.post?.requestBody?.content["application/json"]?.schema, p.id).toEqual(schema);
    }
  });
});

describe("a slow client", () => {
  it("is cut off by the request timeout while others are served", async () => {
    const quick = await createApp(service, { bodyLimit: 1024, timeoutMs: 200, report: (t) => reported.push(t) });
    const at = new URL(await quick.listen({ port: 0, host: "127.0.0.1" }));
    try {
      const socket = connect(Number(at.port), at.hostname);
      let received = "";
      socket.on("data", (d) => (received += d.toString()));
      // Headers and the start of a body that never comes.
      socket.write(`POST /run/x HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{`);
      await new Promise((resolve) => socket.on("close", resolve));
      expect(received).toMatch(/^HTTP\/1\.1 408/);
      expect((await fetch(`${at.origin}/health`)).status).toBe(200);
    } finally {
      await quick.close();
    }
  });
});
