// What a compilation can keep for the next one: the parse of each rule file (by its text), the gazette texts
// and the shared rulings. An editor re-checks a file on every keystroke; with the cache only the edited file is
// parsed again, and no gazette text is read twice.
import { parse, type ParseResult } from "../../dsl/parser.js";
import type { Diagnostic } from "../../dsl/diagnostic.js";
import { loadRulings, type Rulings } from "./rulings-file.js";
import { SourceTexts } from "../law/source-texts.js";

export class CompileCache {
  private readonly parsed = new Map<string, { text: string; result: ParseResult }>();
  private sourceTexts: SourceTexts;
  private rulingTexts?: { rulings: Rulings; diagnostics: Diagnostic[] };

  constructor(private readonly root: string) {
    this.sourceTexts = new SourceTexts(root);
  }

  parse(file: string, text: string): ParseResult {
    const hit = this.parsed.get(file);
    if (hit?.text === text) return hit.result;
    const result = parse(file, text);
    this.parsed.set(file, { text, result });
    return result;
  }

  get sources(): SourceTexts {
    return this.sourceTexts;
  }

  /** The shared rulings; what is wrong with their file is added to `diagnostics` on every call. */
  rulings(diagnostics: Diagnostic[]): Rulings {
    if (!this.rulingTexts) {
      const found: Diagnostic[] = [];
      this.rulingTexts = { rulings: loadRulings(this.root, found), diagnostics: found };
    }
    diagnostics.push(...this.rulingTexts.diagnostics);
    return this.rulingTexts.rulings;
  }

  /** A rule file is gone: its parse is no longer needed. */
  forget(file: string): void {
    this.parsed.delete(file);
  }

  /** A gazette text or the rulings file changed on disk: read them again when next needed. */
  invalidateTexts(): void {
    this.sourceTexts = new SourceTexts(this.root);
    this.rulingTexts = undefined;
  }
}
