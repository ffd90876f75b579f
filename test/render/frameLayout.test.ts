import assert from "node:assert/strict";
import { test } from "node:test";
import { CANVAS, heads, legendRows, plotWidth, socialPlotBox } from "../../src/render/frameLayout.ts";
import { FRAME, SOCIAL_CARD } from "../../src/style/index.ts";
import { fitWidth } from "../../src/text/wrap.ts";

const item = (label: string) => ({ label, color: "#1f5c99", shape: "square" as const });

test("plotWidth(layout) is the canvas less the pad on both sides", () => {
  assert.equal(plotWidth("web"), 640 - 2 * 20);
  assert.equal(plotWidth("mobile"), 360 - 2 * 12);
  assert.equal(plotWidth("social"), 600 - 2 * 22);
  assert.deepEqual(CANVAS.social, { width: 600, height: 337.5, scale: 2 });
});

test("legendRows(legend, layout) places entries left to right and wraps a row that would pass the width", () => {
  const labels = ["Killed", "Injured", "Paler: start known only to the month, or not dated"];
  const web = legendRows(labels.map(item), "web");
  assert.equal(web.rows, 1);
  assert.deepEqual(
    web.placed.map((p) => [p.x, p.row]),
    [
      [0, 0],
      [20 + fitWidth("Killed", 13) + 16, 0],
      [2 * 36 + fitWidth("Killed", 13) + fitWidth("Injured", 13), 0],
    ],
  );
  const mobile = legendRows(labels.map(item), "mobile");
  assert.equal(mobile.rows, 2);
  assert.deepEqual(
    mobile.placed.map((p) => p.row),
    [0, 0, 1],
  );
  assert.equal(mobile.placed[2]?.x, 0);
  assert.equal(legendRows([], "web").rows, 0);
});

test("heads(content) keeps the social card's headline to three lines and subtitle to two: whole clauses dropped, else an ellipsis", () => {
  const long = "A headline long enough to need many lines on the social card, ".repeat(4);
  const social = heads({ layout: "social", headline: long, subtitle: long });
  assert.equal(social.headline.length, 3);
  // A subtitle of clauses loses clauses from its end, never cut mid-phrase.
  assert.ok(social.subtitle.length <= 2);
  assert.match(
    social.subtitle.join(" "),
    /^(A headline long enough to need many lines on the social card(, )?)+$/,
  );
  assert.doesNotMatch(social.subtitle.join(" "), /…|,$/);
  const words = "one long run of words with no clause to drop ".repeat(8).trim();
  const cut = heads({ layout: "social", headline: "Short", subtitle: words }).subtitle;
  assert.equal(cut.length, 2);
  assert.match(cut[1] ?? "", /…$/);
  assert.ok(
    heads({ layout: "web", headline: long, subtitle: long }).headline.length > 3,
    "no limit on the web",
  );
});

test("socialPlotBox(content) gives the plot what the card's fixed height leaves, and at least its minimum", () => {
  const s = FRAME.social;
  const rest = (top: number) => Math.floor(337.5 - top - s.gap - 2 * s.notes[1] - (s.pad - 6));
  // Pad, one headline line, the space under it, one subtitle line, the gap; then the gap, a source
  // line and the credit, and the pad less 6 under them.
  const top = s.pad + s.headline[1] + 4 + s.subtitle[1];
  const box = socialPlotBox({ headline: "Short", subtitle: "Short", legend: [], source: "Source: UN" });
  assert.deepEqual(box, { width: 556, height: rest(top + s.gap) });
  const legend = [item("Killed")];
  const withLegend = socialPlotBox({ headline: "Short", subtitle: "Short", legend, source: "Source: UN" });
  assert.equal(
    withLegend.height,
    rest(top + s.gap - 4 + s.legend[1] + s.gap),
    "a legend row takes its line and the gap less 4",
  );
  const crowded = socialPlotBox({
    headline: "A headline long enough to need many lines on the social card, ".repeat(4),
    subtitle: "A subtitle long enough to need many lines on the social card, ".repeat(4),
    legend: Array.from({ length: 30 }, (_, i) => item(`Entry number ${i + 1} in a long legend`)),
    source: "Source: UN",
  });
  assert.equal(crowded.height, SOCIAL_CARD.minPlotHeight);
});
