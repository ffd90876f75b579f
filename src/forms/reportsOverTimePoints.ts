/** What reports over time are made of: the reported points, laid out, labelled, and the value axis. */
import type { Box } from "./place.ts";

export interface TimePoint {
  date: Date;
  value: number;
  /** Key into the series styles: "killed", "injured". */
  series: string;
  /** The figure as worded, short: "more than 71,700". */
  label: string;
  /** Who gave it: "Gaza health ministry via AFP". */
  who: string;
}

/** A point at its place in px. */
export interface LaidPoint extends TimePoint {
  px: number;
  py: number;
}

/**
 * A point's label: its figure line's top-left (or top-middle, top-right, by anchor) at tx, ty, its box, and
 * whether it needs a leader.
 */
export interface PointLabel extends LaidPoint {
  tx: number;
  ty: number;
  anchor: "start" | "middle" | "end";
  box: Box;
  leader: boolean;
}

/** The value axis: ticks from 0, written in the chart's number style to the left of the plot. */
export interface ValueAxis {
  ticks: number[];
  /** The end of the axis (its top tick). */
  end: number;
  format: (v: number) => string;
  /** The plot's left edge: the widest tick label and the gap after it. */
  left: number;
}
