/**
 * The social cards as stories move: every card is exactly 1200×675, its plot unscaled, for today's
 * data and for a story with more events; a card that cannot keep every label in that box never grows
 * taller and never fails the build: on its last, crowded try it counts what it leaves out.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import * as Plot from "@observablehq/plot";
import { plotWidth } from "../../src/render/frameLayout.ts";
import { renderSocialSvg } from "../../src/render/renderSvg.ts";
import { parseXml } from "../helpers.ts";
import { article, story, type Story, type Tables } from "./harness.ts";

/** Every chart's card, as its size, with the charts whose cards cannot be drawn by their errors. */
function cards(s: Story): { sizes: Map<string, string>; failed: Map<string, string> } {
  const sizes = new Map<string, string>();
  const failed = new Map<string, string>();
  for (const nb of Object.values(s.notebooks))
    for (const chart of nb.charts) {
      let svg: string;
      try {
        svg = renderSocialSvg(chart, { names: s.names, credit: "Graphic: test" });
      } catch (error) {
        failed.set(chart.id, (error as Error).message);
        continue;
      }
      const root = parseXml(svg).documentElement;
      assert.doesNotMatch(root.innerHTML, /scale\(/, `${chart.id}: plot scaled down`);
      sizes.set(chart.id, `${root.getAttribute("width")}×${root.getAttribute("height")}`);
    }
  return { sizes, failed };
}

/** Every mark the web chart labels is labelled (keyed) on the card too. */
function keysEveryLabel(s: Story, id: string): void {
  const chart = s.chart(id);
  const web = chart.plot({ Plot, width: plotWidth("web"), size: "web", mobile: false });
  const card = chart.plot({ Plot, width: plotWidth("social"), size: "web", mobile: false, height: 150 });
  assert.deepEqual(
    (web.labelled ?? []).filter((k) => !card.labelled?.includes(k)),
    [],
    `${id}: labelled on web, not on the card`,
  );
}

/** A Rafah event reported on a day the story already marks. */
function sameDayEvent(t: Tables, date: string, label: string): void {
  t.events.add({
    date,
    precision: "day",
    crossing: "rafah",
    kind: "talks",
    label,
    reported_by: "Israeli media",
    source: "witkoff-talks-2026-01-25",
  });
}

test("today's data: every social card is exactly 1200×675, unscaled", () => {
  const { sizes, failed } = cards(story());
  assert.deepEqual([...failed], []);
  assert.ok(sizes.size >= 8);
  for (const [id, size] of sizes) assert.equal(size, "1200×675", id);
});

test("more events on the days already marked: every card stays 1200×675 and keys every marker", () => {
  const s = story((t) => {
    sameDayEvent(t, "2026-01-24", "Talks on the crossing's reopening continue");
    sameDayEvent(t, "2026-01-25", "Talks on the crossing's staffing");
    sameDayEvent(t, "2026-01-25", "Talks on the crossing's hours");
  });
  const { sizes, failed } = cards(s);
  assert.deepEqual([...failed], []);
  for (const [id, size] of sizes) assert.equal(size, "1200×675", id);
  for (const id of ["crossings-timeline", "crossings-may-2024", "crossings-jan-2026"]) keysEveryLabel(s, id);
});

test("events on many more days: every card stays 1200×675, and the timeline's card counts what its key cannot hold", () => {
  const s = story((t) => {
    for (const [i, month] of ["2024-08", "2024-11", "2025-03", "2025-06", "2025-08"].entries()) {
      article(t, `news-${month}-15`, `${month}-15`);
      t.events.add({
        date: `${month}-15`,
        precision: "day",
        crossing: "rafah",
        kind: "talks",
        label: `Talks on the crossing, round ${i + 1}`,
        reported_by: "Egyptian officials",
        source: `news-${month}-15`,
      });
    }
  });
  const { sizes, failed } = cards(s);
  assert.deepEqual([...failed], []);
  for (const [id, size] of sizes) assert.equal(size, "1200×675", id);
  const card = renderSocialSvg(s.chart("crossings-timeline"), { names: s.names, credit: "Graphic: test" });
  assert.match(card, /[A-Z][a-z]+ more events? not shown/);
});

test("tomorrow's toll report beside the latest: the toll card is drawn, 1200×675, never a failed build", () => {
  const s = story((t) => {
    article(t, "toll-2026-02-03", "2026-02-03");
    t.casualties.add({
      measure: "killed",
      who: "Palestinians",
      scope: "war",
      place: "Gaza",
      value: 71_800,
      qualifier: "more than",
      as_of: "2026-02-03",
      reported_by: "Gaza health ministry",
      source: "toll-2026-02-03",
    });
  });
  const { sizes, failed } = cards(s);
  assert.deepEqual([...failed], []);
  assert.equal(sizes.get("toll-reports"), "1200×675");
});
