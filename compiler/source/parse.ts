// parseSource: a gazette document's text → addressable provisions. The body and each annex are parsed
// as separate scopes, because an annex restarts its own numbering (an annex may even be a statute
// inside a plan) and is cited under its own prefix (`附件三（四）`).
import { blockOf, buildProvision, indexProvisions } from "./build.js";
import { detectLayout, isStandalone, type Layout } from "./layout.js";
import { cleanLines, type SourceLine } from "./lines.js";
import { matchMarker } from "./markers.js";
import { foldDigits } from "./numerals.js";
import { walkScope, type Scheme } from "./structure.js";
import { newNode, type Node, type Para } from "./tree.js";
import type { Provision, SourceDoc } from "./types.js";

interface Scope {
  lines: SourceLine[];
  /** The annex header line; absent for the body. */
  header?: SourceLine;
  number?: number;
}

// `附件：…` (or `附件1：…`) inside a scope lists that scope's own annexes.
const ANNEX_LIST = /^附件\s*[0-9０-９一二三四五六七八九十]*\s*[：:]/;

export function parseSource(text: string, file: string): SourceDoc {
  const { lines, artifacts } = cleanLines(text);
  const layout = detectLayout(lines);
  const warnings: string[] = [];

  const scopes = splitScopes(lines);
  const [body, ...annexScopes] = scopes;

  const bodyScheme = schemeOf(body.lines);
  const root = newNode({ kind: "root", number: 0, label: "", path: "", start: 1, paragraphWord: "段" });
  const bodyResult = walkScope(body.lines, root, { scheme: bodyScheme, layout, isBody: true });
  warnings.push(...bodyResult.warnings);

  const provisions: Provision[] = [];
  const closing: Para[] = [];
  for (const part of root.parts) {
    if ("child" in part) provisions.push(buildProvision(part.child));
    else closing.push(part.para);
  }
  const colophon = [...bodyResult.colophon];

  // Annexes: siblings by default; an annex announced by the list inside the previous annex is that
  // annex's own annex (锦政办发〔2022〕16号: the 实施细则 lists its 统计表).
  const annexes: Array<{ node: Node; parent?: Node }> = [];
  let previous: { node: Node; scope: Scope } | undefined;
  for (const scope of annexScopes) {
    const header = scope.header as SourceLine;
    const nested = previous !== undefined && previous.scope.lines.some((l) => ANNEX_LIST.test(l.text));
    const parent = nested ? previous?.node : undefined;
    const suffix = scope.number ? String(scope.number) : "";
    const node = newNode({
      kind: "annex",
      number: scope.number ?? 0,
      label: header.text,
      path: `${parent?.path ?? ""}附件${suffix}`,
      start: header.line,
      paragraphWord: "段",
    });
    const titled = takeTitle(scope.lines, layout);
    if (titled.title !== undefined) node.heading = titled.title;
    node.end = scope.lines.at(-1)?.line ?? header.line;
    const result = walkScope(titled.rest, node, { scheme: schemeOf(titled.rest), layout, isBody: false });
    warnings.push(...result.warnings);
    colophon.push(...result.colophon);
    if (parent) {
      parent.parts.push({ child: node });
      parent.end = Math.max(parent.end, node.end);
    }
    annexes.push({ node, ...(parent ? { parent } : {}) });
    previous = { node, scope };
  }
  for (const { node, parent } of annexes) if (!parent) provisions.push(buildProvision(node));

  const preamble = blockOf(bodyResult.preamble);
  const closingBlock = blockOf(closing);
  const colophonBlock = blockOf(colophon);
  const docNumber = findDocNumber(bodyResult.preamble);
  return {
    file,
    ...(docNumber ? { docNumber } : {}),
    scheme: bodyScheme,
    ...(preamble ? { preamble } : {}),
    ...(closingBlock ? { closing: closingBlock } : {}),
    ...(colophonBlock ? { colophon: colophonBlock } : {}),
    provisions,
    index: indexProvisions(provisions, warnings),
    artifacts,
    warnings,
  };
}

function splitScopes(lines: readonly SourceLine[]): Scope[] {
  const scopes: Scope[] = [{ lines: [] }];
  for (const line of lines) {
    const marker = line.kind === "text" ? matchMarker(line.text) : undefined;
    if (marker?.kind === "annex") {
      scopes.push({ lines: [], header: line, ...(marker.number > 0 ? { number: marker.number } : {}) });
    } else {
      scopes[scopes.length - 1].lines.push(line);
    }
  }
  return scopes;
}

/** A scope is a statute when it has a line-initial 第一条; otherwise it is numbered in sections. */
function schemeOf(lines: readonly SourceLine[]): Scheme {
  return lines.some((l) => {
    const m = l.kind === "text" ? matchMarker(l.text) : undefined;
    return m?.kind === "article" && m.number === 1;
  })
    ? "articles"
    : "sections";
}

/** An annex's first line is its title when it stands alone (a heading, or a short unpunctuated line). */
function takeTitle(lines: readonly SourceLine[], layout: Layout): { title?: string; rest: readonly SourceLine[] } {
  const first = lines[0];
  if (first === undefined || first.kind !== "text" || matchMarker(first.text)) return { rest: lines };
  const standalone = first.mdHeading || isStandalone(first.text, layout);
  return standalone ? { title: first.text, rest: lines.slice(1) } : { rest: lines };
}

/** The 文号 stands on a line of its own in the title block. */
function findDocNumber(preamble: readonly Para[]): string | undefined {
  for (const para of preamble) {
    for (const segment of para.segments) {
      const folded = foldDigits(segment).replace(/\s+/g, "");
      if (/^[\u4e00-\u9fff]{1,12}〔[0-9]{4}〕[0-9]+号$/.test(folded)) return folded;
    }
  }
  return undefined;
}
