// The site's stylesheet and its one script, written beside the pages: the search box of the index, which
// filters the table of documents by 文号 and title as one types. Nothing is fetched from anywhere.
export const STYLESHEET = `
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Zen Hei", sans-serif;
       color: #1a1a1a; margin: 0; line-height: 1.6; }
header.site { background: #243b53; color: #fff; padding: 0.6em 1.5em; }
header.site a { color: #fff; text-decoration: none; font-weight: bold; }
main { max-width: 78em; margin: 0 auto; padding: 1em 1.5em 3em; }
h1 { font-size: 1.6em; margin: 0.4em 0 0.1em; }
h2 { font-size: 1.25em; border-bottom: 2px solid #243b53; padding-bottom: 0.15em; margin-top: 1.8em; }
h3 { font-size: 1.05em; margin: 1.2em 0 0.3em; }
.sub { color: #555; margin-top: 0; }
table { border-collapse: collapse; margin: 0.4em 0; }
th, td { border: 1px solid #bbb; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
th { background: #eef2f6; }
table.documents { width: 100%; }
table.documents td:first-child { white-space: nowrap; }
table.documents td:nth-child(3), table.documents td:nth-child(4) { min-width: 10em; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; }
dl.meta dt { font-weight: bold; color: #333; }
dl.meta dd { margin: 0; }
.status-in { color: #176b2c; font-weight: bold; }
.status-out { color: #a61b1b; font-weight: bold; }
.status-unknown { color: #8a5a00; font-weight: bold; }
input#search { font-size: 1em; padding: 0.4em 0.6em; width: 28em; max-width: 100%; margin: 0.6em 0; }
.bar { display: inline-block; height: 0.6em; background: #4c9f70; vertical-align: middle; margin-right: 0.4em; }
.provision { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1em; border-top: 1px solid #ddd; padding: 0.6em 0; }
.provision.heading { display: block; }
.provision .path { font-weight: bold; color: #243b53; margin-right: 0.4em; }
.provision .words { white-space: pre-wrap; }
.encoding { font-size: 0.92em; }
.encoding pre { background: #f5f7fa; border: 1px solid #dde3ea; padding: 0.4em 0.6em; margin: 0.2em 0 0.5em; white-space: pre-wrap; word-break: break-all; }
.encoding .where { color: #666; font-size: 0.9em; }
.badge { display: inline-block; font-size: 0.8em; padding: 0 0.5em; border-radius: 0.8em; margin-right: 0.4em; }
.badge.encoded { background: #dff3e4; color: #176b2c; }
.badge.excluded { background: #e8eef8; color: #24487a; }
.badge.pending { background: #fff1cf; color: #7a5a00; }
.badge.not-covered { background: #fde2e2; color: #a61b1b; }
.unnumbered { color: #444; white-space: pre-wrap; border-left: 3px solid #ccc; padding-left: 0.8em; }
.ruling { margin: 0.6em 0; }
.ruling .en { color: #555; font-size: 0.9em; }
.case { border: 1px solid #ccd; border-radius: 4px; padding: 0.4em 0.8em; margin: 0.8em 0; }
.case-tables { display: flex; flex-wrap: wrap; gap: 0 1.5em; align-items: flex-start; }
.case caption { text-align: left; font-weight: bold; color: #444; }
.case .working { font-family: monospace; white-space: pre-wrap; background: #f7f7f2; padding: 0.3em 0.5em; }
.graph-wrap { overflow-x: auto; border: 1px solid #ddd; padding: 0.4em; }
.legend span { display: inline-block; padding: 0 0.5em; margin-right: 0.5em; border: 1px solid #777; border-radius: 3px; font-size: 0.85em; }
nav.toc a { margin-right: 1em; }
`;

export const SEARCH_SCRIPT = `// Filters the index: a row stays when its 文号 or title contains every word typed (brackets folded, so
// 南川府办发[2023]8号 finds 南川府办发〔2023〕8号).
(function () {
  var box = document.getElementById("search");
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr.document"));
  var count = document.getElementById("shown");
  function fold(s) {
    return s.toLowerCase().replace(/[\\[［(（]/g, "〔").replace(/[\\]］)）]/g, "〕").replace(/\\s+/g, " ");
  }
  function filter() {
    var words = fold(box.value).split(" ").filter(Boolean);
    var shown = 0;
    rows.forEach(function (row) {
      var text = fold(row.getAttribute("data-search") || "");
      var keep = words.every(function (w) { return text.indexOf(w) >= 0; });
      row.hidden = !keep;
      if (keep) shown++;
    });
    count.textContent = String(shown);
  }
  box.addEventListener("input", filter);
  filter();
})();
`;
