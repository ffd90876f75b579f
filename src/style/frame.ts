/**
 * The publication frame's type and spacing (src/render/frame.ts): per layout, the side padding,
 * the gap between parts and each text's [size, line height]; the smaller spaces between parts;
 * the social card's canvas and limits; the source line's house limit; and the legend's swatches.
 */
import type { Layout, Line } from "./type.ts";

export interface FrameType {
  pad: number;
  gap: number;
  headline: Line;
  subtitle: Line;
  legend: Line;
  notes: Line;
}

/**
 * The frame's text, per layout. The social card is drawn 600 px wide and shown at 1200 px: no text
 * on it under 11 px (22 px on the card, about 9 px where a feed shows it 500 px wide).
 */
export const FRAME: Record<Layout, FrameType> = {
  web: { pad: 20, gap: 12, headline: [22, 27], subtitle: [15, 20], legend: [13, 18], notes: [12.5, 16] },
  mobile: { pad: 12, gap: 10, headline: [18, 22], subtitle: [14, 18], legend: [12.5, 17], notes: [12, 15] },
  social: { pad: 22, gap: 8, headline: [19, 23], subtitle: [12, 15], legend: [11, 14], notes: [11, 14] },
};

/** The frame's smaller spaces, the same in every layout. */
export const FRAME_SPACE = {
  /** Between the headline's last line and the subtitle. */
  underHeadline: 4,
  /** The legend follows the subtitle by the layout's gap less this. */
  legendPull: 4,
  /** After the last note, before the source line. */
  afterNotes: 4,
  /** Under the credit: the layout's pad less this (the credit's line height leaves room under its text). */
  footPull: 4,
};

/**
 * The social card: drawn at width × height and shown at `scale` (1200 × 675 px). Its headline and
 * subtitle keep to a few lines; its plot gets at least `minPlotHeight`, in a box that keeps the
 * pad less `footPull` under the credit.
 */
export const SOCIAL_CARD = {
  width: 600,
  height: 337.5,
  scale: 2,
  headlineLines: 3,
  subtitleLines: 2,
  minPlotHeight: 60,
  footPull: 6,
  /** No text on the card under this size (22 px as shown): src/render/chartLimits.ts checks the plot's. */
  minType: 11,
};

/**
 * Lines the build allows a chart's headline and each of its notes, per size (issue 20): a headline
 * that runs longer pushes the chart below a phone's screen, a note as tall as the data competes with it.
 * A chart over a limit fails by name and keeps its old files (src/story/limits.ts).
 */
export const LINE_LIMITS: Record<"headline" | "note", Record<"web" | "mobile", number>> = {
  headline: { web: 2, mobile: 3 },
  note: { web: 2, mobile: 3 },
};

/** House limit on the source line: two lines at web size, four on phones, two on the social card. */
export const SOURCE_LINES: Record<Layout, number> = { web: 2, mobile: 4, social: 2 };

/** Legend entries: a swatch and its label each, in rows that wrap to the width. */
export const LEGEND = {
  /** The label starts this far after its entry's start (the swatch and a space); entries are `gap` apart. */
  labelOffset: 20,
  gap: 16,
  /** The label's baseline, below the row's middle, in ems of the legend's size. */
  baseline: 0.35,
  /** Each shape, from the entry's start and centred on the row's middle. */
  swatch: {
    square: { size: 12 },
    circle: { cx: 6, r: 5 },
    ring: { cx: 6, r: 4.5, stroke: 2 },
    line: { length: 14, stroke: 2 },
    band: { width: 14, height: 10 },
    /** Pale pieces from the left, each [start, width], growing as a fading bar does towards its report. */
    fade: {
      pieces: [
        [0, 2],
        [4, 3],
        [9, 5],
      ] as const,
      height: 10,
    },
    /** A numbered marker: its radius and the size of its number (at least MOBILE_MIN_TYPE, as on the phone's markers). */
    number: { r: 7.5, size: 12 },
  },
};
