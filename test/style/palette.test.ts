/**
 * The house palette: contrast (WCAG 2.x) in the light and the dark version, and separation of
 * the categorical colours that appear together in a chart under simulated colour blindness; and
 * the theme step that puts both palettes in every SVG.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  converter,
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  wcagContrast,
} from "culori";
import { renderSvg } from "../../src/render/renderSvg.ts";
import {
  CATEGORICAL,
  DARK,
  figureIn,
  formatIn,
  LIGHT,
  MARKS,
  numberStyle,
  PALE,
  SERIES,
  TEXT,
  TINTS,
  type Palette,
  type Token,
} from "../../src/style/index.ts";
import { project } from "../helpers.ts";
import { stressStory } from "../layout/stress.ts";
import { escaping } from "../plots/index.ts";
import { CREDIT, NAMES } from "../plots/fixtures.ts";

const PALETTES: [string, Palette][] = [
  ["light", LIGHT],
  ["dark", DARK],
];

/**
 * The least CIEDE2000 difference two categorical colours shown together may have, under each
 * simulated deficiency (full-strength deuteranopia, protanopia and tritanopia, Machado et al.
 * 2009 as culori implements them). A ΔE00 of about 2 is just noticeable between large patches
 * side by side, and about 5 clearly noticeable; but our marks are small (5 px dots, 2 px rings,
 * 12 px bars) and often apart, and the difference needed to tell colours apart grows quickly as
 * marks shrink (Stone, Szafir & Setlur 2014; Szafir 2018). 15, three times "clearly noticeable",
 * keeps pairs apart at a glance at those sizes, and still leaves room for a palette of six hues
 * that meets the WCAG contrasts below in both light and dark.
 */
const MIN_CVD_DELTA_E = 15;

const rgb = converter("rgb");
const oklch = converter("oklch");
const deltaE = differenceCiede2000();
const SIMULATIONS = {
  deuteranopia: filterDeficiencyDeuter(1),
  protanopia: filterDeficiencyProt(1),
  tritanopia: filterDeficiencyTrit(1),
};

test("every light colour is unique, so a colour in a drawing names its meaning", () => {
  const values = Object.values(LIGHT);
  assert.equal(new Set(values).size, values.length);
});

for (const [name, palette] of PALETTES) {
  test(`${name} palette: marks have 3:1 contrast with the background, text 4.5:1, text on marks 4.5:1, the grid stays visible`, () => {
    const low: string[] = [];
    const need = (a: Token, b: Token, min: number) => {
      const c = wcagContrast(palette[a], palette[b]);
      if (c < min) low.push(`${a} on ${b}: ${c.toFixed(2)} < ${min}`);
    };
    for (const t of MARKS) need(t, "background", 3);
    for (const t of TEXT) need(t, "background", 4.5);
    // Figures inside bars and numbers inside event markers are drawn in the background colour.
    for (const t of ["report", "event"] as const) need("background", t, 4.5);
    need("grid", "background", 1.3);
    assert.deepEqual(low, []);
  });

  test(`${name} palette: pale tints are solid, stand off the background and stay apart from their colour`, () => {
    const low: string[] = [];
    for (const [solid, tint] of Object.entries(PALE) as [Token, Token][]) {
      const bg = wcagContrast(palette[tint], palette.background);
      const apart = deltaE(palette[tint], palette[solid]);
      if (bg < 1.6) low.push(`${tint} on background: ${bg.toFixed(2)} < 1.6`);
      if (apart < 14) low.push(`${tint} against ${solid}: ΔE ${apart.toFixed(1)} < 14`);
    }
    assert.deepEqual(low, []);
    assert.deepEqual(Object.values(PALE).sort(), [...TINTS].sort());
  });

  test(`${name} palette: a pale tint recedes: between the background and its solid, at most half the solid's contrast, less colourful; the solid at 3:1`, () => {
    const wrong: string[] = [];
    const bg = oklch(palette.background);
    for (const [solid, tint] of Object.entries(PALE) as [Token, Token][]) {
      const solidBg = wcagContrast(palette[solid], palette.background);
      const tintBg = wcagContrast(palette[tint], palette.background);
      const [s, t] = [oklch(palette[solid]), oklch(palette[tint])];
      if (solidBg < 3) wrong.push(`${solid} on background: ${solidBg.toFixed(2)} < 3`);
      if (!s || !t || !bg) throw new Error(`not a colour: ${solid}`);
      // Dark tints mixed towards the ink were brighter than the solid (crossings-may-2024 in dark mode).
      if (tintBg > solidBg / 2)
        wrong.push(
          `${tint} stands out: ${tintBg.toFixed(2)}:1 on the background, the solid ${solidBg.toFixed(2)}:1`,
        );
      if ((t.l - bg.l) * (s.l - t.l) <= 0)
        wrong.push(`${tint} is not between the background and ${solid}: L ${t.l.toFixed(2)}`);
      if ((t.c ?? 0) >= (s.c ?? 0)) wrong.push(`${tint} is as colourful as ${solid}`);
    }
    assert.deepEqual(wrong, []);
  });
}

/** The categorical tokens each chart paints, read from the classes the theme step gives marks. */
function tokensByChart(svgs: Map<string, string>): Map<string, Set<Token>> {
  const out = new Map<string, Set<Token>>();
  for (const [id, svg] of svgs) {
    const used = new Set<Token>();
    for (const m of svg.matchAll(/-[fs]-([a-z-]+)["\s]/g)) {
      const token = (m[1] ?? "").replace("-", "_") as Token;
      if (CATEGORICAL.includes(token)) used.add(token);
    }
    out.set(id, used);
  }
  return out;
}

test(`categorical colours that appear together stay ΔE00 ≥ ${MIN_CVD_DELTA_E} apart under deuteranopia, protanopia and tritanopia, light and dark`, async () => {
  const { names, notebooks } = await project();
  const s = stressStory();
  const svgs = new Map<string, string>();
  for (const chart of notebooks.flatMap((nb) => nb.charts))
    svgs.set(chart.id, renderSvg(chart, "web", { names, credit: CREDIT }));
  for (const chart of Object.values(s.notebooks).flatMap((nb) => nb.charts))
    svgs.set(`stress/${chart.id}`, renderSvg(chart, "web", { names: s.names, credit: CREDIT }));
  const pairs = new Set<string>();
  for (const used of tokensByChart(svgs).values()) {
    const list = [...used].sort();
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) pairs.add(`${list[i]}|${list[j]}`);
  }
  assert.ok(pairs.has("kerem_shalom|rafah"), [...pairs].join(", "));
  // Killed (the report blue) and injured are drawn together whenever a chart has no `aside`: held
  // apart even while today's charts give the injured in a note.
  pairs.add("injured|report");
  const close: string[] = [];
  const report: string[] = [];
  for (const [name, palette] of PALETTES) {
    for (const pair of pairs) {
      const [a, b] = pair.split("|") as [Token, Token];
      for (const [sim, f] of Object.entries(SIMULATIONS)) {
        const seen = (hex: string) => {
          const c = rgb(hex);
          if (!c) throw new Error(`not a colour: ${hex}`);
          return f(c);
        };
        const d = deltaE(seen(palette[a]), seen(palette[b]));
        report.push(`${name} ${a}/${b} ${sim} ${d.toFixed(1)}`);
        if (d < MIN_CVD_DELTA_E) close.push(`${name}: ${a} and ${b} under ${sim}: ΔE00 ${d.toFixed(1)}`);
      }
    }
  }
  console.log(`# ${report.join("; ")}`);
  assert.deepEqual(close, []);
});

test("renderSvg() carries both palettes: light rules, dark ones under prefers-color-scheme, no currentColor", async () => {
  const { names, notebooks } = await project();
  const chart = notebooks.flatMap((nb) => nb.charts).find((c) => c.id === "toll-reports");
  assert.ok(chart);
  const auto = renderSvg(chart, "web", { names, credit: CREDIT });
  assert.doesNotMatch(auto, /currentColor/i);
  assert.match(auto, /@media \(prefers-color-scheme:dark\)\{[^}]*color:#f2f2f2/);
  assert.match(auto, new RegExp(`\\.rf-toll-reports-web-f-report\\{fill:${DARK.report}\\}`));
  assert.match(
    auto,
    new RegExp(`fill="${LIGHT.report}"`),
    "attributes keep the light colours for a CMS without styles",
  );
  const light = renderSvg(chart, "web", { names, credit: CREDIT, theme: "light" });
  assert.doesNotMatch(light, /prefers-color-scheme/);
  const dark = renderSvg(chart, "web", { names, credit: CREDIT, theme: "dark" });
  assert.doesNotMatch(dark, /prefers-color-scheme/);
  assert.match(dark, new RegExp(`fill="${DARK.background}"`));
  assert.doesNotMatch(dark, new RegExp(`fill="${LIGHT.background}"`));
});

test("renderSvg() with light-dark(): inline, colours follow the page's scheme and on a dark page the frame is the page's canvas colour; as its own document (<img>) light", async () => {
  const { names, notebooks } = await project();
  const chart = notebooks.flatMap((nb) => nb.charts).find((c) => c.id === "toll-reports");
  assert.ok(chart);
  const auto = renderSvg(chart, "web", { names, credit: CREDIT });
  const p = "rf-toll-reports-web";
  const block = /@supports \(color:light-dark\(#000,#fff\)\)\{(.*)\}<\/style>/.exec(auto)?.[1] ?? "";
  assert.ok(block, "a block for browsers with light-dark()");
  // As its own document (<img>), the SVG is light whatever the reader's system says: Chromium tells
  // an image the reader's scheme when the page declares none, so a white page would get a dark panel.
  assert.ok(block.includes(`svg:root.${p}{color-scheme:light}`), "as a document, the SVG is light");
  assert.doesNotMatch(auto, /color-scheme:light dark/);
  assert.ok(block.includes(`.${p} .${p}-f-report{fill:light-dark(${LIGHT.report},${DARK.report})}`));
  // Canvas, not transparent: a page declaring "light dark" that paints itself white stays readable.
  assert.ok(block.includes(`.${p} .${p}-background{fill:light-dark(${LIGHT.background},Canvas)}`));
  // The dark palette by the system's scheme is for browsers without light-dark(), and inline only.
  const media =
    /@supports not \(color:light-dark\(#000,#fff\)\)\{@media \(prefers-color-scheme:dark\)\{(.*?)\}\}@supports/.exec(
      auto,
    )?.[1];
  assert.ok(media, "dark rules under the system's scheme, without light-dark()");
  for (const rule of media.split("}").filter(Boolean))
    assert.match(rule, new RegExp(`^svg\\.${p}:not\\(:root\\)`), rule);
  const light = renderSvg(chart, "web", { names, credit: CREDIT, theme: "light" });
  assert.doesNotMatch(light, /light-dark/);
});

test("renderSvg() refuses a colour outside the house palette", () => {
  const { chart, size } = escaping();
  assert.throws(
    () =>
      renderSvg({ ...chart, legend: [{ label: "Odd", color: "#ff00ff", shape: "square" }] }, size, {
        names: NAMES,
        credit: CREDIT,
      }),
    /colour not in the house palette: #ff00ff/,
  );
});

test("figureIn(style), formatIn(style): in millions, a million or more in millions and under a million in full, labels and axis alike", () => {
  const style = numberStyle([1_400_000, 400_000, 1_000_000]);
  assert.equal(style, "millions");
  assert.equal(figureIn(style, 1_400_000, "exact"), "1.4m");
  assert.equal(figureIn(style, 1_000_000, "more than"), "more than 1m");
  // displacement-may-2024 wrote "more than 0.4m" beside "1.4m".
  assert.equal(figureIn(style, 400_000, "more than"), "more than 400,000");
  assert.equal(formatIn(style, 500_000), "500,000", "the axis by the same rule");
  assert.equal(formatIn(style, 0), "0");
  assert.equal(formatIn(style, 1_500_000), "1.5m");
  assert.equal(figureIn(numberStyle([1_400_000, 1_234_567]), 1_234_567, "exact"), "1,234,567");
});

test("one report blue across the set, and Rafah teal wherever Rafah is coloured", async () => {
  const { names, notebooks } = await project();
  const charts = notebooks.flatMap((nb) => nb.charts);
  const svg = (id: string) => {
    const chart = charts.find((c) => c.id === id);
    assert.ok(chart, id);
    return renderSvg(chart, "web", { names, credit: CREDIT });
  };
  // The Rafah bar of the displacement chart and the lead bullet of the January list are Rafah's teal.
  for (const id of ["displacement-may-2024", "crossings-jan-2026"]) {
    const drawn = svg(id);
    assert.match(drawn, new RegExp(`fill="${LIGHT.rafah}"`), id);
    assert.doesNotMatch(drawn, new RegExp(`fill="${LIGHT.report}"`), `${id}: no report blue for Rafah`);
  }
  // The toll charts' killed and the hostages' bars are the same blue.
  assert.equal(SERIES.killed.color, LIGHT.report);
  assert.match(svg("hostages-may-2024"), new RegExp(`${LIGHT.report}`));
  assert.match(svg("toll-reports"), new RegExp(`${LIGHT.report}`));
});
