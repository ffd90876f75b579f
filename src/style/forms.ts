/**
 * Spacing and type of the chart forms (src/forms/), per plot size: every size, gap, radius and
 * line height a form draws with, named for what it is, so a change of house style is an edit here.
 * Type sizes themselves are the plot's type scale (PLOT_TYPE in ./type.ts); line heights are given
 * as multiples of their font size ("leading"). Each form reads its section for the size it draws at;
 * the social card's plot is drawn at web size. The timeline's section is in ./timeline.ts, the event
 * list's in ./eventList.ts.
 */
import { bySize } from "./type.ts";

/** Axes of every form (src/forms/ticks.ts, timeTicks.ts). */
export const AXIS = {
  /**
   * An axis along the foot of a plot (bars, reports over time): the room under it for its tick labels, and
   * how far below it their tops are.
   */
  room: 26,
  labelOffset: 8,
  /** About how many value ticks an axis gets, and fewer on phones and short or crowded plots. */
  valueTicks: 5,
  fewerValueTicks: 3,
  /** A time tick's label gets this multiple of its width (widest font), so neighbours never touch. */
  timeLabelRoom: 1.5,
  /** A gridline cut short of text keeps no piece shorter than this (px): a stub reads as a broken line. */
  minPiece: 16,
};

/** Big numbers, one block per measure (src/forms/statBlocks.ts). */
export interface StatBlocksStyle {
  /**
   * The figure: its size in px, its line height as a multiple of that, and at most how many lines it takes.
   */
  figure: { size: number; leading: number; lines: number };
  /** Line height of a block's title (what is counted), as a multiple of the label type size. */
  titleLeading: number;
  /** Space between a figure and its hedge set beside it ("1 (believed)"). */
  hedgeGap: number;
  /** Line height of the reports under it, as a multiple of the tick type size (rounded to whole px). */
  reportsLeading: number;
  /** At most this many reports are listed in a block; "and two more reports" says the rest. */
  maxReports: number;
  /** Blocks side by side, at most. */
  columns: number;
  /** Space between two columns. */
  columnGap: number;
  /** The rule at a block's left edge: its width, and the space between it and the block's text. */
  rule: { width: number; inset: number };
  /** Space above the first row of blocks. */
  top: number;
  /** Space under the figure, and under the title. */
  underFigure: number;
  underTitle: number;
  /** Space between two rows of blocks. */
  rowGap: number;
}

const STAT_BLOCKS_WEB: StatBlocksStyle = {
  figure: { size: 36, leading: 1.1, lines: 2 },
  titleLeading: 1.3,
  hedgeGap: 3,
  reportsLeading: 1.35,
  maxReports: 4,
  columns: 3,
  columnGap: 20,
  rule: { width: 3, inset: 10 },
  top: 4,
  underFigure: 4,
  underTitle: 6,
  rowGap: 18,
};

export const STAT_BLOCKS = bySize(
  STAT_BLOCKS_WEB,
  { figure: { ...STAT_BLOCKS_WEB.figure, size: 30 }, columns: 1 },
  // The social card's dense style: a smaller figure, tighter lines.
  {
    figure: { ...STAT_BLOCKS_WEB.figure, size: 30, leading: 1 },
    titleLeading: 1.15,
    reportsLeading: 1.2,
    top: 2,
    underFigure: 2,
    underTitle: 3,
    rowGap: 10,
  },
);

/** Side-by-side bars, one per report (src/forms/barRows.ts). */
export interface BarRowsStyle {
  /** Above this many bars, each label goes beside its bar ("compact" rows) instead of above it. */
  stackedMax: number;
  /**
   * Line height of group titles and of labels above their bars, as a multiple of the label type size
   * (rounded).
   */
  leading: number;
  /** Height of a bar with its label above it. */
  barHeight: number;
  /** Top of the first group's title. */
  top: number;
  /** Space under a group's title. */
  underTitle: number;
  /** Space between a label and the bar under it, and after that bar. */
  underLabel: number;
  afterBar: number;
  /** Space after a group's last bar. */
  afterGroup: number;
  /**
   * Compact rows: bar height, line height of the labels (a multiple of the value type size, rounded), their
   * lines at most, the share of the width they take, the space between label and bar, and between two rows.
   */
  compact: {
    barHeight: number;
    leading: number;
    lines: number;
    labelShare: number;
    labelGap: number;
    rowGap: number;
  };
  /** Space kept free after the axis's end (the longest bar's figure may run into it). */
  endRoom: number;
  /**
   * Space between a bar's end and its figure (inside or after the bar), or the start of a bar with no value
   * and its words.
   */
  figureGap: number;
}

const BAR_ROWS_WEB: BarRowsStyle = {
  stackedMax: 8,
  leading: 1.3,
  barHeight: 18,
  top: 2,
  underTitle: 6,
  underLabel: 2,
  afterBar: 8,
  afterGroup: 10,
  compact: { barHeight: 14, leading: 1.2, lines: 2, labelShare: 0.42, labelGap: 8, rowGap: 5 },
  endRoom: 16,
  figureGap: 6,
};

export const BAR_ROWS = bySize(BAR_ROWS_WEB, { barHeight: 16 });

/** Figures as dots on a value axis not from zero, with the range between them (src/forms/rangeDots.ts). */
export interface RangeDotsStyle {
  /** Above this many dots in a group, a dot's figure and who share one line ("compact" rows). */
  stackedMax: number;
  /** Line height of group titles and of the dots' labels, as a multiple of the label type size (rounded). */
  leading: number;
  /** Top of the first group's title; space under a title, before the tick labels. */
  top: number;
  underTitle: number;
  /** Space between the tick labels and the range bar under them, and between the range bar and the first dot. */
  underTicks: number;
  underRange: number;
  /** The range bar from the lowest figure to the highest: its width, and the height of the caps at its ends. */
  range: { width: number; cap: number };
  /** A dot: its radius and the ring in the background colour around it. */
  dot: { r: number; stroke: number };
  /** Space between a dot and its label. */
  labelGap: number;
  /** Space between two dots' rows, and after a group's last row. */
  rowGap: number;
  afterGroup: number;
  /** Dots keep this far inside the plot's edges. */
  inset: number;
  /**
   * The axis reaches this share of the figures' spread beyond the lowest and the highest, and at least this
   * share of the highest figure: never from zero, never so tight that a difference looks larger than it is.
   */
  pad: number;
  minPad: number;
}

const RANGE_DOTS_WEB: RangeDotsStyle = {
  stackedMax: 6,
  leading: 1.3,
  top: 2,
  underTitle: 6,
  underTicks: 8,
  underRange: 10,
  range: { width: 4, cap: 10 },
  dot: { r: 6, stroke: 1.5 },
  labelGap: 6,
  rowGap: 6,
  afterGroup: 14,
  inset: 8,
  pad: 0.6,
  minPad: 0.1,
};

export const RANGE_DOTS = bySize(
  RANGE_DOTS_WEB,
  { dot: { r: 5, stroke: 1.5 } },
  // The social card's dense style: figure and who on one line, tighter rows and panels.
  {
    leading: 1.1,
    underTitle: 2,
    underTicks: 2,
    underRange: 2,
    range: { width: 3, cap: 6 },
    dot: { r: 4.5, stroke: 1.5 },
    rowGap: 0,
    afterGroup: 5,
  },
);

/** Reported figures on a time axis, one point per report (src/forms/reportsOverTime.ts). */
export interface ReportsOverTimeStyle {
  /**
   * A point: its radius and ring width; how far the first and last points stay from the plot's edges, beyond
   * their radius.
   */
  point: { r: number; stroke: number; inset: { start: number; end: number } };
  /** The plot's height, whatever the number of reports (the social card gives its own). */
  height: number;
  /** A plot shorter than this (the social card's) gets the fewer value ticks of a phone. */
  shortHeight: number;
  /** Space above the top value tick (the time axis under the baseline takes AXIS.room). */
  top: number;
  /** Space between the value tick labels and the plot. */
  tickGap: number;
  /** Points closer than their diameter and this are stacked up and down (./dodge.ts). */
  dodgeGap: number;
  /**
   * The time domain spans at least this many days (a month: three weeks of reports are not set among
   * empty ones), and reaches this share of its span before the first and after the last report's day
   * (none in the house style: trimmed to the data).
   */
  minSpanDays: number;
  domainPad: number;
  /** The value axis reaches this multiple of the largest figure, so its point sits below the top. */
  valueHeadroom: number;
  /** A label: space from its point's edge, and between its figure line and its "who" line. */
  label: { gap: number; lineGap: number };
  /** Labels keep this far off every point's edge, and this far above the baseline. */
  pointClearance: number;
  baselineClearance: number;
  /**
   * A leader line (for a label placed away from its point): its width, and where it starts beyond the point's
   * edge.
   */
  leader: { width: number; start: number };
}

const REPORTS_OVER_TIME_WEB: ReportsOverTimeStyle = {
  point: { r: 5, stroke: 2, inset: { start: 2, end: 4 } },
  height: 320,
  shortHeight: 240,
  top: 8,
  tickGap: 8,
  dodgeGap: 2,
  minSpanDays: 31,
  domainPad: 0,
  valueHeadroom: 1.05,
  label: { gap: 4, lineGap: 3 },
  pointClearance: 1,
  baselineClearance: 2,
  leader: { width: 1, start: 1 },
};

export const REPORTS_OVER_TIME = bySize(REPORTS_OVER_TIME_WEB, { height: 300 });
