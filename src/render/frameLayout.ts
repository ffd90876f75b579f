/**
 * The frame's layout, pure (no DOM): each layout's canvas, the width the plot gets, the lines of
 * the headline and subtitle, the legend's rows, and the box the plot gets on the social card,
 * whose height is fixed. Sizes come from src/style/frame.ts.
 */
import { SIZES, type LegendItem } from "../chart.ts";
import { FRAME, FRAME_SPACE, LEGEND, SOCIAL_CARD, SOURCE_LINES, type Layout } from "../style/index.ts";
import { clampClauses, clampLines } from "../text/clamp.ts";
import { fitWidth, wrap } from "../text/wrap.ts";

/**
 * Canvas of each layout: width in px, and the social card's fixed height (drawn at half size, shown at 2×).
 */
export const CANVAS: Record<Layout, { width: number; height?: number; scale: number }> = {
  web: { width: SIZES.web.width, scale: 1 },
  mobile: { width: SIZES.mobile.width, scale: 1 },
  social: { width: SOCIAL_CARD.width, height: SOCIAL_CARD.height, scale: SOCIAL_CARD.scale },
};

/** How many lines a source line takes in a layout. */
export function sourceLines(text: string, layout: Layout): number {
  return wrap(text, plotWidth(layout), FRAME[layout].notes[0], "regular").length;
}

/** The width the plot gets inside the frame's side margins. */
export function plotWidth(layout: Layout): number {
  return CANVAS[layout].width - 2 * FRAME[layout].pad;
}

/**
 * Lines of the headline and subtitle: no widow in a headline; the social card keeps to three and two lines
 * (its subtitle to `subtitleLines` when given: one, when its plot needs the room).
 */
export function heads(c: { layout: Layout; headline: string; subtitle: string; subtitleLines?: number }): {
  headline: string[];
  subtitle: string[];
} {
  const s = FRAME[c.layout];
  const inner = plotWidth(c.layout);
  const social = c.layout === "social";
  const headline = wrap(c.headline, inner, s.headline[0], "bold", { noWidow: true });
  const subtitle = wrap(c.subtitle, inner, s.subtitle[0], "regular");
  return {
    headline: social
      ? clampLines(headline, SOCIAL_CARD.headlineLines, inner, s.headline[0], "bold")
      : headline,
    subtitle: social
      ? clampClauses(c.subtitle, c.subtitleLines ?? SOCIAL_CARD.subtitleLines, inner, s.subtitle[0])
      : subtitle,
  };
}

/** Legend rows: each entry is a swatch and its label, placed left to right; rows wrap to the width. */
export function legendRows(
  legend: readonly LegendItem[],
  layout: Layout,
): { placed: { item: LegendItem; x: number; row: number }[]; rows: number } {
  const [size] = FRAME[layout].legend;
  const inner = plotWidth(layout);
  const placed: { item: LegendItem; x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const item of legend) {
    const w = LEGEND.labelOffset + fitWidth(item.label, size) + LEGEND.gap;
    if (x > 0 && x + w > inner) {
      x = 0;
      row++;
    }
    placed.push({ item, x, row });
    x += w;
  }
  return { placed, rows: legend.length ? row + 1 : 0 };
}

/**
 * The box the plot gets on the social card, whose height is fixed: what is left between the
 * headline, subtitle and legend above and the source line and credit below.
 */
export function socialPlotBox(c: {
  headline: string;
  subtitle: string;
  legend: readonly LegendItem[];
  source: string;
  /** The credit, which shares the source's last line when both fit; on a line of its own when not given. */
  credit?: string;
  /** The subtitle's lines, when fewer than SOCIAL_CARD.subtitleLines (see drawPlot). */
  subtitleLines?: number;
}): {
  width: number;
  height: number;
} {
  const s = FRAME.social;
  const h = heads({ ...c, layout: "social" });
  let top =
    s.pad + h.headline.length * s.headline[1] + FRAME_SPACE.underHeadline + h.subtitle.length * s.subtitle[1];
  const legend = legendRows(c.legend, "social");
  if (legend.rows) top += s.gap - FRAME_SPACE.legendPull + legend.rows * s.legend[1];
  top += s.gap;
  // The source line, at most its house limit, and the credit beside its last line or under it.
  const lines = wrap(c.source, plotWidth("social"), s.notes[0]);
  const source = Math.min(lines.length, SOURCE_LINES.social);
  const beside = c.credit !== undefined && creditBeside(lines, c.credit);
  const footer = (source + (beside ? 0 : 1)) * s.notes[1];
  const height = SOCIAL_CARD.height - top - s.gap - footer - (s.pad - SOCIAL_CARD.footPull);
  return { width: plotWidth("social"), height: Math.max(SOCIAL_CARD.minPlotHeight, Math.floor(height)) };
}

/**
 * Whether the social card's credit fits at the right of the source line's last line, a gap of the
 * legend's after it (the card's footer is then one line shorter, and its plot one line taller).
 */
export function creditBeside(sourceLines: readonly string[], credit: string): boolean {
  const size = FRAME.social.notes[0];
  const last = sourceLines[sourceLines.length - 1] ?? "";
  return fitWidth(last, size) + LEGEND.gap + fitWidth(credit, size) <= plotWidth("social");
}
