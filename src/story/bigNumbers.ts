/**
 * Recipe: a few big numbers. One block per measure with its latest figure (or the figures of the
 * latest reports, when they cannot all be true), what it counts and the reports behind it.
 */
import type { ChartRow } from "../chart.ts";
import type { Names } from "../cite/names.ts";
import { formatShortDate } from "../format/date.ts";
import { blocksAlt } from "../forms/altText.ts";
import { statBlocks, type StatBlock } from "../forms/statBlocks.ts";
import { andList, capitalise } from "../text/words.ts";
import { attribution } from "./attribution.ts";
import { byFigure, figureLabel, leadFigure, type FigureRow } from "./figures.ts";
import { figuresAgree } from "./ranges.ts";
import { byDate, dayOf, latest } from "./select.ts";

export interface BigNumberWords {
  headline: string;
  subtitle: string;
  notes?: string[];
}

/** One block: the latest figure large, and one line per report ("25 Jan 2026 · Ynet: 1 (believed)"). */
function block<T extends FigureRow>(title: string, rows: readonly T[], names: Names): StatBlock {
  const list = byDate(rows);
  const newest = latest(list);
  const lead = leadFigure(newest);
  const figure = figuresAgree(newest)
    ? lead
      ? figureLabel(lead)
      : ""
    : andList(
        byFigure(newest).map(([f]) => f),
        "or",
      );
  const several = byFigure(list).length > 1;
  return {
    title,
    figure: capitalise(figure),
    reports: list.map(
      (r) =>
        `${formatShortDate(dayOf(r))} · ${attribution(names.credit(r), "name")}${several ? ` · ${figureLabel(r)}` : ""}`,
    ),
  };
}

/** The big-numbers chart: `blocks` are the notebook's measures with the rows of each, in order. */
export function bigNumbers<T extends FigureRow & ChartRow>(
  blocks: readonly { title: string; rows: readonly T[] }[],
  names: Names,
  w: BigNumberWords,
) {
  const shown = blocks.filter((b) => b.rows.length).map((b) => block(b.title, b.rows, names));
  return {
    headline: w.headline,
    subtitle: w.subtitle,
    alt: blocksAlt(shown),
    notes: w.notes ?? [],
    rows: byDate(blocks.flatMap((b) => b.rows)),
    plot: statBlocks(shown),
  };
}
