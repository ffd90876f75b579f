import { SIZES } from "../chart.ts";
import type { ChartRow } from "../chart.ts";
import { names as namesOf } from "../cite/names.ts";
import { articleCitation, sourceLine } from "../cite/sourceLine.ts";
import type { Data } from "../data/load.ts";
import type { Source } from "../data/schema.ts";
import { formatDate, isoDate } from "../format/date.ts";
import { formatNumber } from "../format/number.ts";
import type { Notebook, Sentence } from "../notebook/types.ts";
import { PNGS, type ChartOutput } from "./chartFiles.ts";
import { EMBED, inlineEmbed, pictureEmbed } from "./embed.ts";
import { COPY_SCRIPT, esc, pageShell } from "./html.ts";

/** How a page cites rows: each row's article and CSV line, and the set of sources it cited. */
interface Citer {
  /** The article a row comes from, as the sources list writes it. */
  citation: (row: ChartRow) => string;
  /** The row's file and line: <code>data/casualties.csv:12</code>. */
  rowRef: (row: ChartRow) => string;
  /** Ids of the sources the page cites, for its list of sources. */
  used: Set<string>;
}

function citer(data: Data): Citer {
  const used = new Set<string>();
  const sourceById = new Map(data.sources.map((s) => [s.id, s]));
  return {
    citation: (row) => {
      used.add(row.source);
      const s = sourceById.get(row.source);
      return s ? articleCitation(s) : row.source;
    },
    rowRef: (row) => `<code>${esc(row.ref.file)}:${row.ref.line}</code>`,
    used,
  };
}

/**
 * The notebook page: headline, sentences for copy, every chart inline with its
 * downloads, alt text and data table, the disagreements and the sources.
 * Self-contained: inline CSS and SVG, one small inline script for copy buttons.
 */
export function notebookPage(nb: Notebook, outputs: ReadonlyMap<string, ChartOutput>, data: Data): string {
  const cite = citer(data);
  const { sentences, entries } = sentenceLists(nb, cite);
  const uncharted = unchartedSection(nb, cite);
  const disagreements = disagreementsSection(nb, cite);
  const names = namesOf(data);
  const charts = nb.charts.map((chart) => chartSection(chart, outputs.get(chart.id), names, cite)).join("\n");
  // Every source the page cites is listed, whether or not a table above shows its rows.
  for (const s of nb.sentences) for (const r of s.rows) cite.used.add(r.source);
  for (const r of nb.uncharted) cite.used.add(r.source);
  for (const c of nb.charts) for (const r of c.rows) cite.used.add(r.source);
  const sources = data.sources
    .filter((s) => cite.used.has(s.id))
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

/**
 * The sentences for copy, numbered in the notebook's order: running sentences, and chronology entries apart.
 */
function sentenceLists(nb: Notebook, cite: Citer): { sentences: string; entries: string } {
  const item = (s: Sentence, i: number) => `<li><p class="sentence" id="sentence-${i + 1}">${esc(s.text)}</p>
<p class="rows"><button class="copy" type="button" data-copy="sentence-${i + 1}">Copy</button> From ${s.rows.map((r) => `${cite.rowRef(r)} (${esc(r.reported_by)}, ${esc(cite.citation(r))})`).join("; ")}</p></li>`;
  const numbered = nb.sentences.map((s, i) => ({ s, i }));
  const list = (entry: boolean) =>
    numbered
      .filter(({ s }) => (s.kind === "entry") === entry)
      .map(({ s, i }) => item(s, i))
      .join("\n");
  return { sentences: list(false), entries: list(true) };
}

/** Rows in no chart and no sentence, when there are any. */
function unchartedSection(nb: Notebook, cite: Citer): string {
  return nb.uncharted.length
    ? `<h2>Rows in no chart and no sentence</h2>
<p>These rows fall outside every chart's period or measure. Add a chart or a sentence for them, or check their dates.</p>
${rowTable(nb.uncharted, cite)}`
    : "";
}

/** Each disagreement as a table of its reports, or a sentence saying there are none. */
function disagreementsSection(nb: Notebook, cite: Citer): string {
  if (!nb.disagreements.length)
    return `<p>No two reports in this notebook give figures for the same measure and date that cannot both be true.</p>`;
  return nb.disagreements
    .map(
      (d) => `<h3>${esc(d.topic)}</h3>
<div class="table-wrap"><table><thead><tr><th>Figure</th><th>Reported by</th><th>Article</th><th>Row</th></tr></thead><tbody>
${d.reports.map((r) => `<tr><td>${esc(r.figure)}</td><td>${esc(r.by)}</td><td>${esc(cite.citation(r.row))}</td><td>${cite.rowRef(r.row)}</td></tr>`).join("\n")}
</tbody></table></div>`,
    )
    .join("\n");
}

/**
 * A chart's section: the chart inline at both sizes, its downloads, alt text, embed snippet and data table.
 */
function chartSection(
  chart: Notebook["charts"][number],
  out: ChartOutput | undefined,
  names: ReturnType<typeof namesOf>,
  cite: Citer,
): string {
  const id = esc(chart.id);
  const files = [
    `<a href="${id}.svg" download>SVG, ${SIZES.web.width} px</a>`,
    `<a href="${id}${SIZES.mobile.suffix}.svg" download>SVG, ${SIZES.mobile.width} px</a>`,
    ...Object.values(PNGS).map((p) => `<a href="${id}${p.suffix}.png" download>${esc(p.label)}</a>`),
  ];
  const snippet = out
    ? pictureEmbed({ id: chart.id, alt: chart.alt, source: sourceLine(chart.rows, names), ...out.svg })
    : "";
  // The headline is the chart's own, inside the SVG: the section does not repeat it.
  return `<section id="${id}" aria-label="${esc(chart.headline)}">
<p class="chart-meta">Chart <code>${id}</code>${out ? ` · Updated <time datetime="${isoDate(out.updated)}">${esc(formatDate(out.updated))}</time>` : ""}</p>
<figure class="chart">${out ? inlineEmbed({ id: chart.id, ...out.svg }) : `<p>Not rendered.</p>`}</figure>
<p class="downloads">Download: ${files.join(" · ")} · <a href="${id}.csv" download>Get the data (CSV)</a></p>
<div class="copyable"><p class="label">Alt text <button class="copy" type="button" data-copy="alt-${id}">Copy</button></p>
<p class="alt" id="alt-${id}">${esc(chart.alt)}</p></div>
<div class="copyable"><p class="label">Embed: the ${SIZES.mobile.width} px version on screens up to ${EMBED.narrow} px wide, the ${SIZES.web.width} px one above <button class="copy" type="button" data-copy="embed-${id}">Copy</button></p>
<pre class="embed"><code id="embed-${id}">${esc(snippet)}</code></pre>
<p class="small">Inline instead, fonts and both sizes inside, switching by the width of its column: <a href="${id}.embed.html" download>${id}.embed.html</a>.</p></div>
<details><summary>Data: ${chart.rows.length} rows</summary>${rowTable(chart.rows, cite)}</details>
</section>`;
}

/** A table of a chart's rows, every column of the CSV with the article and row it came from. */
function rowTable(rows: readonly ChartRow[], cite: Pick<Citer, "citation" | "rowRef">): string {
  const { citation, rowRef } = cite;
  const columns = Object.keys(rows[0] ?? {}).filter((k) => k !== "ref" && k !== "source" && k !== "note");
  const cell = (v: unknown) => {
    if (v instanceof Date) return `<td>${esc(formatDate(v))}</td>`;
    if (typeof v === "number") return `<td class="num">${esc(formatNumber(v))}</td>`;
    return `<td>${esc(typeof v === "string" ? v : "")}</td>`;
  };
  return `<div class="table-wrap"><table><thead><tr>${columns.map((c) => `<th>${esc(c.replaceAll("_", " "))}</th>`).join("")}<th>article</th><th>note</th><th>row</th></tr></thead><tbody>
${rows
  .map(
    (r) =>
      `<tr>${columns.map((c) => cell(Object.entries(r).find(([k]) => k === c)?.[1])).join("")}<td>${esc(citation(r))}</td>${cell("note" in r ? r.note : undefined)}<td>${rowRef(r)}</td></tr>`,
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
    ) => `<li><a href="${esc(nb.id)}/index.html#${esc(c.id)}"><picture><source media="(max-width: ${EMBED.narrow}px)" srcset="${esc(nb.id)}/${esc(c.id)}${SIZES.mobile.suffix}.svg"><img src="${esc(nb.id)}/${esc(c.id)}.svg" alt="${esc(c.alt)}" width="${SIZES.web.width}" loading="lazy"></picture></a>
<p class="small">${esc(c.headline)}<br><code>${esc(c.id)}</code></p></li>`,
  )
  .join("\n")}
</ul>`,
  )
  .join("\n")}`;
  return pageShell("Rafah figures: notebooks and charts", body);
}
