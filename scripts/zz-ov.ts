import { parse } from "../dsl/parser.ts";
for (const t of ['document "x" {\n}\noverride }\n', 'document "x" {\n}\noverride value\n', 'document "x" {\n}\noverride 1\n']) {
  try { console.log(parse("a.policy", t).diagnostics.map((d) => d.code + " " + d.message)); } catch (e) { console.log("CRASH", (e as Error).message); }
}
