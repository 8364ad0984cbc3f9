// Type-checks generated modules as `tsc --strict` would, against the real runtime sources, without writing
// them first: a module that does not type-check is never written.
import { join } from "node:path";
import { Project, ts } from "ts-morph";

export function typecheckGenerated(root: string, files: ReadonlyMap<string, string>): string[] {
  const project = new Project({
    skipAddingFilesFromTsConfig: true,
    compilerOptions: {
      strict: true,
      noImplicitReturns: true,
      target: ts.ScriptTarget.ES2022,
      // Modules created in memory have no package.json to say they are ES modules, which they are: a module
      // finds the files beside it from import.meta.url.
      module: ts.ModuleKind.ES2022,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      noEmit: true,
      skipLibCheck: true,
      // The runtime reads a module's data files with Node's fs.
      types: ["node"],
    },
  });
  project.addSourceFilesAtPaths(join(root, "runtime/**/*.ts"));
  const generated = [...files].filter(([p]) => p.endsWith(".ts"));
  for (const [path, content] of generated) project.createSourceFile(join(root, path), content, { overwrite: true });
  const diagnostics = project.getPreEmitDiagnostics();
  if (!diagnostics.length) return [];
  return [project.formatDiagnosticsWithColorAndContext(diagnostics).replace(/\u001b\[[0-9;]*m/g, "")];
}
