// Markdown for pull-request comments and CI job summaries: tables whose cells may hold any text a rule file or
// a gazette prints.

/** A table: the header row, the alignment row, then the rows; `|` and line breaks inside cells are escaped. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly ("left" | "right")[] = []): string {
  const cell = (s: string) => s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(" | ")} |`;
  return [line(header), `|${header.map((_, i) => (align[i] === "right" ? " ---: " : " --- ")).join("|")}|`, ...rows.map(line)].join("\n") + "\n";
}
