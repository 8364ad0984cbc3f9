// Where regc's own files are, whether this code runs from the TypeScript sources (through tsx, in development)
// or compiled into dist/ (`npm run build`, what the package ships): dist/ mirrors the source folders one level
// down, so a path relative to a source file would miss by one folder there.
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = fileURLToPath(import.meta.url);

/** This code runs compiled (dist/): its siblings are .js files, and no TypeScript loader is needed. */
export const COMPILED = HERE.endsWith(".js");

/** The folder holding regc's package.json. */
export const REGC_ROOT = ((above) => (basename(above) === "dist" ? dirname(above) : above))(dirname(dirname(HERE)));

/** A file of regc by its path in the sources (`docs/diagnostics.md`, `package.json`). */
export function regcFile(path: string): string {
  return join(REGC_ROOT, path);
}

/** The file of a module next to `url` by its source name (`./serve.ts`): the compiled one under dist/. */
export function siblingModule(url: string, name: string): string {
  const file = fileURLToPath(new URL(name, url));
  return file.endsWith(".ts") && url.endsWith(".js") ? `${file.slice(0, -3)}.js` : file;
}
