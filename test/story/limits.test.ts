/** The limits the build checks (issue 20, item 5): lines of headlines and notes, widows, legend swatches, repeated dates. */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { ChartSpec } from "../../src/chart.ts";
import { UserError } from "../../src/errors.ts";
import { barRows } from "../../src/forms/barRows.ts";
import { chartLimitProblems, renderSocialSvg, renderSvg } from "../../src/render/renderSvg.ts";
import {
  FRAME,
  LEGEND,
  LINE_LIMITS,
  LIGHT,
  MOBILE_MIN_TYPE,
  PLOT_TYPE,
  SOCIAL_CARD,
  TIMELINE,
} from "../../src/style/index.ts";
import {
  hasWidow,
  headlineFits,
  headlineLines,
  KNOWN_OVER,
  knownOver,
  lineLimitProblems,
  noteLines,
} from "../../src/story/limits.ts";
import { firstThatFits } from "../../src/story/fit.ts";
import { project } from "../helpers.ts";
import { CREDIT, NAMES, row } from "../plots/fixtures.ts";

const LONG_HEADLINE =
  "Reported deaths in Gaza: at least 34,789 in May 2024, more than 71,700 by January 2026, and more";

test("headlineLines(text, size) counts the lines the frame draws: two at 640 px and three at 360 px is the limit", () => {
  const h = "Reported deaths in Gaza: at least 34,789 in May 2024, more than 71,700 by January 2026";
  assert.equal(headlineLines(h, "web").length, 2);
  assert.equal(headlineLines(h, "mobile").length, 3);
  assert.ok(headlineFits(h));
  assert.equal(headlineLines(LONG_HEADLINE, "web").length, 3);
  assert.ok(!headlineFits(LONG_HEADLINE));
  assert.deepEqual(LINE_LIMITS, { headline: { web: 2, mobile: 3 }, note: { web: 2, mobile: 3 } });
});

test("lineLimitProblems(chart) names the headline and each note over its lines, at each size", () => {
  const note = "Each point is one report, with its own source and wording; ".repeat(4).trim();
  const problems = lineLimitProblems({ headline: LONG_HEADLINE, notes: ["Short note.", note] });
  assert.deepEqual(problems, [
    "headline takes 3 lines at 640 px, at most 2: shorten it",
    `note 2 ("${note.slice(0, 40)}…") takes ${noteLines(note, "web").length} lines at 640 px, at most 2: shorten it`,
    "headline takes 4 lines at 360 px, at most 3: shorten it",
    `note 2 ("${note.slice(0, 40)}…") takes ${noteLines(note, "mobile").length} lines at 360 px, at most 3: shorten it`,
  ]);
  assert.deepEqual(lineLimitProblems({ headline: "A short headline", notes: ["Short note."] }), []);
});

test("noteLines(text, size) leaves no one-word last line when rewrapping can help; lineLimitProblems names a widow it cannot", () => {
  // Wrapped greedily this ends on "series." alone at 640 px (toll-reports' note before issue 20).
  const note =
    "Each point is one report, with its own source and wording; reports are not joined into a series.";
  const lines = noteLines(note, "web");
  assert.equal(lines.length, 2);
  assert.ok(!hasWidow(lines), lines.join(" / "));
  // Two words that cannot share a line: the widow stays, and the check says so.
  const stuck = `${"Supercalifragilistic".repeat(2).slice(0, 32)} ${"Expialidocious".repeat(2)}.`;
  assert.ok(hasWidow(noteLines(stuck, "mobile")));
  assert.match(
    lineLimitProblems({ headline: "H", notes: [stuck] }, ["mobile"]).join("\n"),
    /ends on one word at 360 px/,
  );
  assert.ok(!hasWidow(["one line"]));
  assert.ok(hasWidow(["first line here", "alone"]));
});

test("firstThatFits(variants) takes the first headline that keeps to its lines at both sizes, else the first short enough", () => {
  const fits = "Rafah crossing: understanding on reopening, Israel's Army Radio said";
  const long = "Rafah crossing closed in May 2024; understanding on reopening, Israel's Army Radio said";
  assert.ok(long.length <= 90 && !headlineFits(long));
  assert.equal(firstThatFits([long, fits]), fits);
  assert.equal(firstThatFits([long]), long);
  // Sentences (another limit) are not held to headline lines.
  assert.equal(firstThatFits([long, fits], 200), long);
});

function chart(over: Partial<ChartSpec>): ChartSpec {
  return {
    id: "limits",
    headline: "Two reports of hostages held",
    subtitle: "Hostages held in Gaza, as reported on 7 May 2024",
    alt: "Two bars.",
    rows: [row("held", 128, "wire-1", "AFP", 2), row("held", 132, "paper-1", "Officials", 3)],
    plot: barRows([
      {
        title: "Held",
        bars: [
          { label: "AFP", value: 128, text: "128" },
          { label: "Officials", value: 132, text: "132" },
        ],
      },
    ]),
    ...over,
  };
}

test("renderSvg() fails a chart over a limit with a UserError naming each problem", () => {
  const context = { names: NAMES, credit: CREDIT };
  assert.doesNotThrow(() => renderSvg(chart({}), "web", context));
  assert.throws(
    () => renderSvg(chart({ headline: LONG_HEADLINE }), "web", context),
    (e: unknown) =>
      e instanceof UserError && e.message === "headline takes 3 lines at 640 px, at most 2: shorten it",
  );
  // A swatch no mark matches: a grey band for bars drawn in the report colour.
  const grey = chart({ legend: [{ label: "Paler: start not dated", color: LIGHT.axis, shape: "band" }] });
  assert.deepEqual(chartLimitProblems(grey, "web", context), [
    `legend entry "Paler: start not dated" (band, ${LIGHT.axis}) matches no mark in the plot`,
  ]);
  assert.throws(() => renderSvg(grey, "web", context), UserError);
  // A swatch in the bars' own colour and kind passes.
  const svg = renderSvg(chart({}), "web", context);
  const fill = /<g aria-label="rect" fill="(#[0-9a-f]{6})"/.exec(svg)?.[1];
  assert.ok(fill, "the bars' fill");
  assert.deepEqual(
    chartLimitProblems(
      chart({ legend: [{ label: "Report", color: fill, shape: "square" }] }),
      "web",
      context,
    ),
    [],
  );
});

test("renderSvg() fails a chart whose labels repeat the date the subtitle gives", () => {
  const dated = chart({
    plot: barRows([
      {
        title: "Held",
        bars: [
          { label: "AFP, 7 May 2024", value: 128, text: "128" },
          { label: "Officials, 7 May 2024", value: 132, text: "132" },
        ],
      },
    ]),
  });
  const problems = chartLimitProblems(dated, "web", { names: NAMES, credit: CREDIT });
  assert.deepEqual(problems, [
    'label "AFP, 7 May 2024" repeats the date the subtitle gives: drop it from the label',
    'label "Officials, 7 May 2024" repeats the date the subtitle gives: drop it from the label',
  ]);
  // Under a subtitle that does not give the day, the dates stay.
  assert.deepEqual(
    chartLimitProblems({ ...dated, subtitle: "Hostages held in Gaza" }, "web", {
      names: NAMES,
      credit: CREDIT,
    }),
    [],
  );
});

test("every chart keeps to the limits, but for KNOWN_OVER, and every entry there is still over (the list only shrinks)", async () => {
  const { names, notebooks } = await project();
  const context = { names, credit: CREDIT };
  const found: { chart: string; problem: string }[] = [];
  for (const c of notebooks.flatMap((nb) => nb.charts))
    for (const size of ["web", "mobile", "social"] as const)
      for (const problem of chartLimitProblems(c, size, context)) found.push({ chart: c.id, problem });
  assert.deepEqual(
    found.filter((f) => !knownOver(f.chart, f.problem)),
    [],
  );
  for (const k of KNOWN_OVER)
    assert.ok(
      found.some((f) => f.chart === k.chart && f.problem === k.problem),
      `${k.chart}: no longer over (${k.problem}): remove it from KNOWN_OVER in src/story/limits.ts`,
    );
  assert.deepEqual(KNOWN_OVER, [], "issue 20: every chart keeps to its limits");
});

test("knownOver(chart, problem) matches a problem word for word, never by its start", () => {
  assert.equal(knownOver("displacement-may-2024", "label "), false);
  assert.equal(knownOver("displacement-may-2024", 'label "UN via AFP, 7 May 2024" repeats the date'), false);
});

test("the social card: its source line is the web chart's word for word, and no frame text is under 22 px on the card", async () => {
  const { names, notebooks } = await project();
  const context = { names, credit: CREDIT };
  const source = (svg: string) =>
    (/<g class="[^"]*-source\b[^"]*"[^>]*>(.*?)<\/g>/.exec(svg)?.[1] ?? "")
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ")
      .trim();
  for (const c of notebooks.flatMap((nb) => nb.charts)) {
    const web = source(renderSvg(c, "web", context));
    assert.ok(web.startsWith("Source"), `${c.id}: ${web}`);
    assert.equal(source(renderSocialSvg(c, context)), web, c.id);
  }
  for (const [part, [size]] of Object.entries(FRAME.social).filter(([k]) => k !== "pad" && k !== "gap"))
    assert.ok(size * SOCIAL_CARD.scale >= 22, `${part}: ${size * SOCIAL_CARD.scale} px on the card`);
});

test("chartLimitProblems(chart, 'social') names a plot scaled down to fit the card and a legend over one line", () => {
  const tall = chart({
    plot: barRows(
      Array.from({ length: 30 }, (_, i) => ({
        title: `Group ${i + 1}`,
        bars: [
          { label: "AFP", value: 128, text: "128" },
          { label: "Officials", value: 132, text: "132" },
        ],
      })),
    ),
    legend: Array.from({ length: 5 }, (_, i) => ({
      label: `A long legend entry ${i + 1}`,
      color: LIGHT.report,
      shape: "square" as const,
    })),
  });
  const problems = chartLimitProblems(tall, "social", { names: NAMES, credit: CREDIT });
  assert.equal(problems.length, 2, problems.join("\n"));
  assert.match(problems[0] ?? "", /^social card: the legend takes 2 lines, at most one/);
  assert.match(
    problems[1] ?? "",
    /^social card: the plot is \d+ px tall for a box of \d+ px on the 1200×675 card, which never grows, so it would be drawn at \d+ % of the card's width and its smallest type at \d+ px \(at least 22\)/,
  );
  assert.deepEqual(chartLimitProblems(chart({}), "social", { names: NAMES, credit: CREDIT }), []);
});

test("the phone chart sets no text under 12 px: the plot's type, numbered markers and the frame's text", () => {
  assert.equal(MOBILE_MIN_TYPE, 12);
  const sizes = {
    ...Object.fromEntries(Object.entries(PLOT_TYPE.mobile).map(([k, v]) => [`plot ${k}`, v])),
    ...Object.fromEntries(
      Object.entries(FRAME.mobile)
        .filter(([k]) => k !== "pad" && k !== "gap")
        .map(([k, v]) => [`frame ${k}`, (v as readonly number[])[0]]),
    ),
    "timeline marker number": TIMELINE.mobile.marker.numberSize,
    "legend number swatch": LEGEND.swatch.number.size,
  };
  for (const [part, size] of Object.entries(sizes))
    assert.ok(size >= MOBILE_MIN_TYPE, `${part}: ${size} px on the phone chart`);
});

test("chartLimitProblems(chart, 'mobile') names text in the plot under 12 px, its own size or inherited", () => {
  const context = { names: NAMES, credit: CREDIT };
  const small = chart({
    plot: ({ Plot, width }) => ({
      options: {
        width,
        height: 40,
        margin: 0,
        x: { type: "identity", axis: null },
        y: { type: "identity", axis: null },
        marks: [
          Plot.text(["Tick at 11"], { x: 10, y: 10, fontSize: 11 }),
          // Plot's own 10 px, from the plot's root.
          Plot.text(["Plot default"], { x: 10, y: 30 }),
          Plot.text(["Tick at 12"], { x: 100, y: 10, fontSize: 12 }),
        ],
      },
    }),
  });
  assert.deepEqual(chartLimitProblems(small, "mobile", context), [
    'phone chart: text at 11 px ("Tick at 11"), at least 12: set it in the plot\'s type',
    'phone chart: text at 10 px ("Plot default"), at least 12: set it in the plot\'s type',
  ]);
  assert.deepEqual(chartLimitProblems(small, "web", context), []);
  assert.deepEqual(chartLimitProblems(chart({}), "mobile", context), []);
});
