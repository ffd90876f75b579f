/**
 * What a desk downloads per chart: SVGs with their fonts inside and within the 40 KB budget, a
 * mobile PNG at 2×, a social card at 1200 × 675, the rows as CSV; and the page that offers them,
 * with alt text and an embed snippet to copy and the date the figures were last updated.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import Papa from "papaparse";
import type { ChartSpec } from "../../src/chart.ts";
import { barRows } from "../../src/forms/barRows.ts";
import { svgBytes, type ChartOutput } from "../../src/output/chartFiles.ts";
import { renderChart } from "../../src/output/renderChart.ts";
import { notebookPage } from "../../src/output/page.ts";
import { rasterize } from "../../src/output/png.ts";
import { renderSvg } from "../../src/render/renderSvg.ts";
import { embedFonts, forResvg } from "../../src/render/fonts.ts";
import { SOCIAL_CARD } from "../../src/style/frame.ts";
// @ts-expect-error opentype.js ships no types
import opentypeUntyped from "opentype.js";
import { parseXml, project } from "../helpers.ts";
import { CREDIT, NAMES, row } from "../plots/fixtures.ts";

const BUDGET = 40 * 1024;

/** The part of opentype.js these tests use (the package ships no types). */
const opentype = opentypeUntyped as {
  parse(buffer: ArrayBuffer): {
    names: Record<string, { preferredFamily?: { en?: string }; fontFamily?: { en?: string } } | undefined>;
    tables: { os2?: { usWeightClass: number } };
  };
};

function pngSize(png: Buffer | undefined): [number, number] {
  assert.ok(png, "a PNG");
  assert.equal(png.subarray(1, 4).toString("latin1"), "PNG");
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

async function projectOutputs() {
  const { data, names, notebooks } = await project();
  const outputs = new Map<string, ChartOutput>();
  for (const nb of notebooks)
    for (const chart of nb.charts)
      outputs.set(chart.id, await renderChart(chart, nb.id, { names, credit: CREDIT }, ["svg", "png"]));
  return { data, notebooks, outputs };
}

const shared = projectOutputs();

test("every chart's SVGs embed their fonts as WOFF2, only the glyphs drawn and every digit, within 40 KB", async () => {
  const { outputs } = await shared;
  const sizes: string[] = [];
  for (const [id, out] of outputs) {
    for (const [size, bytes] of Object.entries(svgBytes(out))) {
      sizes.push(`${id}/${size} ${(bytes / 1024).toFixed(1)} KB`);
      assert.ok(bytes <= BUDGET, `${id}/${size} is ${bytes} bytes`);
    }
    const svg = out.svg.web;
    const faces = [...svg.matchAll(/@font-face\{[^}]*unicode-range:([^}]*)\}/g)];
    assert.ok(faces.length >= 2, `${id}: ${faces.length} faces`);
    assert.match(svg, /src:url\(data:font\/woff2;base64,/);
    // The faces cover exactly the characters the chart's text uses, and every digit in a face that
    // draws one (planFonts.ts: an edited figure needs no new cut), no more.
    const doc = parseXml(svg);
    const drawn = new Set<number>();
    for (const t of doc.querySelectorAll("text"))
      for (const ch of t.textContent ?? "") drawn.add(ch.codePointAt(0) ?? 0);
    const covered = new Set<number>();
    const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
    for (const [, range] of faces) {
      const face = new Set<number>();
      for (const part of (range ?? "").split(",")) {
        const [a = "0", b] = part.replace(/U\+/g, "").split("-");
        for (let c = parseInt(a, 16); c <= parseInt(b ?? a, 16); c++) face.add(c);
      }
      const digits = [...face].filter(isDigit).length;
      assert.ok(digits === 0 || digits === 10, `${id}: a face with ${digits} of the ten digits`);
      face.forEach((c) => covered.add(c));
    }
    const extra = [...covered].filter((c) => !drawn.has(c) && c !== 0x20 && !isDigit(c));
    assert.deepEqual(
      extra.map((c) => String.fromCodePoint(c)),
      [],
      `${id}: glyphs embedded but never drawn`,
    );
    assert.ok(
      [...drawn].every((c) => covered.has(c) || c === 0x20),
      `${id}: a drawn character has no face`,
    );
  }
  console.log(`# SVG sizes with fonts: ${sizes.join("; ")}`);
});

test("every chart has a web and a mobile PNG at 2× and a social card of exactly 1200×675", async () => {
  const { outputs } = await shared;
  for (const [id, out] of outputs) {
    const web = parseXml(out.svg.web).documentElement;
    const mobile = parseXml(out.svg.mobile).documentElement;
    assert.deepEqual(
      pngSize(out.png),
      [2 * Number(web.getAttribute("width")), 2 * Number(web.getAttribute("height"))],
      id,
    );
    assert.deepEqual(
      pngSize(out.mobilePng),
      [2 * Number(mobile.getAttribute("width")), 2 * Number(mobile.getAttribute("height"))],
      id,
    );
    const [w, h] = pngSize(out.socialPng);
    assert.equal(w, 1200, id);
    assert.equal(h, 2 * SOCIAL_CARD.height, id);
  }
});

test("every chart's CSV holds its rows, with dates as YYYY-MM-DD and the line each comes from", async () => {
  const { notebooks, outputs } = await shared;
  for (const chart of notebooks.flatMap((nb) => nb.charts)) {
    const out = outputs.get(chart.id);
    assert.ok(out);
    const parsed = Papa.parse<Record<string, string>>(out.csv.trim(), { header: true });
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.data.length, chart.rows.length, chart.id);
    assert.deepEqual(
      parsed.data.map((r) => r.row),
      chart.rows.map((r) => `${r.ref.file}:${r.ref.line}`),
    );
    for (const r of parsed.data)
      for (const v of [r.as_of, r.date]) if (v) assert.match(v, /^\d{4}-\d{2}-\d{2}$/);
  }
});

test("renderChart() gives the same bytes twice: fonts, PNGs and CSV", async () => {
  const { names, notebooks } = await project();
  const chart = notebooks.flatMap((nb) => nb.charts).find((c) => c.id === "ceasefire-toll");
  assert.ok(chart);
  const [a, b] = [
    await renderChart(chart, "gaza-toll", { names, credit: CREDIT }, ["svg", "png"]),
    await renderChart(chart, "gaza-toll", { names, credit: CREDIT }, ["svg", "png"]),
  ];
  assert.equal(a.svg.web, b.svg.web);
  assert.equal(a.svg.mobile, b.svg.mobile);
  assert.ok(a.png?.equals(b.png ?? Buffer.alloc(0)));
  assert.ok(a.socialPng?.equals(b.socialPng ?? Buffer.alloc(0)));
  assert.equal(a.csv, b.csv);
});

test("the notebook page: no headline repeated above its chart, Updated date, alt text and embed snippet with copy buttons, every download", async () => {
  const { data, notebooks, outputs } = await shared;
  const nb = notebooks.find((n) => n.id === "gaza-toll");
  assert.ok(nb);
  const html = notebookPage(nb, outputs, data);
  for (const chart of nb.charts) {
    assert.doesNotMatch(
      html,
      new RegExp(`<h3>${chart.headline.slice(0, 30)}`),
      "the headline is in the chart only",
    );
    const section = html.slice(
      html.indexOf(`<section id="${chart.id}"`),
      html.indexOf("</section>", html.indexOf(`<section id="${chart.id}"`)),
    );
    assert.match(section, /Updated <time datetime="2026-01-25">25 January 2026<\/time>/);
    assert.match(section, new RegExp(`<button class="copy" type="button" data-copy="alt-${chart.id}">`));
    assert.match(section, new RegExp(`<button class="copy" type="button" data-copy="embed-${chart.id}">`));
    assert.match(
      section,
      new RegExp(
        `&lt;source media=&quot;\\(max-width: 600px\\)&quot; srcset=&quot;${chart.id}.mobile.svg&quot;`,
      ),
    );
    assert.match(section, /&lt;figcaption[^]*Sources?: /);
    for (const file of [".svg", ".mobile.svg", ".png", ".mobile.png", ".social.png", ".csv"])
      assert.ok(section.includes(`href="${chart.id}${file}"`), `${chart.id}: link to ${file}`);
  }
});

test("attributions in Hebrew and Arabic render in the PNG with Noto Sans", async () => {
  const chart: ChartSpec = {
    id: "scripts",
    headline: "Figures attributed in Hebrew and Arabic",
    subtitle: "Test",
    alt: "Test.",
    rows: [row("held", 3, "wire-1", "משרד הבריאות", 2), row("held", 4, "paper-1", "وزارة الصحة", 3)],
    plot: barRows([
      {
        title: "Held",
        bars: [
          { label: "משרד הבריאות", value: 3, text: "3" },
          { label: "وزارة الصحة", value: 4, text: "4" },
        ],
      },
    ]),
  };
  const out = await renderChart(chart, "x", { names: NAMES, credit: CREDIT }, ["svg", "png"]);
  assert.match(out.svg.web, /unicode-range:U\+5D0/, "a Hebrew face is embedded");
  assert.match(out.svg.web, /unicode-range:U\+62/, "an Arabic face is embedded");
  assert.match(out.svg.web, /font-family="'Noto Sans Arabic'/);
  // Without the Noto faces (Source Sans 3 alone) resvg draws the names as nothing: the PNG differs.
  const latinOnly = await rasterize(forResvg(out.svg.web), 2);
  assert.ok(out.png && !out.png.equals(latinOnly), "the Hebrew and Arabic glyphs are drawn");
});

test("embedFonts(svg) gives resvg faces it files under one family, Source Sans 3, by weight", async () => {
  const { names, notebooks } = await project();
  const chart = notebooks.flatMap((nb) => nb.charts).find((c) => c.id === "ceasefire-toll");
  assert.ok(chart);
  const { truetype } = await embedFonts(renderSvg(chart, "web", { names, credit: CREDIT }));
  const faces = truetype.map((b) => {
    const f = opentype.parse(new Uint8Array(b).buffer);
    const n = f.names.windows;
    return `${n?.preferredFamily?.en ?? n?.fontFamily?.en} ${f.tables.os2?.usWeightClass}`;
  });
  assert.deepEqual(faces.sort(), ["Source Sans 3 400", "Source Sans 3 600", "Source Sans 3 700"]);
});
