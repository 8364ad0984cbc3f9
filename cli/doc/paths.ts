// Where each page of the site is written and how pages link to one another. A page is named by its 文号 (and
// part), so a reviewer can find a document's page by its number; characters a file name cannot hold become
// `_`, and links are percent-encoded, which file:// resolves like any other relative URL.
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]/g;

export function documentPage(number: string): string {
  return `doc/${number.replace(UNSAFE, "_")}.html`;
}

export function partPage(number: string, part: string): string {
  return `doc/${number.replace(UNSAFE, "_")}--${part.replace(UNSAFE, "_")}.html`;
}

/** A relative link from a page in `doc/` (or from the index, with `fromIndex`) to another page. */
export function href(target: string, fromIndex = false): string {
  const rel = fromIndex ? target : target.replace(/^doc\//, "");
  return rel.split("/").map(encodeURIComponent).join("/");
}
