// `regc build`: compile every policy into generated/, with the manifest `regc run` finds modules by
// (compiled-manifest.ts); `--check` reports stale output instead of writing. With
// drafts (`--policies`), the build goes to a folder of the cache instead: generated/ holds only policies/.
// When nothing it reads changed since the last build and generated/ is as that build left it (build-stamp.ts),
// it does nothing, and loads none of the compiler. When some rule files changed, it emits and type-checks only
// the policies they change (build-cache.ts).
import { buildInputs, stampBuild, unchangedSince } from "../build-stamp.js";
import * as say from "../messages/usage.js";
import { messageLang, projectOptions, UsageError, type Io } from "../io.js";
import * as tell from "../messages/progress.js";

export async function buildCommand(root: string, io: Io, opts: { check?: boolean; policies?: string[] }): Promise<number> {
  const options = projectOptions(root, opts);
  const inputs = options.policies.length ? undefined : buildInputs(root);
  const built = inputs === undefined ? undefined : unchangedSince(root, inputs);
  if (built !== undefined) {
    io.err(`${(opts.check ? tell.upToDate : tell.nothingChanged)({ policies: built })[messageLang(io)]}\n`);
    return 0;
  }
  const { buildProgram, outdatedFiles, writeOutput } = await import("../../compiler/build/build.js");
  const { compileProgram } = await import("../../compiler/program.js");
  const { printDiagnostics } = await import("../diagnostics.js");
  const { draftsDir, loadUnitModule } = await import("../policy-module.js");
  const { MANIFEST } = await import("../compiled-load.js");
  const { manifestText } = await import("../compiled-manifest.js");
  const program = compileProgram(root, [], options);
  if (printDiagnostics(program, io)) return 1;
  if (options.policies.length) {
    if (opts.check) throw new UsageError(say.checkWithDrafts({}));
    const out = await buildProgram(program);
    if (out.typeErrors.length) return typeErrors(out.typeErrors, io);
    for (const unit of program.units) await loadUnitModule(program, unit, io, true);
    io.err(`${tell.builtWithDrafts({ policies: program.units.length, drafts: options.policies, dir: draftsDir(program) })[messageLang(io)]}\n`);
    return 0;
  }
  // `--check` builds without the cache, so that it checks what the cache kept.
  const cache = opts.check ? undefined : (await import("../build-cache.js")).buildCache(program);
  const out = await buildProgram(program, { reuse: cache?.reuse });
  if (out.typeErrors.length) return typeErrors(out.typeErrors, io);
  out.files.set(MANIFEST, manifestText(program));
  if (opts.check) {
    const stale = outdatedFiles(root, out);
    if (stale.length) {
      io.err(`${tell.outOfDate({ files: stale })[messageLang(io)]}\n`);
      return 1;
    }
    io.err(`${tell.upToDate({ policies: program.units.length })[messageLang(io)]}\n`);
    stampBuild(root, inputs!, program.units.length);
    return 0;
  }
  const written = writeOutput(root, out);
  cache?.save(out);
  stampBuild(root, inputs!, program.units.length);
  const figures = { policies: program.units.length, emitted: out.emitted, reused: out.reused, typechecked: out.typechecked };
  io.err(`${tell.built({ ...figures, written: written.length })[messageLang(io)]}\n`);
  return 0;
}

function typeErrors(errors: string[], io: Io): number {
  io.err(`${tell.generatedTypeErrors({ errors })[messageLang(io)]}\n`);
  return 1;
}
