// Whether this code runs compiled (dist/, a bundle) rather than from its TypeScript sources (the tests, tsx).
// The lexer and the grammar check their own definitions when they are made (chevrotain's validations: patterns
// that cannot match, ambiguous alternatives, left recursion). The sources are checked so on every test run;
// compiled from those same sources, regc skips that work at each start (about 0.1 s).
export const compiled = !import.meta.url.endsWith(".ts");
