import { DARK, FONT_STACK, LIGHT } from "../style/index.ts";

/** Escape text for HTML element content and attribute values. */
export function esc(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/**
 * Shared page styles: self-contained, no web fonts, no external resources. Colours come from the
 * house palette and follow prefers-color-scheme, as the charts on the page do.
 */
const PAGE_CSS = `
:root{color-scheme:light dark;--ink:${LIGHT.ink};--muted:${LIGHT.muted};--rule:${LIGHT.grid};--accent:${LIGHT.report};--page:#f4f4f4;--paper:${LIGHT.background};--panel:#f3f5f8}
@media (prefers-color-scheme:dark){:root{--ink:${DARK.ink};--muted:${DARK.muted};--rule:${DARK.grid};--accent:${DARK.report};--page:#0d0e10;--paper:${DARK.background};--panel:#1f2227}}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 ${FONT_STACK};color:var(--ink);background:var(--page)}
main{max-width:760px;margin:0 auto;padding:24px 16px 64px;background:var(--paper)}
h1{font-size:30px;line-height:1.15;margin:8px 0 8px}
h2{font-size:22px;margin:40px 0 8px;border-top:1px solid var(--rule);padding-top:16px}
h3{font-size:18px;margin:24px 0 6px}
p.lede{color:var(--muted);font-size:18px;margin:0 0 16px}
nav.crumbs{font-size:14px}
a{color:var(--accent)}
ol.sentences{padding-left:0;list-style:none}
ol.sentences li{border-left:3px solid var(--accent);padding:8px 12px;margin:12px 0;background:var(--panel)}
.sentence{margin:0 0 6px;font-size:17px}
.rows,.small{font-size:13px;color:var(--muted)}
button.copy{font:inherit;font-size:13px;padding:2px 10px;border:1px solid var(--muted);border-radius:3px;background:var(--paper);color:var(--ink);cursor:pointer}
.chart-meta{font-size:14px;color:var(--muted);margin:32px 0 4px}
.copyable .label{font-size:14px;color:var(--muted);margin:8px 0 2px}
p.alt{margin:0 0 8px;font-size:15px}
pre.embed{white-space:pre-wrap;word-break:break-all;font-size:12px;background:var(--panel);padding:8px;margin:0 0 8px}
figure.chart{margin:16px 0 8px}
.downloads{font-size:14px;margin:4px 0 8px}
details{margin:8px 0}
summary{cursor:pointer;font-size:14px;color:var(--muted)}
table{border-collapse:collapse;font-size:13px;width:100%;margin:8px 0;font-variant-numeric:tabular-nums}
th,td{text-align:left;padding:4px 6px;border-bottom:1px solid var(--rule);vertical-align:top}
th{font-weight:600}
td.num{text-align:right;white-space:nowrap}
.table-wrap{overflow-x:auto}
ul.cards{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:16px}
ul.cards img{width:100%;height:auto;border:1px solid var(--rule)}
`;

/** Copy buttons: copy the sentence next to them. Inline, no network. */
export const COPY_SCRIPT = `
document.addEventListener("click", function (event) {
  var button = event.target.closest ? event.target.closest("button.copy") : null;
  if (!button) return;
  var text = document.getElementById(button.getAttribute("data-copy")).textContent;
  var done = function () { button.textContent = "Copied"; setTimeout(function () { button.textContent = "Copy"; }, 1500); };
  if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(done, function () {});
  else {
    var range = document.createRange();
    range.selectNodeContents(document.getElementById(button.getAttribute("data-copy")));
    var selection = window.getSelection(); selection.removeAllRanges(); selection.addRange(range);
    button.textContent = "Selected: press Ctrl+C";
  }
});
`;

export function pageShell(title: string, body: string, script = ""): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${esc(title)}</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<main>
${body}
</main>${script ? `\n<script>${script}</script>` : ""}
</body>
</html>
`;
}
