import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { SIZES, type Size } from "../../src/chart.ts";
import { readConfig } from "../../src/pipeline/config.ts";
import { publishProblems } from "../../src/render/publishable.ts";
import { renderChart } from "../../src/output/renderChart.ts";
import { renderSocialSvg, renderSvg } from "../../src/render/renderSvg.ts";
import { parseXml, project } from "../helpers.ts";
import { CREDIT, NAMES } from "../plots/fixtures.ts";
import { escaping } from "../plots/index.ts";

const sizes = Object.keys(SIZES) as Size[];

test("every committed chart SVG is well-formed, standalone XML with title, desc and a source line", () => {
  const dirs = readdirSync("charts", { withFileTypes: true }).filter((d) => d.isDirectory());
  let count = 0;
  for (const dir of dirs) {
    for (const file of readdirSync(join("charts", dir.name)).filter((f) => f.endsWith(".svg"))) {
      const text = readFileSync(join("charts", dir.name, file), "utf8");
      const doc = parseXml(text);
      const svg = doc.documentElement;
      assert.equal(svg.namespaceURI, "http://www.w3.org/2000/svg", file);
      assert.equal(svg.getAttribute("role"), "img", file);
      assert.ok(svg.querySelector("title")?.textContent, `${file} has a title`);
      assert.ok(svg.querySelector("desc")?.textContent, `${file} has a desc`);
      assert.match(svg.textContent ?? "", /Sources?: /, `${file} has a source line`);
      assert.deepEqual(publishProblems(text), [], file);
      assert.equal(svg.querySelectorAll("script, foreignObject").length, 0, file);
      count++;
    }
  }
  assert.ok(count >= 16, `found ${count} SVGs`);
});

test("renderSvg() keeps <, &, quotes and <script> in labels as text", () => {
  const { chart, size } = escaping();
  const text = renderSvg(chart, size, { names: NAMES, credit: CREDIT });
  const doc = parseXml(text);
  assert.equal(doc.getElementsByTagName("script").length, 0);
  assert.equal(doc.getElementsByTagName("b").length, 0);
  const all = doc.documentElement.textContent ?? "";
  // Typeset with curly quotes, but still text: no element was made of it.
  assert.ok(
    all.includes(`<script>alert(“x”)</script> & ‘quotes’ “double” <b>`),
    "the label survives as text",
  );
  assert.equal(
    doc.querySelector("title")?.textContent,
    `Headline <script>alert(“x”)</script> & ‘quotes’ “double” <b>`,
  );
  assert.deepEqual(publishProblems(text), []);
});

test("renderSvg() refuses a chart whose rows have no source", () => {
  const { chart, size } = escaping();
  assert.throws(() => renderSvg({ ...chart, rows: [] }, size, { names: NAMES, credit: CREDIT }), /no rows/);
  assert.throws(
    () =>
      renderSvg({ ...chart, rows: [{ ...chart.rows[0]!, source: "missing" }] }, size, {
        names: NAMES,
        credit: CREDIT,
      }),
    /unknown source: missing/,
  );
});

test("renderSvg() refuses Plot options that make an HTML figure", () => {
  const { chart, size } = escaping();
  assert.throws(
    () =>
      renderSvg(
        { ...chart, plot: (ctx) => ({ options: { ...chart.plot(ctx).options, title: "x" } }) },
        size,
        { names: NAMES, credit: CREDIT },
      ),
    /Plot option title makes an HTML figure/,
  );
});

test("ids and class names are unique across every chart and size on one page", async () => {
  const { names, notebooks } = await project();
  const ids = new Map<string, string>();
  const roots = new Set<string>();
  for (const nb of notebooks) {
    for (const chart of nb.charts) {
      for (const size of sizes) {
        const doc = parseXml(renderSvg(chart, size, { names: names, credit: CREDIT }));
        const root = doc.documentElement.getAttribute("class")!;
        assert.ok(!roots.has(root), `root class ${root} repeated`);
        roots.add(root);
        for (const el of doc.querySelectorAll("[id]")) {
          const id = el.getAttribute("id")!;
          assert.ok(!ids.has(id), `id ${id} in ${chart.id}/${size} also in ${ids.get(id)}`);
          assert.ok(id.startsWith(`${root}-`), `id ${id} carries the chart prefix ${root}`);
          ids.set(id, `${chart.id}/${size}`);
        }
        for (const el of doc.querySelectorAll("[class]")) {
          for (const cls of el.getAttribute("class")!.split(/\s+/))
            assert.ok(cls.startsWith(root), `class ${cls} in ${chart.id}/${size} is not prefixed`);
        }
      }
    }
  }
  assert.ok(ids.size > 0);
});

test("renderSvg() gives the same bytes in any order and after other renders", async () => {
  const { names, notebooks } = await project();
  const charts = notebooks.flatMap((nb) => nb.charts);
  const ctx = { names: names, credit: CREDIT };
  const forward = new Map(
    charts.flatMap((c) => sizes.map((s) => [`${c.id}/${s}`, renderSvg(c, s, ctx)] as const)),
  );
  const backward = new Map(
    [...charts]
      .reverse()
      .flatMap((c) => [...sizes].reverse().map((s) => [`${c.id}/${s}`, renderSvg(c, s, ctx)] as const)),
  );
  for (const [key, svg] of forward) assert.equal(backward.get(key), svg, key);
});

test("charts rendered by the compiled command (plain node, dist/) match an in-process tsx renderChart byte for byte", async () => {
  const out = mkdtempSync(join(tmpdir(), "rf-det-"));
  try {
    execFileSync(process.execPath, ["scripts/run.mjs", "charts", "--out", out, "--format", "svg"], {
      encoding: "utf8",
      env: { ...process.env, TZ: "UTC" },
    });
    const { names, notebooks } = await project();
    const config = readConfig(".");
    for (const nb of notebooks) {
      for (const chart of nb.charts) {
        const rendered = await renderChart(chart, nb.id, { names, credit: config.credit }, ["svg"]);
        for (const size of sizes) {
          const file = join(out, nb.id, `${chart.id}${SIZES[size].suffix}.svg`);
          assert.equal(readFileSync(file, "utf8"), rendered.svg[size], file);
        }
      }
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test("every social card is exactly 1200×675, its plot unscaled, the timelines' compact cards too", async () => {
  const { notebooks, names } = await project();
  const ids: string[] = [];
  for (const nb of notebooks)
    for (const chart of nb.charts) {
      const svg = parseXml(renderSocialSvg(chart, { names, credit: CREDIT })).documentElement;
      assert.equal(svg.getAttribute("width"), "1200", chart.id);
      assert.equal(svg.getAttribute("height"), "675", chart.id);
      assert.equal(svg.getAttribute("viewBox"), "0 0 600 337.5", chart.id);
      assert.doesNotMatch(
        svg.querySelector("g[transform*='scale']")?.getAttribute("transform") ?? "",
        /scale/,
      );
      ids.push(chart.id);
    }
  for (const id of ["crossings-timeline", "crossings-may-2024", "toll-reports"])
    assert.ok(ids.includes(id), id);
});
