/** The charts at scale: many reports, many events on one day, dates far from today's: height limits and domains. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { SIZES, type ChartSpec, type Size } from "../../src/chart.ts";
import { renderSvg } from "../../src/render/renderSvg.ts";
import { parseXml } from "../helpers.ts";
import { article, story, type Story } from "./harness.ts";

/** Height limits for a chart at each size, in px: about two screens on a phone. */
const LIMIT: Record<Size, number> = { web: 1300, mobile: 1700 };

function render(s: Story, chart: ChartSpec, size: Size) {
  const svg = renderSvg(chart, size, { names: s.names, credit: "Graphic: test" });
  return parseXml(svg).documentElement;
}

/** Every mark of the plot lies inside the plot's width: no point or bar cut off at an axis end. */
function marksInside(root: Element, size: Size): string[] {
  const width = SIZES[size].width;
  const out: string[] = [];
  for (const el of root.querySelectorAll("circle, rect")) {
    if (el.closest("[class$='-legend']") || el.getAttribute("class")?.endsWith("-background")) continue;
    const x = Number(el.getAttribute("cx") ?? el.getAttribute("x") ?? 0);
    const w = Number(el.getAttribute("width") ?? 0);
    if (x < -0.5 || x + w > width + 0.5) out.push(`${el.tagName} at x=${x} w=${w}`);
  }
  return out;
}

test("20 toll reports: the chart keeps its height and every point stays inside", () => {
  const s = story((t) => {
    for (let i = 0; i < 20; i++) {
      const d = new Date(Date.UTC(2024, 5, 1) + i * 30 * 86_400_000).toISOString().slice(0, 10);
      article(t, `news-${d}`, d);
      t.casualties.add({
        measure: "killed",
        who: "people",
        scope: "war",
        place: "Gaza",
        value: 36000 + i * 1700,
        qualifier: "at least",
        as_of: d,
        reported_by: "Gaza health ministry",
        source: `news-${d}`,
      });
    }
  });
  for (const size of ["web", "mobile"] as const) {
    const root = render(s, s.chart("toll-reports"), size);
    assert.ok(
      Number(root.getAttribute("height")) <= LIMIT[size],
      `${size} height ${root.getAttribute("height")}`,
    );
    assert.deepEqual(marksInside(root, size), []);
    assert.match(root.textContent ?? "", /unlabelled for lack of space/);
  }
});

test("20 events on one day: the January chart keeps its height and says how many it leaves out", () => {
  const s = story((t) => {
    for (let i = 0; i < 20; i++) {
      t.events.add({
        date: "2026-01-25",
        precision: "day",
        crossing: "rafah",
        kind: "talks",
        label: `Talks, round ${i + 1}`,
        reported_by: "Israeli media",
        source: "witkoff-talks-2026-01-25",
      });
    }
  });
  for (const size of ["web", "mobile"] as const) {
    const root = render(s, s.chart("crossings-jan-2026"), size);
    assert.ok(
      Number(root.getAttribute("height")) <= LIMIT[size],
      `${size} height ${root.getAttribute("height")}`,
    );
    assert.match(root.textContent ?? "", /more events are in the full chart/);
  }
  const timeline = render(s, s.chart("crossings-timeline"), "mobile");
  assert.ok(Number(timeline.getAttribute("height")) <= LIMIT.mobile);
});

test("30 hostage counts in May 2024: bars go beside their labels and the chart keeps its height", () => {
  const s = story((t) => {
    for (let i = 0; i < 28; i++) {
      t.hostages.add({
        measure: "held",
        value: 120 + i,
        qualifier: "exact",
        as_of: "2024-05-07",
        reported_by: `Reporter ${i + 1}`,
        source: "afp-2024-05-07",
      });
    }
  });
  for (const size of ["web", "mobile"] as const) {
    const root = render(s, s.chart("hostages-may-2024"), size);
    assert.ok(
      Number(root.getAttribute("height")) <= LIMIT[size],
      `${size} height ${root.getAttribute("height")}`,
    );
    assert.deepEqual(marksInside(root, size), []);
  }
});

test("closures and events reaching into 2027: every bar and marker lies inside the timeline", () => {
  const s = story((t) => {
    article(t, "news-2026-11-20", "2026-11-20");
    t.closures.add({
      crossing: "kerem_shalom",
      from: "2026-06-01",
      from_precision: "day",
      to: "",
      as_of: "2026-11-20",
      reported_by: "UN",
      source: "news-2026-11-20",
    });
    t.events.add({
      date: "2026-11-20",
      precision: "day",
      crossing: "kerem_shalom",
      kind: "closure",
      label: "Closed again",
      reported_by: "UN",
      source: "news-2026-11-20",
    });
  });
  for (const size of ["web", "mobile"] as const) {
    const root = render(s, s.chart("crossings-timeline"), size);
    assert.deepEqual(marksInside(root, size), []);
  }
  assert.match(s.chart("crossings-timeline").subtitle, /May 2024 to November 2026$/);
});
