// What every page regc writes shares: escaping (everything taken from rule files, gazette texts and cases
// goes through `esc`, so none of it can become markup) and the page shell.
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface PageParts {
  title: string;
  /** A complete <style> body, or the relative URL of a stylesheet beside the page. */
  style: { inline: string } | { href: string };
  body: string;
  /** A relative URL of a script beside the page (the static site's search). */
  script?: string;
  /** The page's language (BCP 47), when it is not Chinese. */
  lang?: string;
}

export function page(p: PageParts): string {
  const style = "inline" in p.style ? `<style>${p.style.inline}</style>` : `<link rel="stylesheet" href="${esc(p.style.href)}">`;
  return `<!DOCTYPE html>
<html lang="${p.lang ?? "zh-CN"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(p.title)}</title>
${style}
</head>
<body>
${p.body}
${p.script ? `<script src="${esc(p.script)}"></script>\n` : ""}</body>
</html>
`;
}
