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
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    },
  });
  project.addSourceFilesAtPaths(join(root, "runtime/**/*.ts"));
  const generated = [...files].filter(([p]) => p.endsWith(".ts"));
  for (const [path, content] of generated) project.createSourceFile(join(root, path), content, { overwrite: true });
  const diagnostics = project.getPreEmitDiagnostics();
  if (!diagnostics.length) return [];
  return [project.formatDiagnosticsWithColorAndContext(diagnostics).replace(/\u001b\[[0-9;]*m/g, "")];
}
