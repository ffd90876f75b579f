/**
 * Recipe: a few big numbers. One block per measure with its latest figure (or the figures of the
 * latest reports, when they cannot all be true), what it counts and the reports behind it.
 */
import { groups } from "d3-array";
import type { ChartRecipe, ChartRow } from "../chart.ts";
import type { Names } from "../cite/names.ts";
import { formatDate } from "../format/date.ts";
import { blocksAlt } from "../forms/altText.ts";
import { focusFirst } from "../forms/focus.ts";
import { statBlocks, type StatBlock } from "../forms/statBlocks.ts";
import { andList, capitalise, countWords, noun } from "../text/words.ts";
import { attribution } from "./attribution.ts";
import { byFigure, figureLabel, leadFigure, type FigureRow } from "./figures.ts";
import { figuresAgree } from "./ranges.ts";
import { byDate, dayOf, latest } from "./select.ts";

export interface BigNumberWords<T = FigureRow> {
  headline: string;
  subtitle: string;
  notes?: string[];
  /**
   * The rows the headline is about: their blocks come first, ruled in the accent colour, and the rest
   * recede. Default: every row (nothing recedes).
   */
  focus?: (row: T) => boolean;
}

/**
 * The head of a block. Big numbers are numbers: the lead figure large with its hedge beside it ("1",
 * "(believed)"); a claim with no number ("all") in words, never large: "All, no number given". Latest
 * reports that cannot all be true give every figure, each with its hedge: "1 or 2 (believed)".
 */
export function blockHead(newest: readonly FigureRow[]): Pick<StatBlock, "figure" | "hedge" | "words"> {
  const lead = leadFigure(newest);
  if (!lead) return { figure: "" };
  if (!figuresAgree(newest)) {
    const figures = byFigure(newest).map(([f]) => f);
    return figures.every((f) => /\p{N}/u.test(f))
      ? { figure: capitalise(andList(figures, "or")) }
      : { figure: "", words: capitalise(`${andList(figures, "or")}; reports differ`) };
  }
  if (lead.value === null) return { figure: "", words: capitalise(`${figureLabel(lead)}, no number given`) };
  const figure = capitalise(figureLabel(lead, { hedge: false }));
  return lead.hedge ? { figure, hedge: lead.hedge } : { figure };
}

/** One block: the latest figure large, and one line per report ("25 January 2026 · Ynet · 1 (believed)"). */
function block<T extends FigureRow>(title: string, rows: readonly T[], names: Names): StatBlock {
  const list = byDate(rows);
  const several = byFigure(list).length > 1;
  const newest = latest(list);
  const { hedge, ...head } = blockHead(newest);
  // A hedge that one report puts on a figure others give flatly is that report's: it stays on its
  // line ("Ynet · 1 (believed)"), not on the big number.
  const lead = leadFigure(newest)?.value;
  const flatToo = list.some((r) => !r.hedge && r.value !== null && r.value === lead);
  return {
    title,
    ...head,
    ...(hedge && !flatToo ? { hedge } : {}),
    // One line per report; one body's reports of one day and figure are one line ("in two reports").
    reports: groups(list, (r) =>
      [formatDate(dayOf(r)), attribution(names.credit(r), "name"), several ? figureLabel(r) : ""].join(
        "\u0000",
      ),
    ).map(([key, same]) => {
      const [date = "", name = "", figure = ""] = key.split("\u0000");
      const times = same.length > 1 ? `, in ${countWords(same.length, "exact", noun("report"))}` : "";
      return `${date} · ${name}${times}${figure ? ` · ${figure}` : ""}`;
    }),
  };
}

/** The big-numbers chart: `blocks` are the notebook's measures with the rows of each, in order. */
export function bigNumbers<T extends FigureRow & ChartRow>(
  blocks: readonly { title: string; rows: readonly T[] }[],
  names: Names,
  w: BigNumberWords<T>,
): ChartRecipe<T> {
  const focus = w.focus ?? (() => true);
  const shown = focusFirst(
    blocks
      .filter((b) => b.rows.length)
      .map((b) => ({ ...block(b.title, b.rows, names), focus: b.rows.some(focus) })),
    (b) => b.focus,
  );
  return {
    headline: w.headline,
    subtitle: w.subtitle,
    alt: blocksAlt(shown),
    notes: w.notes ?? [],
    rows: byDate(blocks.flatMap((b) => b.rows)),
    plot: statBlocks(shown),
  };
}
