/**
 * Collisions, at every layout, for every chart of the project and for a stress dataset (30 toll
 * reports, 20 events): no text outside the drawing, over other text, or over a rule or a mark it
 * does not belong to, measured in the widest font a reader may see (src/text/metrics.ts); and
 * source lines within the house limits. A deliberately crowded chart shows the check can fail.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import * as Plot from "@observablehq/plot";
import type { ChartSpec } from "../../src/chart.ts";
import type { Names } from "../../src/cite/names.ts";
import { renderSocialSvg, renderSvg } from "../../src/render/renderSvg.ts";
import { SOURCE_LINES, type Layout } from "../../src/style/index.ts";
import { parseXml, project } from "../helpers.ts";
import { CREDIT, NAMES, row } from "../plots/fixtures.ts";
import { collisions, geometry } from "./geometry.ts";
import { stressStory } from "./stress.ts";

const LAYOUTS: readonly Layout[] = ["web", "mobile", "social"];

function draw(chart: ChartSpec, layout: Layout, names: Names): string {
  // The stress dataset's notes run past the limits the build checks: only the layout is tested here.
  const ctx = { names, credit: CREDIT, limits: false };
  return layout === "social" ? renderSocialSvg(chart, ctx) : renderSvg(chart, layout, ctx);
}

function check(charts: readonly ChartSpec[], names: Names) {
  const faults: string[] = [];
  let drawn = 0;
  for (const chart of charts) {
    for (const layout of LAYOUTS) {
      const svg = draw(chart, layout, names);
      drawn++;
      for (const c of collisions(geometry(svg))) faults.push(`${chart.id}/${layout}: ${c}`);
      const source = parseXml(svg).querySelector(`[class~="rf-${chart.id}-${layout}-source"]`);
      const lines = source?.querySelectorAll("text").length ?? 0;
      if (lines < 1 || lines > SOURCE_LINES[layout])
        faults.push(
          `${chart.id}/${layout}: the source line takes ${lines} lines (limit ${SOURCE_LINES[layout]})`,
        );
    }
  }
  return { faults, drawn };
}

test("every chart of the project, at web, mobile and social size: no text collides or runs outside, source lines within limits", async () => {
  const { names, notebooks } = await project();
  const charts = notebooks.flatMap((nb) => nb.charts);
  const { faults, drawn } = check(charts, names);
  assert.ok(drawn >= 24, `${drawn} drawings`);
  assert.deepEqual(faults, []);
});

test("a stress dataset of 30 toll reports and 20 events: every chart still places its text without collisions", () => {
  const s = stressStory();
  assert.deepEqual(s.failures(), []);
  const charts = Object.values(s.notebooks).flatMap((nb) => nb.charts);
  const toll = s.chart("toll-reports");
  assert.ok(toll.rows.length >= 30, `${toll.rows.length} toll rows`);
  const { faults } = check(charts, s.names);
  assert.deepEqual(faults, []);
});

test("collisions() finds text over text, text over a rule and text outside the drawing", () => {
  const crowded: ChartSpec = {
    id: "crowded",
    headline: "Labels drawn on top of each other",
    subtitle: "A chart that places nothing",
    alt: "Overlapping labels.",
    rows: [row("x", 1, "wire-1", "Officials", 2)],
    plot: ({ width }) => ({
      options: {
        width,
        height: 80,
        margin: 0,
        x: { type: "identity", axis: null },
        y: { type: "identity", axis: null },
        marks: [
          Plot.text(["First label here", "Second label here"], {
            x: 10,
            y: 30,
            textAnchor: "start",
            fontSize: 13,
          }),
          Plot.ruleY([32], { x1: 0, x2: width, stroke: "#d2d2d2" }),
          Plot.text(["Runs off the right edge of the chart"], {
            x: width - 20,
            y: 60,
            textAnchor: "start",
            fontSize: 13,
          }),
        ],
      },
    }),
  };
  const found = collisions(geometry(draw(crowded, "web", NAMES)));
  assert.ok(
    found.some((f) => /"First label here".*overlaps "Second label here"/.test(f)),
    found.join("\n"),
  );
  assert.ok(
    found.some((f) => /crossed by a line/.test(f)),
    found.join("\n"),
  );
  assert.ok(
    found.some((f) => /runs outside/.test(f)),
    found.join("\n"),
  );
});
