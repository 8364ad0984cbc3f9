// What hovering shows: for a name, its declaration, type, value, grounds and the words of the provisions it
// cites, quoted from the gazette text; for a citation, the provision; for a ruling, its text; for a 文号, the
// document's title and period of force.
import type { Decl, Grounds, Span } from "../dsl/ast.js";
import { cite } from "../compiler/law/cite.js";
import { builtin } from "../compiler/builtins/index.js";
import type { Ty } from "../compiler/ir/types.js";
import type { Provision } from "../compiler/law/source/index.js";
import { documentDecl, resolveField, resolveMember, resolveName, typeOf, type FileModel, type Resolved } from "./model.js";
import type { Occurrence } from "./occurrences.js";
import { say, type Lang } from "./texts.js";

export interface Context {
  model: FileModel;
  lang: Lang;
  /** The text of a rule file (the editor's, when it is open). */
  textOf(file: string): string | undefined;
}

/** A provision's text is quoted up to this many characters. */
const QUOTE_LIMIT = 1200;

export function hoverMarkdown(o: Occurrence, cx: Context): string | undefined {
  switch (o.kind) {
    case "name":
      return resolvedMarkdown(resolveName(cx.model, o.name), cx);
    case "field":
      return resolvedMarkdown(resolveField(cx.model, o.scope, o.name), cx);
    case "member":
      return resolvedMarkdown(resolveMember(cx.model, o.name, o.enumName) ?? (o.enumName ? resolveMember(cx.model, o.name) : undefined), cx);
    case "function":
      return builtin(o.name) ? `${say(cx.lang, "function")} \`${builtin(o.name)!.signature}\`` : undefined;
    case "citation":
      return provisionsMarkdown([o.path], cx);
    case "ruling":
      return rulingMarkdown(o.id, cx);
    case "template":
      return templateMarkdown(o.name, cx);
    case "document":
      return documentMarkdown(o.number, cx);
    case "source":
      return undefined;
  }
}

function code(text: string): string {
  return `\`\`\`regc\n${text}\n\`\`\``;
}

function spanText(span: Span, cx: Context): string {
  return cx.textOf(span.file)?.slice(span.start.offset, span.end.offset) ?? "";
}

function resolvedMarkdown(r: Resolved | undefined, cx: Context): string | undefined {
  if (!r) return undefined;
  const { lang } = cx;
  if (r.kind === "field") {
    const f = r.field;
    const lines = [code(`${r.scope}.${spanText(f.span, cx)}`)];
    if (f.label) lines.push(f.label.value);
    if (f.default) lines.push(`${say(lang, "defaultValue")}: ${spanText(f.default.span, cx)}`);
    if (f.optional) lines.push(say(lang, "optional"));
    return lines.join("\n\n");
  }
  if (r.kind === "member") {
    const aliases = r.member.aliases.map((a) => a.name);
    const of = lang === "zh" ? `${r.enumName}${say(lang, "memberOf")}` : `${say(lang, "memberOf")} ${r.enumName}`;
    return [code(r.member.name.name + (aliases.length ? ` alias ${aliases.join(", ")}` : "")), of].join("\n\n");
  }
  return declMarkdown(r.decl, cx);
}

function declMarkdown(d: Decl, cx: Context): string {
  const { lang } = cx;
  const lines = [code(spanText(d.span, cx))];
  const name = "name" in d ? d.name.name : undefined;
  const ty = name && (d.kind === "ValueDecl" || d.kind === "ParamDecl" || d.kind === "OutputDecl") ? typeOf(cx.model, name) : undefined;
  if (ty && !(d.kind === "ValueDecl" && d.type)) lines.push(`${say(lang, "type")}: \`${tyText(ty)}\``);
  if ("grounds" in d) lines.push(...groundsLines(d.grounds, cx));
  return lines.join("\n\n");
}

function groundsLines(g: Grounds, cx: Context): string[] {
  const out: string[] = [];
  const numbers = cx.model.documents.map((d) => d.number).join("、");
  if (g.citations.length) out.push(`${say(cx.lang, "cites")}: ${numbers} ${g.citations.map((c) => c.path).join("、")}`);
  if (g.rulings.length) out.push(`${say(cx.lang, "rulings")}: ${g.rulings.map((r) => `${r.name}（${rulingText(r.name, cx) ?? "?"}）`).join("；")}`);
  const quoted = provisionsMarkdown(
    g.citations.map((c) => c.path),
    cx,
  );
  if (quoted) out.push(quoted);
  return out;
}

/** The provisions cited by `paths`, quoted from each document's text the file is checked against. */
function provisionsMarkdown(paths: string[], cx: Context): string | undefined {
  const blocks: string[] = [];
  for (const d of cx.model.documents) {
    if (!d.source) {
      blocks.push(`${d.number}: ${say(cx.lang, "noSource")}`);
      continue;
    }
    for (const path of paths) {
      const r = cite(d.source.doc, path);
      blocks.push(
        "provision" in r
          ? provisionMarkdown(d.number, r.provision)
          : `${d.number} ${path}: ${say(cx.lang, "notFound")}${r.candidates.length ? `（${r.candidates.join("、")}）` : ""}`,
      );
    }
  }
  return blocks.length ? blocks.join("\n\n") : undefined;
}

export function provisionMarkdown(number: string, p: Provision): string {
  const text = p.text.length > QUOTE_LIMIT ? `${p.text.slice(0, QUOTE_LIMIT)}…` : p.text;
  const title = `**${number} ${p.path}**${p.heading ? ` ${p.heading}` : ""}`;
  return [title, ...text.split("\n").map((line) => `> ${line}`)].join("\n");
}

function rulingText(id: string, cx: Context): string | undefined {
  const shared = cx.model.program.rulings.get(id);
  // rulings.yaml gives each shared ruling in Chinese (zh) beside the English of RULINGS.md.
  const words = cx.lang === "zh" && shared?.zh ? shared.zh : shared;
  if (words) return words.title ? `${words.title}：${words.text}` : words.text;
  for (const d of cx.model.documents) {
    const item = documentDecl(cx.model.program, d.number)?.decl.items.find((i) => i.kind === "DocRuling" && i.id.name === id);
    // A document's own ruling: its Chinese; in an English editor its English first, when the rule file gives it.
    if (item?.kind === "DocRuling") return cx.lang === "en" && item.en ? `${item.en.value}\n\n${item.text.value}` : item.text.value;
  }
  return undefined;
}

function rulingMarkdown(id: string, cx: Context): string | undefined {
  const text = rulingText(id, cx);
  return text ? `**${say(cx.lang, "ruling")} ${id}**\n\n${text}` : undefined;
}

function templateMarkdown(name: string, cx: Context): string | undefined {
  const f = cx.model.program.files.find((x) => x.ast?.header.kind === "TemplateDecl" && x.ast.header.name.name === name);
  const h = f?.ast?.header;
  if (!f || h?.kind !== "TemplateDecl") return undefined;
  return [`**${say(cx.lang, "template")} ${name}**${h.title ? ` ${h.title.value}` : ""}`, `\`${f.file}\``].join("\n\n");
}

function documentMarkdown(number: string, cx: Context): string | undefined {
  const life = cx.model.program.lifecycle.documents.get(number);
  if (!life) return undefined;
  const p = life.period;
  const period = `${p.from ?? "?"} — ${p.to ?? "…"}`;
  const [from, to] = [p.fromReason[cx.lang], p.toReason[cx.lang]];
  return [`**${number}** ${life.title}`, `${period}`, `${from}${to ? (cx.lang === "zh" ? `；${to}` : `; ${to}`) : ""}`, `\`${life.file}\``].join("\n\n");
}

/** A type as it is written in a rule file. */
export function tyText(t: Ty): string {
  switch (t.k) {
    case "duration":
      return t.unit;
    case "enum":
      return t.name;
    case "set":
      return `set of ${t.of}`;
    default:
      return t.k;
  }
}
