import type * as PlotApi from "@observablehq/plot";
import { AXIS, COLORS } from "../style/index.ts";
import { fitWidth } from "../text/wrap.ts";
import { textBox, type Box } from "./place.ts";

/** The smallest step of 1, 2, 2.5 or 5 times a power of ten that divides [0, max] into at most `target` parts. */
function niceStep(max: number, target: number): number {
  const raw = max / target;
  const mag = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;

/** The fuller axis's step (AXIS.valueTicks) and the sparser one's (AXIS.fewerValueTicks) for [0, max]. */
function steps(max: number): { fine: number; coarse: number } {
  return { fine: niceStep(max, AXIS.valueTicks), coarse: niceStep(max, AXIS.fewerValueTicks) };
}

const divides = (step: number, end: number) => Math.abs(end / step - Math.round(end / step)) < 1e-9;

/**
 * Where a value axis from 0 ends, the same at every size, so a chart's web, phone and social plots share
 * their domain and differ only in how many ticks mark it: the nice extent past `max` that both the fuller
 * and the sparser axis reach (the larger of their ends; 80,000 and 100,000 give 100,000).
 */
export function valueEnd(max: number): number {
  const { fine, coarse } = steps(max);
  const end = (step: number) => round(Math.ceil(max / step - 1e-9) * step);
  return Math.max(end(fine), end(coarse));
}

/**
 * Nice ticks from 0 to the axis's end (valueEnd): "0", "20,000" … "100,000", or fewer on phones and short
 * plots (or when `fewer`): "0", "50,000", "100,000". Each in its own step where it divides the extent, else
 * in the other's.
 */
export function valueTicks(max: number, fewer: boolean): number[] {
  const end = valueEnd(max);
  const { fine, coarse } = steps(max);
  const [first, other] = fewer ? [coarse, fine] : [fine, coarse];
  const step = divides(first, end) ? first : other;
  const ticks: number[] = [];
  for (let i = 0; i * step <= end * (1 + 1e-9); i++) ticks.push(round(i * step));
  return ticks;
}

export interface AxisLabels<T> {
  ticks: readonly T[];
  x: (t: T) => number;
  /** The labels' top. */
  y: number;
  format: (t: T) => string;
  size: number;
  /** The plot's width: a label that would run past either edge is anchored at its tick instead of centred. */
  width: number;
}

function anchorOf<T>(a: AxisLabels<T>, t: T): "start" | "middle" | "end" {
  const w = fitWidth(a.format(t), a.size);
  const x = a.x(t);
  return x - w / 2 < 0 ? "start" : x + w / 2 > a.width ? "end" : "middle";
}

/** Tick labels under an axis, centred on their ticks but never past the plot's edges. */
export function axisLabels<T>(Plot: typeof PlotApi, a: AxisLabels<T>): PlotApi.Markish[] {
  return (["start", "middle", "end"] as const).map((anchor) =>
    Plot.text(
      a.ticks.filter((t) => anchorOf(a, t) === anchor),
      {
        x: a.x,
        y: a.y,
        text: a.format,
        lineAnchor: "top",
        textAnchor: anchor,
        fontSize: a.size,
        fill: COLORS.text,
        className: "tick",
      },
    ),
  );
}

/** The boxes of those labels, for placing other text clear of them. */
export function axisLabelBoxes<T>(a: AxisLabels<T>): Box[] {
  return a.ticks.map((t) =>
    textBox({
      x: a.x(t),
      y: a.y,
      lines: [a.format(t)],
      size: a.size,
      anchor: anchorOf(a, t),
      lineAnchor: "top",
    }),
  );
}
