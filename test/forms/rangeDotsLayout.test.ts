import assert from "node:assert/strict";
import { test } from "node:test";
import { rangeDotsLayout, valueAxis } from "../../src/forms/rangeDotsLayout.ts";
import { RANGE_DOTS } from "../../src/style/index.ts";

const WEB = { width: 600, size: "web", mobile: false } as const;
const MOBILE = { width: 336, size: "mobile", mobile: true } as const;

const held = {
  title: "Held",
  dots: [
    { value: 132, text: "132", who: "Israeli officials via Financial Times" },
    { value: 128, text: "an estimated 128", who: "AFP" },
  ],
};
const dead = { title: "Dead", focus: false, dots: [{ value: 36, text: "36", who: "AFP" }] };

test("valueAxis(values) is not from zero: it spans the figures with room, in whole ticks for counts", () => {
  const { domain, ticks, px } = valueAxis([128, 132], 600, RANGE_DOTS.web, false);
  assert.ok(domain[0] > 100 && domain[0] < 128, `from ${domain[0]}`);
  assert.ok(domain[1] > 132 && domain[1] < 150, `to ${domain[1]}`);
  assert.ok(ticks.every(Number.isInteger), ticks.join());
  assert.ok(px(132) - px(128) > 60, "a difference of four (3 %) is plain to see");
  assert.ok(valueAxis([33], 600, RANGE_DOTS.web, false).ticks.includes(33));
});

test("valueAxis(values): panels share one sensible scale, a difference drawn by its share of the figures, so a gap of one on 36 is not drawn wider than four on 128", () => {
  const held = valueAxis([128, 132], 600, RANGE_DOTS.web, false);
  const dead = valueAxis([36, 37], 600, RANGE_DOTS.web, false);
  const wide = (a: ReturnType<typeof valueAxis>, lo: number, hi: number) => (a.px(hi) - a.px(lo)) / 584;
  // 4 of 132 is 3.0 %, 1 of 37 is 2.7 %: about the same width, and neither a third of the panel.
  assert.ok(wide(dead, 36, 37) <= wide(held, 128, 132), `${wide(dead, 36, 37)} ≤ ${wide(held, 128, 132)}`);
  assert.ok(wide(held, 128, 132) < 0.2, `${wide(held, 128, 132)}`);
});

test("rangeDotsLayout(groups) puts the groups in focus first, each dot at its value, lowest first", () => {
  const l = rangeDotsLayout([dead, held], { numberStyle: "full" }, WEB);
  assert.deepEqual(
    l.panels.map((p) => [p.title.text, p.focus]),
    [
      ["Held", true],
      ["Dead", false],
    ],
  );
  const [first, second] = l.panels;
  assert.deepEqual(
    first?.dots.map((d) => d.text),
    ["an estimated 128", "132"],
  );
  assert.equal(first?.range?.x1, first?.dots[0]?.x);
  assert.equal(first?.range?.x2, first?.dots[1]?.x);
  assert.equal(second?.range, null, "one figure has no range");
  assert.ok((second?.title.y ?? 0) > (first?.dots[1]?.whoY ?? Infinity), "the second panel under the first");
});

test("rangeDotsLayout(groups, mobile): a label goes before its dot when it has no room after it", () => {
  const l = rangeDotsLayout([held], { numberStyle: "full" }, MOBILE);
  const [low, high] = l.panels[0]?.dots ?? [];
  assert.equal(low?.anchor, "start");
  assert.equal(high?.anchor, "end");
  assert.ok((high?.figureX ?? 0) < (high?.x ?? 0));
  for (const d of l.panels[0]?.dots ?? []) assert.ok(d.x > 0 && d.x < 336);
});

test("rangeDotsLayout(groups) sets many dots in compact rows, figure and who on one line", () => {
  const many = {
    title: "Held",
    dots: Array.from({ length: 30 }, (_, i) => ({
      value: 120 + i,
      text: `${120 + i}`,
      who: `Reporter ${i + 1}`,
    })),
  };
  const l = rangeDotsLayout([many], { numberStyle: "full" }, WEB);
  assert.equal(l.panels[0]?.dots[0]?.text, "120 · Reporter 1");
  assert.equal(l.panels[0]?.dots[0]?.who, "");
  assert.ok(l.height < 800, `height ${l.height}`);
});

test("rangeDotsLayout(groups) gives a report with no number a row of words, with no dot", () => {
  const l = rangeDotsLayout(
    [{ title: "Released", dots: [{ value: null, text: "all", who: "News report" }] }],
    { numberStyle: "full" },
    WEB,
  );
  assert.deepEqual(l.panels[0]?.dots, []);
  assert.deepEqual(
    l.panels[0]?.words.map((w) => w.text),
    ["all (News report)"],
  );
});

test("rangeDotsLayout(groups, {height}) sets every row compact when the panels overrun the height", () => {
  const full = rangeDotsLayout([held, dead], { numberStyle: "full" }, WEB);
  const short = rangeDotsLayout([held, dead], { numberStyle: "full" }, { ...WEB, height: full.height - 1 });
  assert.ok(short.height < full.height);
  assert.equal(short.panels[0]?.dots[0]?.text, "an estimated 128 · AFP", "every label kept");
  assert.equal(
    rangeDotsLayout([held], { numberStyle: "full" }, { ...WEB, height: 2000 }).panels[0]?.dots[0]?.who,
    "AFP",
  );
});

test("rangeDotsLayout(a group of one value) writes its figure as words, with no axis and no dot of its own", () => {
  const l = rangeDotsLayout([held, dead], { numberStyle: "full" }, WEB);
  const single = l.panels.find((p) => p.title.text === "Dead");
  assert.ok(single);
  assert.deepEqual(single.axis.ticks, [], "no axis for one value");
  assert.deepEqual(single.dots, []);
  assert.deepEqual(
    single.words.map((w) => w.text),
    ["36 (AFP)"],
  );
  const two = l.panels.find((p) => p.title.text === "Held");
  assert.ok(two && two.axis.ticks.length > 0 && two.dots.length === 2, "two values keep their axis");
});
