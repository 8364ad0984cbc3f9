// Collects the declarations of one rule file into name tables and reports duplicates.
import type {
  AdjustDecl,
  BandsDecl,
  EnumDecl,
  ExceptionDecl,
  ForEachDecl,
  InputField,
  LedgerDecl,
  LimitDecl,
  OutputDecl,
  ParamDecl,
  PolicyFile,
  PrecedenceDecl,
  Span,
  StatusDecl,
  ValueDecl,
} from "../../dsl/ast.js";
import { diagnose, type Diagnostic } from "../../dsl/diagnostic.js";
import { suggest } from "../../dsl/suggest.js";
import * as M from "../messages/names.js";

export interface EnumInfo {
  decl: EnumDecl;
  members: string[];
  spellings: Record<string, string>;
}

export interface Symbols {
  enums: Map<string, EnumInfo>;
  /** Member or alias spelling → the enums that have it. */
  memberOwners: Map<string, string[]>;
  inputs: { person: Map<string, InputField>; claim: Map<string, InputField>; facts: Map<string, InputField> };
  params: Map<string, ParamDecl>;
  bands: Map<string, BandsDecl>;
  values: Map<string, ValueDecl>;
  ledgers: Map<string, LedgerDecl>;
  outputs: Map<string, OutputDecl>;
  exceptions: Map<string, ExceptionDecl>;
  adjusts: Map<string, AdjustDecl>;
  /** Carve-outs and preconditions on yes/no values. */
  limits: Map<string, LimitDecl>;
  precedences: PrecedenceDecl[];
  statuses: StatusDecl[];
  /** `foreach 类别 in person.categories …`: the variable every rule may read. */
  foreach?: ForEachDecl;
}

/** Names every rule may refer to, for suggestions. */
export function declaredNames(s: Symbols): string[] {
  return [...s.params.keys(), ...s.bands.keys(), ...s.values.keys(), ...s.ledgers.keys(), ...s.enums.keys()];
}

export function collectSymbols(file: Pick<PolicyFile, "decls">, diagnostics: Diagnostic[]): Symbols {
  const s: Symbols = {
    enums: new Map(),
    memberOwners: new Map(),
    inputs: { person: new Map(), claim: new Map(), facts: new Map() },
    params: new Map(),
    bands: new Map(),
    values: new Map(),
    ledgers: new Map(),
    outputs: new Map(),
    exceptions: new Map(),
    adjusts: new Map(),
    limits: new Map(),
    precedences: [],
    statuses: [],
  };
  // One namespace for everything an expression can name by itself.
  const global = new Map<string, Span>();
  const claimGlobal = (name: string, span: Span, what: M.DeclaredKind): boolean => {
    const first = global.get(name);
    if (first) {
      diagnostics.push(diagnose(M.declaredTwice, span, { name, what }, [{ span: first, text: M.nameNotes.firstDeclared }]));
      return false;
    }
    global.set(name, span);
    return true;
  };
  const ruleNames = new Map<string, Span>();
  const claimRule = (name: string, span: Span): boolean => {
    const first = ruleNames.get(name);
    if (first) {
      diagnostics.push(diagnose(M.ruleNameTwice, span, { name }, [{ span: first, text: M.nameNotes.firstUsed }]));
      return false;
    }
    ruleNames.set(name, span);
    return true;
  };

  for (const d of file.decls) {
    switch (d.kind) {
      case "EnumDecl":
        if (claimGlobal(d.name.name, d.name.span, "enum")) s.enums.set(d.name.name, enumInfo(d, diagnostics));
        break;
      case "InputDecl": {
        const table = s.inputs[d.scope];
        for (const f of d.fields) {
          if (f.name.name === "date" || f.name.name === "id") {
            diagnostics.push(diagnose(M.builtInField, f.name.span, { scope: d.scope, name: f.name.name }));
          } else if (table.has(f.name.name)) {
            diagnostics.push(
              diagnose(M.fieldTwice, f.name.span, { scope: d.scope, name: f.name.name }, [
                { span: table.get(f.name.name)!.name.span, text: M.nameNotes.firstDeclared },
              ]),
            );
          } else table.set(f.name.name, f);
        }
        break;
      }
      case "ParamDecl":
        if (claimGlobal(d.name.name, d.name.span, "param")) s.params.set(d.name.name, d);
        break;
      case "BandsDecl":
        if (claimGlobal(d.name.name, d.name.span, "bands")) s.bands.set(d.name.name, d);
        break;
      case "ValueDecl":
        if (claimGlobal(d.name.name, d.name.span, "value")) s.values.set(d.name.name, d);
        break;
      case "LedgerDecl":
        if (claimGlobal(d.name.name, d.name.span, "ledger")) s.ledgers.set(d.name.name, d);
        break;
      case "OutputDecl":
        if (s.outputs.has(d.name.name)) {
          diagnostics.push(
            diagnose(M.outputTwice, d.name.span, { name: d.name.name }, [{ span: s.outputs.get(d.name.name)!.name.span, text: M.nameNotes.firstDeclared }]),
          );
        } else s.outputs.set(d.name.name, d);
        break;
      case "ExceptionDecl":
        if (claimRule(d.name.name, d.name.span)) s.exceptions.set(d.name.name, d);
        break;
      case "AdjustDecl":
        if (claimRule(d.name.name, d.name.span)) s.adjusts.set(d.name.name, d);
        break;
      case "LimitDecl":
        if (claimRule(d.name.name, d.name.span)) s.limits.set(d.name.name, d);
        break;
      case "PrecedenceDecl":
        s.precedences.push(d);
        break;
      case "ForEachDecl":
        if (s.foreach) {
          diagnostics.push(diagnose(M.secondForeach, d.span, {}, [{ span: s.foreach.span, text: M.nameNotes.firstForeach }]));
        } else if (claimGlobal(d.variable.name, d.variable.span, "foreach")) s.foreach = d;
        break;
      case "StatusDecl":
        s.statuses.push(d);
        break;
    }
  }
  for (const info of s.enums.values()) narrowToParent(info, s.enums, diagnostics);
  for (const [name, info] of s.enums) {
    for (const spelling of Object.keys(info.spellings)) {
      const owners = s.memberOwners.get(spelling) ?? [];
      owners.push(name);
      s.memberOwners.set(spelling, owners);
    }
  }
  return s;
}

/**
 * A sub-enum (`enum 救助类别 of 救助对象类别 { … }`) names members of its parent, by member or alias; it
 * takes the parent's canonical names and accepts the parent's aliases of the members it keeps.
 */
function narrowToParent(info: EnumInfo, enums: Map<string, EnumInfo>, diagnostics: Diagnostic[]): void {
  const parentId = info.decl.parent;
  if (!parentId) return;
  const parent = enums.get(parentId.name);
  if (!parent) {
    diagnostics.push(diagnose(M.unknownEnum, parentId.span, { name: parentId.name, meant: suggest(parentId.name, enums.keys()) }));
    return;
  }
  if (parent.decl.parent) {
    diagnostics.push(
      diagnose(M.subsetOfSubset, parentId.span, { name: info.decl.name.name, subset: parentId.name, parent: parent.decl.parent.name }, [
        { span: parent.decl.parent.span, text: M.useNotes.narrows(parentId.name, parent.decl.parent.name) },
      ]),
    );
    return;
  }
  const members: string[] = [];
  for (const m of info.decl.members) {
    const canonical = parent.spellings[m.name.name];
    if (!canonical) {
      diagnostics.push(
        diagnose(
          M.notAMember,
          m.name.span,
          { name: m.name.name, enumName: parentId.name, members: parent.members, meant: suggest(m.name.name, Object.keys(parent.spellings)) },
          [{ span: parent.decl.name.span, text: M.nameNotes.enumDeclared(parentId.name) }],
        ),
      );
    } else members.push(canonical);
  }
  info.members = members;
  info.spellings = Object.fromEntries(Object.entries(parent.spellings).filter(([, canonical]) => members.includes(canonical)));
}

function enumInfo(d: EnumDecl, diagnostics: Diagnostic[]): EnumInfo {
  const spellings: Record<string, string> = {};
  const members: string[] = [];
  for (const m of d.members) {
    for (const spelling of [m.name, ...m.aliases]) {
      if (spelling.name in spellings) {
        const first = d.members.flatMap((x) => [x.name, ...x.aliases]).find((x) => x.name === spelling.name)!;
        diagnostics.push(
          diagnose(M.spellingTwice, spelling.span, { name: spelling.name, enumName: d.name.name }, [{ span: first.span, text: M.nameNotes.firstWritten }]),
        );
      } else spellings[spelling.name] = m.name.name;
    }
    members.push(m.name.name);
  }
  return { decl: d, members, spellings };
}
