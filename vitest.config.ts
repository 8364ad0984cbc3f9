import { defineConfig } from "vitest/config";

// Two tiers (README, "Tests"): `unit` checks the layers in process — parser, checker, citations, runtime,
// reports — and runs in well under a minute while editing (`npm run test:unit`); `system` runs what a user or an
// integrator runs: the CLI end to end, worker threads, the HTTP service, the language server as a process,
// headless Chromium, the package tests and the fuzz suite. `npm test` runs both.
const SYSTEM = [
  "test/e2e/**",
  "test/package/**",
  "test/batch/**",
  "test/server/**",
  "test/lsp/**",
  "test/doc/**",
  "test/explain/**",
  "test/fuzz/**",
  "test/editor/vsix.test.ts",
  "test/compiler/build.test.ts",
  "test/calendar/evaluation.test.ts",
  "test/calendar/add-year.test.ts",
  "test/citations/mutations.test.ts",
  "test/lifecycle/status-seeds.test.ts",
  "test/lifecycle/run-in-force.test.ts",
  "test/reports/**",
  "test/versions/amendments.test.ts",
  "test/versions/fixture.test.ts",
  "test/versions/lifecycle.test.ts",
];

export default defineConfig({
  test: {
    globalSetup: ["test/temp-folder.ts"],
    setupFiles: ["test/setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    projects: [
      { extends: true, test: { name: "unit", include: ["test/**/*.test.ts"], exclude: SYSTEM, isolate: false } },
      { extends: true, test: { name: "system", include: SYSTEM.map((p) => (p.endsWith("/**") ? `${p}/*.test.ts` : p)) } },
    ],
  },
});
