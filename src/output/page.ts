import { SIZES } from "../chart.ts";
import type { ChartRow } from "../chart.ts";
import { articleCitation } from "../cite/sourceLine.ts";
import type { Data } from "../data/load.ts";
import type { Source } from "../data/schema.ts";
import { formatDate, formatShortDate } from "../format/date.ts";
import { formatNumber } from "../format/number.ts";
import type { Notebook, Sentence } from "../notebook/types.ts";
import type { ChartOutput } from "./chartFiles.ts";
import { COPY_SCRIPT, esc, pageShell } from "./html.ts";

/**
 * The notebook page: headline, sentences for copy, every chart inline with its
 * downloads, alt text and data table, the disagreements and the sources.
 * Self-contained: inline CSS and SVG, one small inline script for copy buttons.
 */
export function notebookPage(nb: Notebook, outputs: ReadonlyMap<string, ChartOutput>, data: Data): string {
  const used = new Set<string>();
  const cite = (row: ChartRow) => {
    used.add(row.source);
    return row.source;
  };
  const sourceById = new Map(data.sources.map((s) => [s.id, s]));
  const citation = (row: ChartRow) => {
    const s = sourceById.get(cite(row));
    return s ? articleCitation(s) : row.source;
  };
  const rowRef = (row: ChartRow) => `<code>${esc(row.ref.file)}:${row.ref.line}</code>`;

  const item = (s: Sentence, i: number) => `<li><p class="sentence" id="sentence-${i + 1}">${esc(s.text)}</p>
<p class="rows"><button class="copy" type="button" data-copy="sentence-${i + 1}">Copy</button> From ${s.rows.map((r) => `${rowRef(r)} (${esc(r.reported_by)}, ${esc(citation(r))})`).join("; ")}</p></li>`;
  const numbered = nb.sentences.map((s, i) => ({ s, i }));
  const sentences = numbered
    .filter(({ s }) => s.kind !== "entry")
    .map(({ s, i }) => item(s, i))
    .join("\n");
  const entries = numbered
    .filter(({ s }) => s.kind === "entry")
    .map(({ s, i }) => item(s, i))
    .join("\n");
  const uncharted = nb.uncharted.length
    ? `<h2>Rows in no chart and no sentence</h2>
<p>These rows fall outside every chart's period or measure. Add a chart or a sentence for them, or check their dates.</p>
${rowTable(nb.uncharted, citation, rowRef)}`
    : "";

  const disagreements = nb.disagreements.length
    ? nb.disagreements
        .map(
          (d) => `<h3>${esc(d.topic)}</h3>
<div class="table-wrap"><table><thead><tr><th>Figure</th><th>Reported by</th><th>Article</th><th>Row</th></tr></thead><tbody>
${d.reports.map((r) => `<tr><td>${esc(r.figure)}</td><td>${esc(r.by)}</td><td>${esc(citation(r.row))}</td><td>${rowRef(r.row)}</td></tr>`).join("\n")}
</tbody></table></div>`,
        )
        .join("\n")
    : `<p>No two reports give different figures for the same measure and date in this notebook.</p>`;

  const charts = nb.charts
    .map((chart) => {
      const out = outputs.get(chart.id);
      const files = [
        `<a href="${esc(chart.id)}.svg" download>SVG, ${SIZES.web.width} px</a>`,
        `<a href="${esc(chart.id)}${SIZES.mobile.suffix}.svg" download>SVG, ${SIZES.mobile.width} px</a>`,
        `<a href="${esc(chart.id)}.png" download>PNG, 2×</a>`,
      ];
      return `<section id="${esc(chart.id)}">
<h3>${esc(chart.headline)}</h3>
<figure class="chart">${out ? `<div class="size-web">${out.svg.web.trim()}</div><div class="size-mobile">${out.svg.mobile.trim()}</div>` : `<p>Not rendered.</p>`}</figure>
<p class="downloads">Download: ${files.join(" · ")} · id <code>${esc(chart.id)}</code></p>
<details><summary>Alt text</summary><p>${esc(chart.alt)}</p></details>
<details><summary>Data: ${chart.rows.length} rows</summary>${rowTable(chart.rows, citation, rowRef)}</details>
</section>`;
    })
    .join("\n");

  for (const s of nb.sentences) for (const r of s.rows) cite(r);
  for (const r of nb.uncharted) cite(r);
  for (const c of nb.charts) for (const r of c.rows) cite(r);
  const sources = data.sources
    .filter((s) => used.has(s.id))
    .map(sourceItem)
    .join("\n");

  const body = `<nav class="crumbs"><a href="../index.html">All notebooks</a></nav>
<h1>${esc(nb.title)}</h1>
<p class="lede">${esc(nb.summary)}</p>
<h2>Sentences for copy</h2>
<ol class="sentences">
${sentences}
</ol>${entries ? `\n<h2>Chronology</h2>\n<ol class="sentences">\n${entries}\n</ol>` : ""}
<h2>Where reports disagree</h2>
${disagreements}
<h2>Charts</h2>
${charts}
${uncharted}
<h2>Sources</h2>
<ul>
${sources}
</ul>`;
  return pageShell(nb.title, body, COPY_SCRIPT);
}

/** A table of a chart's rows, every column of the CSV with the article and row it came from. */
function rowTable(
  rows: readonly ChartRow[],
  citation: (r: ChartRow) => string,
  rowRef: (r: ChartRow) => string,
): string {
  const columns = Object.keys(rows[0] ?? {}).filter((k) => k !== "ref" && k !== "source" && k !== "note");
  const cell = (v: unknown) => {
    if (v instanceof Date) return `<td>${esc(formatShortDate(v))}</td>`;
    if (typeof v === "number") return `<td class="num">${esc(formatNumber(v))}</td>`;
    return `<td>${esc(typeof v === "string" ? v : "")}</td>`;
  };
  return `<div class="table-wrap"><table><thead><tr>${columns.map((c) => `<th>${esc(c.replaceAll("_", " "))}</th>`).join("")}<th>article</th><th>note</th><th>row</th></tr></thead><tbody>
${rows
  .map(
    (r) =>
      `<tr>${columns.map((c) => cell((r as unknown as Record<string, unknown>)[c])).join("")}<td>${esc(citation(r))}</td>${cell((r as unknown as Record<string, unknown>).note)}<td>${rowRef(r)}</td></tr>`,
  )
  .join("\n")}
</tbody></table></div>`;
}

function sourceItem(s: Source): string {
  const publisher = s.publisher
    ? `${esc(s.publisher)} (publisher ${s.publisher_basis})`
    : "Publisher not identified in the text";
  const headline =
    s.headline_kind === "own"
      ? `“${esc(s.headline)}”`
      : `${esc(s.headline)} <span class="small">(descriptive headline, ours)</span>`;
  return `<li><strong>${headline}</strong>. ${publisher}. ${esc(formatDate(s.published))} (date ${s.date_basis}${s.date_note ? `: ${esc(s.date_note)}` : ""}). File <code>${esc(s.file)}</code>; id <code>${esc(s.id)}</code>.</li>`;
}

/** charts/index.html: every notebook and chart, with thumbnails. */
export function indexPage(notebooks: readonly Notebook[]): string {
  const body = `<h1>Rafah figures</h1>
<p class="lede">Notebooks and charts for the Rafah crossing, the Gaza war and the ceasefire of 10 October 2025, built from cited data tables.</p>
${notebooks
  .map(
    (nb) => `<h2><a href="${esc(nb.id)}/index.html">${esc(nb.title)}</a></h2>
<p>${esc(nb.summary)}</p>
<ul class="cards">
${nb.charts
  .map(
    (
      c,
    ) => `<li><a href="${esc(nb.id)}/index.html#${esc(c.id)}"><picture><source media="(max-width: 560px)" srcset="${esc(nb.id)}/${esc(c.id)}${SIZES.mobile.suffix}.svg"><img src="${esc(nb.id)}/${esc(c.id)}.svg" alt="${esc(c.alt)}" width="${SIZES.web.width}" loading="lazy"></picture></a>
<p class="small">${esc(c.headline)}<br><code>${esc(c.id)}</code></p></li>`,
  )
  .join("\n")}
</ul>`,
  )
  .join("\n")}`;
  return pageShell("Rafah figures: notebooks and charts", body);
}
