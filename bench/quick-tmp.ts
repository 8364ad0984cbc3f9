import { policies } from "../generated/index.js";
import { evaluateClaims, type AnyModule } from "../runtime/evaluate.js";
import { makeCases, convertFor, asPlain } from "../bench/workload.js";
import { nanchuan } from "../bench/handwritten/nanchuan.js";
import { jinzhou } from "../bench/handwritten/jinzhou.js";
const N = (await policies["南川府办发〔2023〕8号"]()).policy as unknown as AnyModule;
const J = (await policies["锦政办发〔2022〕16号"]()).policy as unknown as AnyModule;
const json = makeCases(200000, 42);
for (const [name, mod, hw] of [["nanchuan", N, nanchuan], ["jinzhou", J, jinzhou]] as const) {
  const w = convertFor(mod, json);
  for (let rep = 0; rep < 5; rep++) {
    let t = performance.now(); let s = 0;
    for (const c of w.converted) s += evaluateClaims(mod, c.person, c.claims, false).length;
    const tc = performance.now() - t;
    t = performance.now();
    for (const c of w.converted) { const p = asPlain(c); s += hw(p.person, p.claims).length; }
    const th = performance.now() - t;
    t = performance.now();
    for (const c of w.converted) s += evaluateClaims(mod, c.person, c.claims, true).length;
    const tt = performance.now() - t;
    console.log(name, "compiled", (w.claims / tc * 1000 / 1e6).toFixed(2), "M/s  hand", (w.claims / th * 1000 / 1e6).toFixed(2), "M/s  traced", (w.claims / tt * 1000 / 1e6).toFixed(2));
  }
}
