// The intermediate tree the structure pass builds: provisions still open for text, holding their
// paragraphs and sub-provisions in printed order. `build.ts` turns it into the public `Provision`s.
import type { MarkerKind } from "./markers.js";

/** A paragraph: wrapped lines joined into one segment; each table row stays a segment of its own. */
export interface Para {
  segments: string[];
  start: number;
  end: number;
  /** The paragraph is complete: a following plain line starts a new paragraph. */
  ended: boolean;
  /** A clause ended here (`。`, `；`, `：`, or a heading): a following marker line may open a provision. */
  boundary: boolean;
}

export type Part = { para: Para } | { child: Node };

export interface Node {
  kind: MarkerKind | "root" | "group";
  number: number;
  label: string;
  path: string;
  heading?: string;
  chapter?: string;
  parts: Part[];
  start: number;
  end: number;
  /** Last number used per marker kind among the children, to check that numbering runs on. */
  last: Partial<Record<MarkerKind, number>>;
  /** Children of one provision share one kind; a different kind belongs deeper or higher. */
  childKind?: MarkerKind;
  /** Whether paragraphs are 款 (articles) or 段 (everything else) when cited. */
  paragraphWord: "款" | "段";
}

export function newNode(fields: Pick<Node, "kind" | "number" | "label" | "path" | "start" | "paragraphWord">): Node {
  return { ...fields, parts: [], end: fields.start, last: {} };
}

export function isPara(part: Part): part is { para: Para } {
  return "para" in part;
}
