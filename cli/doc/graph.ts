// The dependency graph of a policy's values as an SVG drawn when the site is built: inputs, parameters,
// values, ledgers and outputs, each pointing to what it is computed from. elkjs lays it out (layered, left to
// right); the boxes are sized from each label's display width, since CJK text is twice as wide as ASCII and a
// layout engine that guesses widths from Latin font metrics draws Chinese labels outside their boxes. The page
// gets finished SVG: no script lays anything out in the browser.
import elkBundle from "elkjs/lib/elk.bundled.js";
import type { ELK, ElkNode } from "elkjs/lib/elk-api.js";
import type { UnitIr } from "../../compiler/ir/ir.js";
import { displayWidth } from "../../dsl/render.js";
import type { Provenance } from "../../runtime/module.js";
import { esc } from "../html.js";

// elkjs is CommonJS: imported as an ES module, its default export is the constructor itself.
const elk = new (elkBundle as unknown as new () => ELK)();
const FONT = 12;
const HEIGHT = 26;

type Kind = Provenance["kind"];
const COLOURS: Partial<Record<Kind, string>> = {
  input: "#e8f1fb",
  param: "#fff4d6",
  value: "#eef7ea",
  ledger: "#f6e8f7",
  output: "#ffe3e0",
  status: "#eeeeee",
};
export const GRAPH_KINDS: Partial<Record<Kind, string>> = { input: "输入", param: "参数", value: "计算值", ledger: "年度台账", status: "状态", output: "输出" };

interface Node {
  id: string;
  label: string;
  kind: Kind;
}

/** The unit's quantities and what each is computed from; undefined for a unit with nothing to draw. */
export async function dependencyGraph(unit: UnitIr): Promise<string | undefined> {
  const nodes = new Map<string, Node>();
  const byName = new Map<string, string>();
  unit.provenance.forEach((p, i) => {
    if (!(p.kind in COLOURS)) return;
    const id = `n${i}`;
    nodes.set(id, { id, label: p.kind === "status" ? `状态 ${p.name}` : (p.label ?? p.name), kind: p.kind });
    // An output is named by its JSON name elsewhere; values, params, ledgers and inputs by their own names.
    if (!byName.has(p.name) && p.kind !== "output" && p.kind !== "status") byName.set(p.name, id);
  });
  const edges: { id: string; sources: string[]; targets: string[] }[] = [];
  unit.provenance.forEach((p, i) => {
    const to = `n${i}`;
    if (!nodes.has(to)) return;
    for (const u of new Set(p.uses)) {
      const from = byName.get(u);
      if (from && from !== to) edges.push({ id: `e${edges.length}`, sources: [from], targets: [to] });
    }
  });
  if (nodes.size === 0) return undefined;
  const graph: ElkNode = {
    id: "root",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": "RIGHT",
      "elk.edgeRouting": "ORTHOGONAL",
      "elk.layered.spacing.nodeNodeBetweenLayers": "36",
      "elk.spacing.nodeNode": "10",
      "elk.padding": "[top=8,left=8,bottom=8,right=8]",
    },
    children: [...nodes.values()].map((n) => ({ id: n.id, width: (displayWidth(n.label) * FONT) / 2 + 16, height: HEIGHT })),
    edges,
  };
  const laid = await elk.layout(graph);
  return svg(laid, nodes);
}

function svg(laid: ElkNode, nodes: Map<string, Node>): string {
  const w = Math.ceil(laid.width ?? 0);
  const h = Math.ceil(laid.height ?? 0);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="graph" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" aria-label="依赖关系图">`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#666"/></marker></defs>`,
  ];
  for (const e of laid.edges ?? []) {
    for (const s of e.sections ?? []) {
      const points = [s.startPoint, ...(s.bendPoints ?? []), s.endPoint].map((p) => `${round(p.x)},${round(p.y)}`).join(" ");
      parts.push(`<polyline points="${points}" fill="none" stroke="#888" stroke-width="1" marker-end="url(#arrow)"/>`);
    }
  }
  for (const c of laid.children ?? []) {
    const n = nodes.get(c.id)!;
    const x = round(c.x ?? 0);
    const y = round(c.y ?? 0);
    parts.push(
      `<g class="node ${n.kind}"><title>${esc(`${GRAPH_KINDS[n.kind] ?? n.kind}：${n.label}`)}</title>` +
        `<rect x="${x}" y="${y}" width="${round(c.width ?? 0)}" height="${round(c.height ?? 0)}" rx="4" fill="${COLOURS[n.kind]}" stroke="#777"/>` +
        `<text x="${round(x + (c.width ?? 0) / 2)}" y="${round(y + HEIGHT / 2 + FONT / 2 - 2)}" font-size="${FONT}" text-anchor="middle">${esc(n.label)}</text></g>`,
    );
  }
  parts.push("</svg>");
  return parts.join("\n");
}

const round = (n: number): number => Math.round(n * 10) / 10;
