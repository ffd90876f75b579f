/** Focus (issue 20): the rows a headline is about lead their chart, and big numbers are numbers. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { drawnText, story } from "./harness.ts";

test("hostages-may-2024: the held counts the headline is about lead, as dots on an axis not from zero", () => {
  const s = story();
  const c = s.chart("hostages-may-2024");
  assert.match(
    c.alt,
    /^Figures as dots, each measure on its own axis, not from zero\. Hostages held in Gaza: an estimated 128 \(AFP\); 132 \(Israeli officials via Financial Times\)\. Of those, dead: 36 \(officials via AFP\); 37 \(believed\) /,
  );
  const text = drawnText(s, "hostages-may-2024");
  assert.ok(text.indexOf("Hostages held in Gaza") < text.indexOf("Of those, dead"), text);
  assert.doesNotMatch(text, /^0$/m, "no axis from zero");
  assert.match(text, /^37 \(believed\)$/m, "the hedge stays with its figure");
});

test("displacement-may-2024: the headline's figure first; displaced people in a note, off the axis", () => {
  const s = story();
  const c = s.chart("displacement-may-2024");
  assert.match(c.alt, /^Bars\. Sheltering in Rafah: 1\.4m/);
  assert.ok(
    c.notes?.includes(
      "Displaced people, a different measure, not drawn: more than 1m displaced Palestinians in Rafah (Financial Times, 7 May 2024).",
    ),
    c.notes?.join("\n"),
  );
  assert.doesNotMatch(
    drawnText(s, "displacement-may-2024").split("Displaced people")[0] ?? "",
    /more than 1m/,
  );
  assert.ok(
    c.rows.some((r) => "measure" in r && r.measure === "displaced"),
    "the note's row is credited",
  );
});

test("displacement with no sheltering rows: displaced people are the chart, and no note", () => {
  const s = story((t) => {
    t.humanitarian.remove({ measure: "sheltering" });
  });
  const c = s.chart("displacement-may-2024");
  assert.match(c.alt, /^Bars\. Displaced Palestinians in Rafah: more than 1m/);
  assert.ok(!c.notes?.some((n) => n.includes("not drawn")));
});

test("crossings-jan-2026: the event the headline is about opens the list", () => {
  const s = story();
  const c = s.chart("crossings-jan-2026");
  assert.match(c.headline, /understanding on reopening/);
  const text = drawnText(s, "crossings-jan-2026");
  assert.ok(text.indexOf("Understanding between Washington") < text.indexOf("Could open"), text);
  assert.ok(text.indexOf("Understanding between Washington") < text.indexOf("US envoys urge"), text);
});

test("hostages-jan-2026: big numbers are numbers; 'all' is words, and 'believed' stays by its report's figure", () => {
  const s = story();
  const text = drawnText(s, "hostages-jan-2026");
  assert.match(text, /^All, no number given$/m);
  assert.doesNotMatch(text, /^All$/m);
  // Three reports give one flatly: the big figure is theirs too, and Ynet's hedge stays on its line.
  assert.doesNotMatch(text, /^\(believed\)$/m);
  assert.match(text, /Ynet · 1 \(believed\)/);
  assert.doesNotMatch(text, /…/);
  const hedged = story((t) => t.hostages.set({ measure: "still_held" }, { hedge: "believed" }));
  assert.match(drawnText(hedged, "hostages-jan-2026"), /^\(believed\)$/m);
});

test("displacement-may-2024: the subtitle names the places in the bars' order, and every figure follows the millions rule", () => {
  const s = story();
  const c = s.chart("displacement-may-2024");
  assert.match(c.subtitle, /^People sheltering in Rafah and Al-Muwasi, /);
  const text = drawnText(s, "displacement-may-2024");
  assert.ok(text.indexOf("Sheltering in Rafah") < text.indexOf("Sheltering in Al-Muwasi"), text);
  assert.match(text, /^1\.4m$/m);
  // Under a million in full, as the axis writes it; never "0.4m" beside "1.4m".
  assert.match(text, /^more than 400,000$/m);
  assert.match(text, /^500,000$/m);
  assert.doesNotMatch(text, /0\.\dm/);
  // Shuffled rows: the places follow the bars, the headline's first, whatever the table's order.
  const shuffled = story((t) => t.humanitarian.rows.reverse());
  assert.match(
    shuffled.chart("displacement-may-2024").subtitle,
    /^People sheltering in Rafah and Al-Muwasi, /,
  );
});
