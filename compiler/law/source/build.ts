// Turn the structure pass's tree into public `Provision`s: render each provision's text (its own
// paragraphs and its sub-provisions, each under its printed label), split 款/段 when a provision has
// several paragraphs of its own, and index everything by canonical path.
import { intToChinese } from "./numerals.js";
import { isPara, type Node, type Para } from "./tree.js";
import type { Block, Provision } from "./types.js";

export function paraText(para: Para): string {
  return para.segments.join("\n");
}

export function blockOf(paras: readonly Para[]): Block | undefined {
  if (paras.length === 0) return undefined;
  return { text: paras.map(paraText).join("\n"), start: paras[0].start, end: paras[paras.length - 1].end };
}

/** How a sub-provision reads inside its parent's text: `（一）…`, `2. …`. */
function labelled(child: Provision): string {
  const sep = child.label.endsWith(".") ? " " : "";
  return child.label + sep + child.text;
}

export function buildProvision(node: Node): Provision {
  if (node.kind === "root" || node.kind === "chapter") throw new Error(`not a provision: ${node.kind}`);
  const children: Provision[] = [];
  const lines: string[] = node.heading !== undefined ? [node.heading] : [];
  // Groups of (own paragraph + the sub-provisions printed after it) — the candidates for 款/段.
  const groups: Array<{ para: Para; children: Provision[] }> = [];
  for (const part of node.parts) {
    if (isPara(part)) {
      lines.push(paraText(part.para));
      groups.push({ para: part.para, children: [] });
    } else {
      const child = buildProvision(part.child);
      children.push(child);
      lines.push(labelled(child));
      groups.at(-1)?.children.push(child);
    }
  }

  // An annex or a rule set is a document of its own; its "paragraphs" would be whole sections, so it has none.
  const paragraphs =
    groups.length < 2 || node.kind === "annex" || node.kind === "group"
      ? []
      : groups.map((group, i): Provision => {
          const word = `第${intToChinese(i + 1)}${node.paragraphWord}`;
          return {
            path: node.path + word,
            kind: "paragraph",
            label: word,
            text: [paraText(group.para), ...group.children.map(labelled)].join("\n"),
            children: group.children,
            paragraphs: [],
            start: group.para.start,
            end: group.children.at(-1)?.end ?? group.para.end,
          };
        });

  return {
    path: node.path,
    kind: node.kind,
    label: node.label,
    ...(node.heading !== undefined ? { heading: node.heading } : {}),
    ...(node.chapter !== undefined ? { chapter: node.chapter } : {}),
    text: lines.join("\n"),
    children,
    paragraphs,
    start: node.start,
    end: node.end,
  };
}

/** Every provision by path, depth first; a second provision on a taken path is reported, not indexed. */
export function indexProvisions(top: readonly Provision[], warnings: string[]): Map<string, Provision> {
  const index = new Map<string, Provision>();
  const visit = (p: Provision): void => {
    const seen = index.get(p.path);
    if (seen !== undefined && seen !== p) {
      warnings.push(`line ${p.start}: \`${p.path}\` already names the provision at line ${seen.start}`);
    } else {
      index.set(p.path, p);
    }
    p.children.forEach(visit);
    p.paragraphs.forEach(visit);
  };
  top.forEach(visit);
  return index;
}
