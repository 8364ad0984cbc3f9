// A case arrives as JSON. It is validated against the module's JSON Schema (ajv) and then converted field by
// field into the exact values compiled rules compute with: money to scaled integers, dates to day numbers,
// enum aliases to their canonical member. Every problem is reported with its JSON path.
import { Ajv2020 } from "ajv/dist/2020.js";
import { _, type ErrorObject, type Options, type ValidateFunction } from "ajv";
import formatsPlugin from "ajv-formats";
import { checkCaseDepth } from "./case-limits.js";
import { CASE_MESSAGES as M } from "./case-messages.js";
import { CaseError, type CaseProblem } from "./errors.js";
import { convertValue, decimalsOk, expectedText, INVALID, isQuantity } from "./field-values.js";
import type { FieldSpec, RuleModule } from "./module.js";

/**
 * The validator of case schemas with regc's keywords. `npm run build` compiles each module's validator ahead with
 * the same configuration (ajv standalone code, `options.code`), so the compiled package skips this compiling.
 */
export function caseAjv(options: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true, ...options });
  // ajv-formats is CommonJS: imported as ESM its default export is the module, whose `default` is the plugin.
  formatsPlugin.default(ajv, ["date"]);
  ajv.addKeyword({ keyword: "x-expected", schemaType: "string" });
  // "x-when": on the `then` of a field's `required when`, the condition as the rule file writes it, for the message.
  ajv.addKeyword({ keyword: "x-when", schemaType: "string" });
  // "x-decimals": a JSON number with at most that many decimals, decided exactly (JSON Schema's multipleOf is
  // computed in binary floating point, which rejects 0.07 or 134221.68 as multiples of 0.01). Generated as a call
  // of decimalsOk, which compiled-ahead code imports by that name.
  ajv.addKeyword({
    keyword: "x-decimals",
    schemaType: "number",
    code: (cxt) => cxt.fail(_`!${cxt.gen.scopeValue("func", { ref: decimalsOk, code: _`decimalsOk` })}(${cxt.schemaCode}, ${cxt.data})`),
  });
  return ajv;
}

let ajv: Ajv2020 | undefined;
const compiled = new WeakMap<object, ValidateFunction>();

/** A validator compiled ahead for a module's schema (the compiled package's generated modules register theirs). */
export function useValidator(schema: object, validate: ValidateFunction): void {
  compiled.set(schema, validate);
}

function validatorFor(schema: object): ValidateFunction {
  let v = compiled.get(schema);
  if (!v) {
    v = (ajv ??= caseAjv()).compile(schema);
    compiled.set(schema, v);
  }
  return v;
}

/** Validates a whole case against the module's schema; throws CaseError listing every problem. */
export function validateCase(mod: Pick<RuleModule, "schema">, json: unknown): void {
  checkCaseDepth(json);
  const validate = validatorFor(mod.schema);
  if (validate(json)) return;
  const issues = (validate.errors ?? []).filter(isReportable).map(describe);
  throw new CaseError(dedupe(issues));
}

// anyOf/if branches repeat what their leaves already say.
function isReportable(e: ErrorObject): boolean {
  // propertyNames wraps the pattern its key failed, which says it better.
  return e.keyword !== "anyOf" && e.keyword !== "if" && e.keyword !== "propertyNames";
}

/** One problem said once (a field wrong for several versions of a plan, an anyOf's branches). */
export function dedupe(issues: readonly CaseProblem[]): CaseProblem[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.path}\u0000${i.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function jsonPath(pointer: string): string {
  if (!pointer) return "$";
  return (
    "$" +
    pointer
      .split("/")
      .slice(1)
      .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
      .map((p) => (/^\d+$/.test(p) ? `[${p}]` : /^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`))
      .join("")
  );
}

function describe(e: ErrorObject): CaseProblem {
  // A key that failed propertyNames (a year of an opening balance) is located at the key itself.
  const key = (e as ErrorObject & { propertyName?: string }).propertyName;
  const path = jsonPath(key === undefined ? e.instancePath : `${e.instancePath}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`);
  const parent = e.parentSchema as { "x-expected"?: string; "x-when"?: string; minimum?: number } | undefined;
  const expected = parent?.["x-expected"];
  if (isNegative(e, parent)) return { path, message: negative(e.data) };
  switch (e.keyword) {
    case "required": {
      const field = (e.params as { missingProperty: string }).missingProperty;
      const when = parent?.["x-when"];
      return {
        path: jsonPath(`${e.instancePath}/${field}`),
        message: when ? M.requiredWhen(when) : M.required,
      };
    }
    case "type":
    case "pattern":
    case "format":
    case "x-decimals":
      return { path, message: M.expected(expected ?? `a ${(e.params as { type?: string }).type ?? "valid value"}`, show(e.data)) };
    case "enum":
      return {
        path,
        message: M.expected(expected ?? "one of " + ((e.params as { allowedValues: unknown[] }).allowedValues ?? []).join(", "), show(e.data)),
      };
    case "uniqueItems":
      return { path, message: M.twice };
    case "additionalProperties": {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      return {
        path: jsonPath(`${e.instancePath}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`),
        message: M.unknownField(expected),
      };
    }
    default:
      return { path, message: M.invalid(e.message) };
  }
}

/** Amounts and counts of a case are at least 0 unless the rule file declares the field `signed`. */
function negative(raw: unknown): CaseProblem["message"] {
  return M.negative(show(raw));
}

/** A number below a field's minimum of 0, whether written as a JSON number or as a decimal string. */
function isNegative(e: ErrorObject, parent: { minimum?: number } | undefined): boolean {
  if (e.keyword === "minimum") return true;
  return e.keyword === "pattern" && parent?.minimum === 0 && typeof e.data === "string" && /^-[0-9]+(\.[0-9]+)?$/.test(e.data);
}

function show(v: unknown): string {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 40 ? s.slice(0, 37) + "…" : s;
}

/**
 * Converts a validated JSON object into the values a compiled module reads. Its JSON path is `path`, or
 * `path[index]` for an item of a list (written only for a problem: a batch converts millions of claims).
 */
export function convertFields(specs: readonly FieldSpec[], json: Record<string, unknown>, path: string, index = -1): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let issues: CaseProblem[] | undefined;
  for (const spec of specs) {
    const raw = json[spec.name] ?? spec.default;
    if (raw === undefined || raw === null) {
      if (spec.required) (issues ??= []).push({ path: fieldPath(path, index, spec), message: M.required });
      out[spec.name] = undefined;
      continue;
    }
    const converted = convertValue(spec.type, raw);
    if (converted === INVALID) (issues ??= []).push({ path: fieldPath(path, index, spec), message: M.expected(expectedText(spec.type), show(raw)) });
    else if (isQuantity(spec.type) && (converted as number) < 0 && !spec.signed)
      (issues ??= []).push({ path: fieldPath(path, index, spec), message: negative(raw) });
    else out[spec.name] = converted;
  }
  if (issues) throw new CaseError(issues);
  return out;
}

function fieldPath(path: string, index: number, spec: FieldSpec): string {
  return `${index < 0 ? path : `${path}[${index}]`}.${spec.name}`;
}
