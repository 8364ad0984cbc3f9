// How long `regc doc` takes to write the site of every policy: in-process and warm (compiling the rule files,
// the coverage of every gazette text, every page and every dependency graph laid out by elkjs), and as a user
// runs it (`node bin/regc.js doc --out …`, which also pays for start-up).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSite } from "../cli/doc/site.js";
import { compileProgram } from "../compiler/program.js";
import { median, timed } from "./measure.js";

export interface SiteTimes {
  siteSeconds: number;
  siteCliSeconds: number;
  sitePages: number;
  siteDocuments: number;
}

export async function siteTimes(root: string, repetitions: number): Promise<SiteTimes> {
  const out = mkdtempSync(join(tmpdir(), "regc-bench-site-"));
  try {
    let pages = 0;
    let documents = 0;
    const run = async () => {
      const s = await buildSite(compileProgram(root), out, "2024-01-01");
      pages = s.pages;
      documents = s.documents;
    };
    await run();
    const inProcess: number[] = [];
    for (let i = 0; i < repetitions; i++) inProcess.push(await timed(run));
    const cli: number[] = [];
    for (let i = 0; i < Math.max(1, repetitions - 2); i++) {
      cli.push(
        await timed(() => spawnSync(process.execPath, [join(root, "bin/regc.js"), "doc", "--out", out, "--on", "2024-01-01"], { cwd: root, stdio: "ignore" })),
      );
    }
    return { siteSeconds: median(inProcess) / 1000, siteCliSeconds: median(cli) / 1000, sitePages: pages, siteDocuments: documents };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
