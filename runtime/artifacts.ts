// A generated module carries its rules only. What an audit reads beside them — where each traced quantity is
// written in law (`<module>.provenance.json`) and the case's JSON Schema (`<module>.schema.json`) — are data
// files beside the module, read the first time something asks for them: evaluating without a trace never
// does. In a bundle, where import.meta.url is the bundle's, the module is given its own URL (the batch
// workers' bundle, cli/batch/bundle.ts) or handed the data with `preload`.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Provenance } from "./module.js";

/** `<module>.provenance.json`: the document once, then one entry per trace point, in trace-point order. */
export interface ProvenanceFile {
  document: string;
  points: ProvenancePoint[];
}

/** A provenance entry as the file keeps it: its citation only where it is not the document's own article. */
export type ProvenancePoint = Omit<Provenance, "citation" | "rulings" | "uses"> & { citation?: string; rulings?: string[]; uses?: string[] };

/** The data files of one module, read on first use. */
export interface Artifacts {
  readonly provenance: readonly Provenance[];
  readonly schema: object;
}

/** The artifacts beside the module at `moduleUrl` (its `import.meta.url`). */
export function artifacts(moduleUrl: string): Artifacts & { preload(data: { provenance: ProvenanceFile; schema: object }): void } {
  const base = moduleUrl.replace(/\.[cm]?[jt]s$/, "");
  let provenance: readonly Provenance[] | undefined;
  let schema: object | undefined;
  return {
    get provenance() {
      return (provenance ??= provenanceOf(readJson(`${base}.provenance.json`) as ProvenanceFile));
    },
    get schema() {
      return (schema ??= readJson(`${base}.schema.json`) as object);
    },
    preload(data) {
      provenance = provenanceOf(data.provenance);
      schema = data.schema;
    },
  };
}

/** The provenance table a trace points into, from its file. */
export function provenanceOf(file: ProvenanceFile): readonly Provenance[] {
  return file.points.map((p) => ({
    ...p,
    citation: p.citation ?? (p.article ? `${file.document} ${p.article}` : file.document),
    rulings: p.rulings ?? [],
    uses: p.uses ?? [],
  }));
}

function readJson(url: string): unknown {
  return JSON.parse(readFileSync(fileURLToPath(url), "utf8"));
}
