// What a compilation can keep for the next one: the parse of each rule file (by its text), the gazette texts
// and the shared rulings. An editor re-checks a file on every keystroke; with the cache only the edited file is
// parsed again, and no gazette text is read twice.
import { parse, type ParseResult } from "../dsl/parser.js";
import { loadRulings } from "./program.js";
import { SourceTexts } from "./source-texts.js";

export class CompileCache {
  private readonly parsed = new Map<string, { text: string; result: ParseResult }>();
  private sourceTexts: SourceTexts;
  private rulingTexts?: Map<string, { title: string; text: string }>;

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

  rulings(): Map<string, { title: string; text: string }> {
    this.rulingTexts ??= loadRulings(this.root);
    return this.rulingTexts;
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
