// The TextMate grammar of the VS Code extension, run by the engine VS Code itself uses (vscode-textmate with
// the Oniguruma regular expressions of vscode-oniguruma) over every rule file of the repository: every
// Chinese character must get a scope of its own, so no name, unit or citation is left uncoloured.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import * as oniguruma from "vscode-oniguruma";
import { INITIAL, Registry, type IGrammar } from "vscode-textmate";
import { repositoryPolicies } from "../dsl/helpers.js";
import { ROOT } from "../e2e/regc.js";

const require = createRequire(import.meta.url);
const CJK = /[\u3007\u3400-\u4dbf\u4e00-\u9fff\uff10-\uff19]/;

let grammar: IGrammar;

beforeAll(async () => {
  const wasm = readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm"));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (s) => new oniguruma.OnigScanner(s), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async () => JSON.parse(readFileSync(join(ROOT, "editors/vscode/syntaxes/regc.tmLanguage.json"), "utf8")),
  });
  grammar = (await registry.loadGrammar("source.regc"))!;
});

interface Token {
  text: string;
  scopes: string[];
}

function tokenize(text: string): Token[][] {
  let state = INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The scope a token gets beyond the grammar's own (`source.regc`): its most specific one. */
const scopeOf = (t: Token) => t.scopes.at(-1)!;

describe("the TextMate grammar", () => {
  it("leaves no Chinese text without a scope in any rule file", () => {
    const files = repositoryPolicies();
    expect(files.length).toBeGreaterThan(90);
    const bare: string[] = [];
    for (const [file, text] of files) {
      tokenize(text).forEach((tokens, i) => {
        for (const t of tokens) if (t.scopes.length === 1 && CJK.test(t.text)) bare.push(`${file}:${i + 1}: "${t.text}"`);
      });
    }
    expect(bare).toEqual([]);
  });

  it("gives keywords, names, units, numbers, dates, citations, strings and comments their scopes", () => {
    const [line] = tokenize("value 年龄: 周岁 @ 第二十七条（二） = age(person.birthDate, claim.date) + 1.5万元 - ３００元 * 5个百分点 // 注");
    const scopes = new Map(line!.filter((t) => t.text.trim()).map((t) => [t.text.trim(), scopeOf(t)]));
    expect(scopes.get("value")).toBe("storage.type.declaration.regc");
    expect(scopes.get("年龄")).toBe("entity.name.regc");
    expect(scopes.get("周岁")).toBe("variable.other.regc");
    expect(scopes.get("@")).toBe("punctuation.definition.citation.regc");
    expect(scopes.get("第二十七条（二）")).toBe("entity.name.tag.citation.regc");
    expect(scopes.get("age")).toBe("entity.name.function.regc");
    expect(scopes.get("person")).toBe("variable.language.regc");
    expect(scopes.get("1.5")).toBe("constant.numeric.regc");
    expect(scopes.get("万元")).toBe("keyword.other.unit.regc");
    expect(scopes.get("３００")).toBe("constant.numeric.regc");
    expect(scopes.get("个百分点")).toBe("keyword.other.unit.regc");
    expect(scopes.get("// 注")).toBe("comment.line.double-slash.regc");
    const [doc] = tokenize('  signed 2018年2月1日 effective 2018-02-01 title "绵阳市城镇职工基本医疗保险办法" validity 30 工作日');
    const docScopes = new Map(doc!.filter((t) => t.text.trim()).map((t) => [t.text, scopeOf(t)]));
    expect(docScopes.get("2018年2月1日")).toBe("constant.numeric.date.regc");
    expect(docScopes.get("2018-02-01")).toBe("constant.numeric.date.regc");
    expect(docScopes.get("绵阳市城镇职工基本医疗保险办法")).toBe("string.quoted.double.regc");
    expect(docScopes.get("工作日")).toBe("keyword.other.unit.regc");
    const [appeal] = tokenize('  appeal "如不服本决定，可以申请行政复议。" @ 第十条');
    expect(appeal!.find((t) => t.text === "appeal")?.scopes.at(-1)).toBe(docScopes.get("title"));
  });

  it("marks full-width punctuation outside strings and comments as invalid", () => {
    const [line] = tokenize("claim { totalCost： money }");
    expect(line!.find((t) => t.text === "：")?.scopes.at(-1)).toBe("invalid.illegal.full-width.regc");
  });
});
