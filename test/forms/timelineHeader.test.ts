import assert from "node:assert/strict";
import { test } from "node:test";
import {
  bracketLabel,
  headerLayout,
  ruleLabel,
  ruleLines,
  stackLabel,
  type HeaderContext,
} from "../../src/forms/timelineHeader.ts";
import { overlaps } from "../../src/forms/place.ts";
import { PLOT_TYPE, TIMELINE } from "../../src/style/index.ts";
import { wrap } from "../../src/text/wrap.ts";

const from = Date.UTC(2024, 0, 1);
const to = Date.UTC(2026, 0, 1);
/** Two years over 600 px: 2024 on the left half, 2025 on the right. */
const c: HeaderContext = {
  x: (d) => ((+d - from) / (to - from)) * 600,
  width: 600,
  type: PLOT_TYPE.web,
  lh: 17,
  teaser: false,
  style: TIMELINE.web,
};
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

test("bracketLabel(bracket, ctx) spans its year or month and sets its label from the side it starts on", () => {
  const year = bracketLabel(
    { date: day(2024, 3, 1), precision: "year", label: "Closed in 2024, dates not reported" },
    c,
  );
  assert.equal(year.x1, c.x(day(2024, 3, 1)));
  assert.equal(Math.round(year.x2), 300, "to the end of 2024");
  assert.equal(year.anchor, "start");
  assert.equal(year.x, year.x1, "room enough from the start");
  const month = bracketLabel({ date: day(2025, 11, 1), precision: "month", label: "Closed in November" }, c);
  assert.equal(month.x2, c.x(day(2025, 12, 1)));
  assert.equal(month.anchor, "end", "in the right half, it ends at the bracket's end");
  assert.equal(month.x, month.x2);
  const late = bracketLabel({ date: day(2025, 1, 1), precision: "year", label: "x" }, c);
  assert.equal(late.x2, 600, "cut to the plot");
});

test("bracketLabel(bracket, teaser ctx) keeps the whole label on the card, never cut with an ellipsis", () => {
  const long = {
    date: day(2025, 9, 1),
    precision: "month" as const,
    label: "A period whose dates no report gives, ".repeat(4),
  };
  assert.ok(bracketLabel(long, c).lines.length > 1);
  const teaser = bracketLabel(long, { ...c, teaser: true }).lines;
  assert.deepEqual(teaser, bracketLabel(long, c).lines);
  assert.doesNotMatch(teaser.join(" "), /…/);
});

test("stackLabel(label, top, lines, taken, style) moves a label down in 4 px steps until it clears every box by 3 px", () => {
  const label = { x: 0, anchor: "start" as const, size: 13, weight: "semibold" as const, lh: 17 };
  const free = stackLabel(label, 0, ["Ceasefire"], [], TIMELINE.web);
  assert.equal(free.placed.y, 0);
  assert.equal(free.placed.text, "Ceasefire");
  const below = stackLabel(label, 0, ["Ceasefire"], [free.box], TIMELINE.web);
  assert.equal(below.placed.y % 4, 0);
  assert.ok(!overlaps(below.box, free.box, 3));
  assert.ok(overlaps({ ...below.box, y: below.box.y - 4 }, free.box, 3), "the first place that clears");
});

test("ruleLabel(rule, ctx) sets the label right of a rule in the left 60% and left of one further right", () => {
  const left = ruleLabel({ date: day(2025, 1, 1), label: "Ceasefire" }, c);
  assert.deepEqual([left.x, left.anchor, left.weight], [c.x(day(2025, 1, 1)) + 5, "start", "semibold"]);
  const right = ruleLabel({ date: day(2025, 10, 10), label: "Ceasefire" }, c);
  assert.equal(right.anchor, "end");
  assert.equal(right.x, c.x(day(2025, 10, 10)) - 5);
  const label = "Ceasefire of 10 October 2025 between Israel and Hamas";
  const wide = ruleLines({ date: day(2024, 6, 1), label }, c);
  assert.deepEqual(wide, wrap(label, 600 - c.x(day(2024, 6, 1)) - 6, 13, "semibold"));
  const narrow = ruleLines({ date: day(2024, 6, 1), label }, { ...c, width: 150, x: () => 80 });
  assert.deepEqual(
    narrow,
    wrap(label, 90, 13, "semibold"),
    "never narrower than 90 px, however little room is left",
  );
});

test("headerLayout(brackets, rules, ctx) puts brackets first, rule labels under them without overlaps, lanes 8 px below", () => {
  const h = headerLayout(
    [{ date: day(2024, 1, 1), precision: "year", label: "Closed, dates not reported" }],
    [
      { date: day(2025, 1, 10), label: "Ceasefire" },
      { date: day(2025, 1, 12), label: "Hostages released" },
    ],
    c,
  );
  assert.equal(h.labels.length, 3);
  assert.equal(h.labels[0]?.weight, "regular");
  assert.equal(h.labels[0]?.y, 0);
  const [bracket] = h.brackets;
  assert.ok(bracket && bracket.x1 === 0 && Math.round(bracket.x2) === 300);
  const [first, second] = h.ruleBoxes;
  assert.ok(first && second && !overlaps(first, second, 3), "the second rule's label stacks under the first");
  assert.equal(h.labels[1]?.y, (bracket?.y ?? 0) + 10, "rule labels start under the bracket");
  assert.equal(h.bottom, (second?.y ?? 0) + (second?.h ?? 0) + 8);
  assert.equal(h.bracketBoxes.length, 2, "the bracket's label and its line");
});

test("bracketLabel(moment known to its month, ctx) marks the month's gridline, with no line over the month", () => {
  const signed = { date: day(2025, 10, 1), precision: "month" as const, label: "Signed, October 2025" };
  const moment = bracketLabel({ ...signed, moment: true }, c);
  assert.equal(moment.x1, c.x(day(2025, 10, 1)));
  assert.equal(moment.x2, moment.x1, "a signing is one day: nothing drawn past the month's start");
  assert.ok(moment.x2 < c.x(day(2025, 10, 10)), "never past a dated event later in the month");
  assert.equal(moment.anchor, "end");
  assert.equal(moment.x, moment.x1, "its label ends at the mark");
  const period = bracketLabel(signed, c);
  assert.equal(period.x2, c.x(day(2025, 11, 1)), "a period still spans its month");
});
