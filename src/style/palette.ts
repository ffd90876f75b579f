/**
 * The house palette: every colour a chart may use, each with one fixed meaning in every chart, in
 * a light and a dark version. A chart may not use a colour outside it (the theme step refuses
 * one), so the same entity keeps its colour everywhere: a report's figure is always the one blue
 * (the killed in the toll charts), each crossing has its own colour (Rafah teal, wherever Rafah is
 * coloured), events are always near-black (near-white in the dark). Colour never carries
 * meaning alone: every coloured mark also has a shape or a direct label (SERIES below pairs each
 * series with a shape), and every colour is explained by a legend or a label.
 *
 * test/style/palette.test.ts checks WCAG contrast (marks ≥ 3:1, text ≥ 4.5:1) in both palettes and that
 * the categorical colours that appear together stay apart under simulated colour blindness.
 */

/** What a colour means. The light hex of each token is unique, so a colour in a drawing names its token. */
export type Token =
  | "background"
  | "ink"
  | "text"
  | "muted"
  | "grid"
  | "axis"
  | "injured"
  | "rafah"
  | "kerem_shalom"
  | "rafah_pale"
  | "kerem_shalom_pale"
  | "report_pale"
  | "event"
  | "report";

export type Palette = Record<Token, string>;

export const LIGHT: Palette = {
  background: "#ffffff",
  /** Headlines, figures and labels that state a value. */
  ink: "#121212",
  /** Secondary labels: who said it, tick labels, lists. */
  text: "#3d3d3d",
  /** Subtitles, notes, source line and credit. */
  muted: "#5c5c5c",
  /** Gridlines: light, but visible on the background. */
  grid: "#d2d2d2",
  /** Baselines, axis lines and leader lines. */
  axis: "#7a7a7a",
  injured: "#c4560e",
  rafah: "#00766b",
  kerem_shalom: "#946300",
  /**
   * Pale tints, solid (never an opacity, so nothing shows through them and they keep their hue on a
   * dark page): the part of a closure whose start is known only to a span (weekend, week, month)
   * or not dated. They recede in both palettes: the colour mixed towards the background, so less
   * colourful and nearer the background than the colour, never brighter than it. Light: 35% of the
   * colour over the white; dark: the dark colour mixed 55% towards the dark background in Oklab (mixed
   * towards the ink, as before, a cream or mint tint outshone the solid ochre and teal). Each keeps a
   * clear step from its colour and stands off the background (test/style/palette.test.ts).
   */
  rafah_pale: "#a6cfcb",
  kerem_shalom_pale: "#dac8a6",
  report_pale: "#bccad8",
  /** Events: numbered markers and dated rules (the ceasefire). */
  event: "#262626",
  /**
   * A reported figure, the chart's accent: one blue for every report across the set (the killed in the
   * toll charts, the bars and list bullets elsewhere), told apart by its label and shape.
   */
  report: "#1f5c99",
};

export const DARK: Palette = {
  background: "#16181c",
  ink: "#f2f2f2",
  text: "#d6d6d6",
  muted: "#b3b3b3",
  grid: "#3e434a",
  axis: "#8d939b",
  injured: "#f08a4b",
  rafah: "#2aa596",
  kerem_shalom: "#e0b13f",
  rafah_pale: "#27534f",
  kerem_shalom_pale: "#695833",
  report_pale: "#3c546f",
  event: "#ededed",
  report: "#6fa8e6",
};

/** Tokens that encode a category (a measure, a crossing, events, reports), as opposed to text and structure. */
export const CATEGORICAL: readonly Token[] = ["injured", "rafah", "kerem_shalom", "event", "report"];

/** Tokens drawn as text on the background. */
export const TEXT: readonly Token[] = ["ink", "text", "muted"];

/** Marks that carry data or structure a reader must see (everything but the background, grid and tints). */
export const MARKS: readonly Token[] = [...CATEGORICAL, "axis"];

/** The pale tints, held to a lower contrast (test/style/palette.test.ts) but never lost on the background. */
export const TINTS: readonly Token[] = ["rafah_pale", "kerem_shalom_pale", "report_pale"];

/** Tints drawn in place of a colour where a mark is paler (a closure's undated or month-only start). */
export const PALE: Partial<Record<Token, Token>> = {
  rafah: "rafah_pale",
  kerem_shalom: "kerem_shalom_pale",
  report: "report_pale",
};

/** The solid pale tint of a light hex value of the palette (the colour itself when it has none). */
export function paleOf(color: string): string {
  const token = PALE[tokenOf(color) ?? "background"];
  return token ? LIGHT[token] : color;
}

/** The dash of a dated rule (the ceasefire) and of its legend swatch: 4 px drawn, 3 px gap. */
export const RULE_DASH = "4,3";

/** Chart colours by meaning, as light hex values (the theme step switches them for dark). */
export const COLORS = LIGHT;

/** Series with fixed meanings across every chart: killed and injured, each with its shape. */
export const SERIES = {
  killed: { label: "Killed", color: LIGHT.report, shape: "circle" },
  injured: { label: "Injured", color: LIGHT.injured, shape: "ring" },
} as const satisfies Record<string, { label: string; color: string; shape: "circle" | "ring" }>;

/** Each crossing keeps its colour in every chart; anything else is drawn as a report. */
export function crossingColor(crossing: string): string {
  return crossing === "rafah" || crossing === "kerem_shalom" ? LIGHT[crossing] : LIGHT.report;
}

/**
 * The token a light hex value stands for, or undefined if it is not in the palette. Plot's own
 * defaults are the ink ("currentColor") and the background ("var(--plot-background)", of markers).
 */
export function tokenOf(color: string): Token | undefined {
  const c = color.trim().toLowerCase();
  if (c === "currentcolor") return "ink";
  if (c === "var(--plot-background)") return "background";
  return (Object.keys(LIGHT) as Token[]).find((t) => LIGHT[t] === c);
}
