#!/usr/bin/env node
// Runs regc compiled (dist/, built by `npm run build`, which `npm ci` runs through `prepare`): a command loads
// only the JavaScript it needs. In a checkout where a source is newer than the build (an edit, a pull, a
// `regc build` that rewrote generated/), the TypeScript sources run through tsx instead, so a command never runs
// code older than what is on disk; `npm run build` makes it fast again. The installed package has no sources.
import { readdirSync, statSync } from "node:fs";

const root = new URL("..", import.meta.url);
const SOURCES = ["runtime", "dsl", "compiler", "cli", "server", "lsp", "generated"];

function built() {
  const stamp = statSync(new URL("dist/.built", root), { throwIfNoEntry: false });
  if (!stamp) return false;
  const newer = (dir) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return false;
    }
    return entries.some((e) => {
      const url = new URL(e.name + (e.isDirectory() ? "/" : ""), dir);
      return e.isDirectory() ? newer(url) : statSync(url).mtimeMs > stamp.mtimeMs;
    });
  };
  return !SOURCES.some((d) => newer(new URL(`${d}/`, root)));
}

let entry;
if (built()) entry = { main: "../dist/cli/main.js", io: "../dist/cli/io.js" };
else {
  const { register } = await import("tsx/esm/api");
  register();
  entry = { main: "../cli/main.ts", io: "../cli/io.ts" };
}
const { main } = await import(entry.main);
const { processIo } = await import(entry.io);
process.exitCode = await main(process.argv.slice(2), processIo());
