// parseSource: a gazette document's text → addressable provisions. The body and each annex are parsed
// as separate scopes, because an annex restarts its own numbering (an annex may even be a statute
// inside a plan) and is cited under its own prefix (`附件三（四）`); so is each rule set of a notice
// that publishes several (`公众参与工作规则第七条`).
import { blockOf, buildProvision, indexProvisions } from "./build.js";
import { splitGroups, type GroupScope } from "./groups.js";
import { detectLayout, isStandalone, type Layout } from "./layout.js";
import { cleanLines, type SourceLine } from "./lines.js";
import { matchMarker } from "./markers.js";
import { foldDigits } from "./numerals.js";
import { walkScope, type Scheme } from "./structure.js";
import { newNode, type Node, type Para } from "./tree.js";
import type { Provision, SourceDoc } from "./types.js";

interface AnnexScope {
  /** The `附件` / `附件1` line. */
  header: SourceLine;
  /** 0 for an unnumbered `附件`. */
  number: number;
  lines: SourceLine[];
}

// `附件：…` (or `附件1：…`) inside a scope lists that scope's own annexes.
const ANNEX_LIST = /^附件\s*[0-9０-９一二三四五六七八九十]*\s*[：:]/;

export function parseSource(text: string, file: string): SourceDoc {
  const { lines, artifacts } = cleanLines(text);
  const layout = detectLayout(lines);
  const warnings: string[] = [];

  const { body, annexes: annexScopes } = splitScopes(lines);

  const bodyScheme = schemeOf(body);
  const grouped = splitGroups(body, layout);
  const root = newNode({ kind: "root", number: 0, label: "", path: "", start: 1, paragraphWord: "段" });
  const bodyResult = walkScope(grouped?.preface ?? body, root, { scheme: bodyScheme, layout, isBody: true });
  warnings.push(...bodyResult.warnings);

  const provisions: Provision[] = [];
  const closing: Para[] = [];
  for (const part of root.parts) {
    if ("child" in part) provisions.push(buildProvision(part.child));
    else closing.push(part.para);
  }
  const colophon = [...bodyResult.colophon];

  for (const scope of grouped?.groups ?? []) {
    const group = parseGroup(scope, layout);
    provisions.push(group.provision);
    colophon.push(...group.colophon);
    warnings.push(...group.warnings);
  }

  const annexes = parseAnnexes(annexScopes, layout);
  provisions.push(...annexes.provisions);
  colophon.push(...annexes.colophon);
  warnings.push(...annexes.warnings);

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

function parseGroup(scope: GroupScope, layout: Layout): { provision: Provision; colophon: Para[]; warnings: string[] } {
  const node = newNode({
    kind: "group",
    number: 0,
    label: scope.header.text,
    path: scope.name,
    start: scope.header.line,
    paragraphWord: "段",
  });
  node.heading = scope.title;
  const result = walkScope(scope.lines, node, { scheme: "articles", layout, isBody: false });
  return { provision: buildProvision(node), colophon: result.colophon, warnings: result.warnings };
}

/**
 * Annexes are siblings by default; an annex announced by the list inside the previous annex is that
 * annex's own annex (锦政办发〔2022〕16号: the 实施细则 lists its 统计表) and is cited under it.
 */
function parseAnnexes(scopes: readonly AnnexScope[], layout: Layout): { provisions: Provision[]; colophon: Para[]; warnings: string[] } {
  const top: Node[] = [];
  const colophon: Para[] = [];
  const warnings: string[] = [];
  let previous: { node: Node; scope: AnnexScope } | undefined;
  for (const scope of scopes) {
    const parent = previous?.scope.lines.some((l) => ANNEX_LIST.test(l.text)) ? previous.node : undefined;
    const node = newNode({
      kind: "annex",
      number: scope.number,
      label: scope.header.text,
      path: `${parent?.path ?? ""}附件${scope.number > 0 ? scope.number : ""}`,
      start: scope.header.line,
      paragraphWord: "段",
    });
    node.end = scope.lines.at(-1)?.line ?? scope.header.line; // narrowed to the last text by the walk
    const { title, rest } = takeTitle(scope.lines, layout);
    if (title !== undefined) node.heading = title;
    const result = walkScope(rest, node, { scheme: schemeOf(rest), layout, isBody: false });
    warnings.push(...result.warnings);
    colophon.push(...result.colophon);
    if (parent) {
      parent.parts.push({ child: node });
      parent.end = Math.max(parent.end, node.end);
    } else {
      top.push(node);
    }
    previous = { node, scope };
  }
  // Built only now, once every nested annex has joined its parent.
  return { provisions: top.map(buildProvision), colophon, warnings };
}

/** The body, then one scope per annex header (a line that is only `附件` or `附件N`). */
function splitScopes(lines: readonly SourceLine[]): { body: SourceLine[]; annexes: AnnexScope[] } {
  const body: SourceLine[] = [];
  const annexes: AnnexScope[] = [];
  for (const line of lines) {
    const marker = line.kind === "text" ? matchMarker(line.text) : undefined;
    if (marker?.kind === "annex") annexes.push({ header: line, number: marker.number, lines: [] });
    else (annexes.at(-1)?.lines ?? body).push(line);
  }
  return { body, annexes };
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
