// The source-text layer: gazette documents split into citable provisions, citations resolved
// against them, and the quantities each provision states.
export { parseSource } from "./parse.js";
export { resolveCitation, normaliseCitation, nearestPaths } from "./citation.js";
export { numbersIn } from "./numbers.js";
export { chineseToInt, foldDigits, intToChinese, parseNumeral } from "./numerals.js";
export type {
  Artifact,
  Block,
  CitationResult,
  Provision,
  ProvisionKind,
  Quantity,
  QuantityKind,
  SourceDoc,
} from "./types.js";
